//! The data file's schema: serde types, parsing and validation of `src/data/timeline.toml`.
//!
//! Used by `build.rs` (which turns the checked data into static Rust, see `codegen.rs`) and by the native tests.
//! It is not part of the app: the wasm bundle carries only the generated data, no parser.
//!
//! Every problem is reported as a [`DataError`] naming the entry (kind, id, position) and the field.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

/// One text in both languages. Fields are optional here so that a missing translation is reported
/// with the entry and field it belongs to, rather than as a bare serde error.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: Option<String>,
    pub en: Option<String>,
}

impl Text {
    /// The Chinese text; empty if missing (validation rejects that before codegen).
    pub fn zh(&self) -> &str {
        self.zh.as_deref().unwrap_or_default()
    }
    /// The English text; empty if missing (validation rejects that before codegen).
    pub fn en(&self) -> &str {
        self.en.as_deref().unwrap_or_default()
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub intro: Text,
    pub trends_heading: Text,
    pub closing: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub start: u16,
    pub end: u16,
    pub period: Text,
    pub title: Text,
    pub summary: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    pub era: String,
    /// The note's year (its place in the timeline); the verified date is in `dates`.
    pub year: u16,
    /// Last year of a milestone that spans years (the note's "2023-2024").
    pub until: Option<u16>,
    /// "note" (from the source note) or "added" (from the verified reference).
    pub origin: String,
    /// Verified dates; the first is the primary one.
    pub dates: Vec<Dated>,
    pub venue: Option<String>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub tags: Vec<String>,
    /// Metrics the makers did not disclose (charts show them as such rather than guessing).
    #[serde(default)]
    pub undisclosed: Vec<String>,
    /// Organisations behind it: [[org]] ids.
    pub orgs: Vec<String>,
    #[serde(default)]
    pub builds_on: Vec<String>,
    pub correction: Option<Correction>,
    pub title: Text,
    pub who: Text,
    pub text: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub on: String,
    /// What the date marks: one of [`DATE_MARKS`].
    pub marks: String,
    pub what: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    /// One of [`UNITS`].
    pub unit: String,
    /// What the figure measures.
    pub measure: Text,
    /// For charts: one of [`METRICS`].
    pub metric: Option<String>,
    #[serde(default)]
    pub estimate: bool,
    /// From a third-party record rather than the primary source; `basis` says which.
    #[serde(default)]
    pub secondary: bool,
    pub basis: Option<Text>,
    /// Name in charts, where the milestone's title would not fit (e.g. a runner-up's figure).
    pub label: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// "imprecise" or "wrong".
    pub verdict: String,
    /// What the note says.
    pub note: Text,
    /// What the record shows.
    pub record: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Trend {
    pub id: String,
    pub title: Text,
    pub text: Text,
    /// Milestones that show the trend.
    pub milestones: Vec<String>,
}

/// What a date can mark.
pub const DATE_MARKS: [&str; 10] = [
    "arxiv",
    "journal",
    "conference",
    "competition",
    "announcement",
    "launch",
    "release",
    "report",
    "match",
    "preview",
];
/// Units of figures.
pub const UNITS: [&str; 6] = ["percent", "count", "number", "times", "days", "ms"];
/// Figures that charts can use, and the unit each needs.
pub const METRICS: [(&str, &str); 4] = [
    ("parameters", "count"),
    ("active-parameters", "count"),
    ("training-tokens", "count"),
    ("imagenet-top5-error", "percent"),
];
pub const ORIGINS: [&str; 2] = ["note", "added"];
pub const VERDICTS: [&str; 2] = ["imprecise", "wrong"];

/// A calendar date with optional month and day, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    /// 0 when unknown.
    pub month: u8,
    /// 0 when unknown.
    pub day: u8,
}

impl Date {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; rejects dates that do not exist.
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, digits: usize| -> Option<u16> {
            (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let bad = || format!("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        let year = parts.first().and_then(|s| number(s, 4)).ok_or_else(bad)?;
        let month = match parts.get(1) {
            Some(s) => number(s, 2).ok_or_else(bad)? as u8,
            None => 0,
        };
        let day = match parts.get(2) {
            Some(s) => number(s, 2).ok_or_else(bad)? as u8,
            None => 0,
        };
        if parts.len() > 3 || (parts.len() >= 2 && !(1..=12).contains(&month)) {
            return Err(bad());
        }
        if parts.len() == 3 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if !(1..=days).contains(&day) {
                return Err(format!("\"{text}\" is not a real date"));
            }
        }
        Ok(Date { year, month, day })
    }
}

/// The whole data file, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub meta: Meta,
    pub eras: Vec<Era>,
    pub tags: Vec<Tag>,
    pub orgs: Vec<Tag>,
    pub milestones: Vec<Milestone>,
    pub trends: Vec<Trend>,
}

/// A problem in the data file: which entry, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// e.g. `milestone "gpt-3" (#13)`, `era #2`, `[meta]`, or `file` for syntax errors.
    pub entry: String,
    /// e.g. `year`, `title.en`; empty when the problem is the entry as a whole.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.entry, self.message)
        } else {
            write!(
                f,
                "{}, field `{}`: {}",
                self.entry, self.field, self.message
            )
        }
    }
}

/// Earliest and latest years the timeline may hold.
pub const FIRST_YEAR: u16 = 2010;
pub const LAST_YEAR: u16 = 2025;

const SECTIONS: [&str; 6] = ["meta", "era", "tag", "org", "milestone", "trend"];

/// Parses and validates the data file. Returns every problem found, not just the first.
pub fn load(source: &str) -> Result<Timeline, Vec<DataError>> {
    let table: toml::Table = toml::from_str(source).map_err(|e| {
        vec![DataError {
            entry: "file".into(),
            field: String::new(),
            message: e.to_string().trim().to_string(),
        }]
    })?;
    let mut errors = Vec::new();
    for key in table.keys() {
        if !SECTIONS.contains(&key.as_str()) {
            errors.push(DataError {
                entry: format!("[{key}]"),
                field: String::new(),
                message: format!("unknown section (expected one of: {})", SECTIONS.join(", ")),
            });
        }
    }
    let meta = match table.get("meta") {
        Some(value) => decode::<Meta>(value.clone(), "[meta]".into(), &mut errors),
        None => {
            errors.push(DataError {
                entry: "[meta]".into(),
                field: String::new(),
                message: "missing section".into(),
            });
            None
        }
    };
    let eras: Vec<Era> = entries(&table, "era", &mut errors);
    let tags: Vec<Tag> = entries(&table, "tag", &mut errors);
    let orgs: Vec<Tag> = entries(&table, "org", &mut errors);
    let milestones: Vec<Milestone> = entries(&table, "milestone", &mut errors);
    let trends: Vec<Trend> = entries(&table, "trend", &mut errors);
    // Entries that could not be decoded are missing from what follows; checking references against the rest
    // would only add misleading "unknown id" errors, so report the decoding problems first.
    let Some(meta) = meta.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let timeline = Timeline {
        meta,
        eras,
        tags,
        orgs,
        milestones,
        trends,
    };
    errors.extend(validate(&timeline));
    if errors.is_empty() {
        Ok(timeline)
    } else {
        Err(errors)
    }
}

/// Decodes one entry, turning a serde error into a [`DataError`] that names the entry and field.
fn decode<T: for<'de> Deserialize<'de>>(
    value: toml::Value,
    entry: String,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    match value.try_into::<T>() {
        Ok(decoded) => Some(decoded),
        Err(e) => {
            let text = e.to_string();
            let text = text.trim();
            // toml reports the path of a nested error on a last line "in `a.b`".
            let (message, field) = match text.rsplit_once("\nin `") {
                Some((message, path)) => (message.trim(), path.trim_end_matches('`')),
                None => (text, ""),
            };
            let field = if field.is_empty() {
                missing_field(message).unwrap_or_default()
            } else {
                field.to_string()
            };
            errors.push(DataError {
                entry,
                field,
                message: message.to_string(),
            });
            None
        }
    }
}

/// serde names a missing field only in its message: "missing field `era`".
fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.trim_end_matches('`').to_string())
}

/// Decodes the array of tables `[[kind]]`, each entry on its own so that one bad entry names itself.
fn entries<T: for<'de> Deserialize<'de>>(
    table: &toml::Table,
    kind: &str,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    let Some(value) = table.get(kind) else {
        errors.push(DataError {
            entry: format!("[[{kind}]]"),
            field: String::new(),
            message: "missing section".into(),
        });
        return Vec::new();
    };
    let Some(array) = value.as_array() else {
        errors.push(DataError {
            entry: format!("[[{kind}]]"),
            field: String::new(),
            message: format!("must be an array of tables written [[{kind}]]"),
        });
        return Vec::new();
    };
    array
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let id = item.get("id").and_then(|v| v.as_str());
            decode(item.clone(), entry_name(kind, id, i), errors)
        })
        .collect()
}

/// How an entry is named in messages: `milestone "gpt-3" (#13)`, or `milestone #13` without an id.
pub fn entry_name(kind: &str, id: Option<&str>, index: usize) -> String {
    match id {
        Some(id) => format!("{kind} \"{id}\" (#{})", index + 1),
        None => format!("{kind} #{}", index + 1),
    }
}

/// Checks the rules that types alone cannot: ids, references, years, translations.
pub fn validate(timeline: &Timeline) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut push = |entry: &str, field: &str, message: String| {
        errors.push(DataError {
            entry: entry.to_string(),
            field: field.to_string(),
            message,
        })
    };

    let meta = &timeline.meta;
    for (field, text) in [
        ("title", &meta.title),
        ("intro", &meta.intro),
        ("trends_heading", &meta.trends_heading),
        ("closing", &meta.closing),
    ] {
        for (f, m) in text_problems(field, text) {
            push("[meta]", &f, m);
        }
    }

    if timeline.eras.is_empty() {
        push("[[era]]", "", "at least one era is required".into());
    }
    let mut era_ids = HashSet::new();
    let mut previous_end: Option<u16> = None;
    for (i, era) in timeline.eras.iter().enumerate() {
        let name = entry_name("era", Some(&era.id), i);
        check_id(&era.id, &mut era_ids, &name, &mut push);
        if era.start > era.end {
            push(
                &name,
                "end",
                format!("end year {} is before start year {}", era.end, era.start),
            );
        }
        for (field, year) in [("start", era.start), ("end", era.end)] {
            if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
                push(
                    &name,
                    field,
                    format!("year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"),
                );
            }
        }
        if let Some(prev) = previous_end {
            if era.start <= prev {
                push(
                    &name,
                    "start",
                    format!(
                        "eras must be in order without overlap: starts in {} but the previous era ends in {prev}",
                        era.start
                    ),
                );
            }
        }
        previous_end = Some(era.end);
        for (field, text) in [
            ("period", &era.period),
            ("title", &era.title),
            ("summary", &era.summary),
        ] {
            for (f, m) in text_problems(field, text) {
                push(&name, &f, m);
            }
        }
    }

    let mut milestone_ids = HashSet::new();
    for (i, m) in timeline.milestones.iter().enumerate() {
        let name = entry_name("milestone", Some(&m.id), i);
        check_id(&m.id, &mut milestone_ids, &name, &mut push);
        match timeline.eras.iter().find(|e| e.id == m.era) {
            None => {
                let known: Vec<&str> = timeline.eras.iter().map(|e| e.id.as_str()).collect();
                push(
                    &name,
                    "era",
                    format!("unknown era \"{}\" (known: {})", m.era, known.join(", ")),
                );
            }
            Some(era) => {
                if !(era.start..=era.end).contains(&m.year) {
                    push(
                        &name,
                        "year",
                        format!(
                            "year {} is outside its era \"{}\" ({}-{})",
                            m.year, era.id, era.start, era.end
                        ),
                    );
                }
                if let Some(until) = m.until {
                    if until <= m.year {
                        push(
                            &name,
                            "until",
                            format!("until {until} must be after year {}", m.year),
                        );
                    } else if until > era.end {
                        push(
                            &name,
                            "until",
                            format!(
                                "until {until} is outside its era \"{}\" ({}-{})",
                                era.id, era.start, era.end
                            ),
                        );
                    }
                }
            }
        }
        for (field, text) in [("title", &m.title), ("who", &m.who), ("text", &m.text)] {
            for (f, msg) in text_problems(field, text) {
                push(&name, &f, msg);
            }
        }
        check_facts(m, timeline, &name, &mut push);
    }
    check_builds_on_cycles(&timeline.milestones, &mut push);

    for (kind, list) in [("tag", &timeline.tags), ("org", &timeline.orgs)] {
        let mut ids = HashSet::new();
        for (i, t) in list.iter().enumerate() {
            let name = entry_name(kind, Some(&t.id), i);
            check_id(&t.id, &mut ids, &name, &mut push);
            for (f, msg) in text_problems("label", &t.label) {
                push(&name, &f, msg);
            }
        }
    }

    let mut trend_ids = HashSet::new();
    for (i, t) in timeline.trends.iter().enumerate() {
        let name = entry_name("trend", Some(&t.id), i);
        check_id(&t.id, &mut trend_ids, &name, &mut push);
        for (field, text) in [("title", &t.title), ("text", &t.text)] {
            for (f, msg) in text_problems(field, text) {
                push(&name, &f, msg);
            }
        }
        if t.milestones.is_empty() {
            push(
                &name,
                "milestones",
                "list at least one milestone that shows the trend".into(),
            );
        }
        for id in &t.milestones {
            if !timeline.milestones.iter().any(|m| &m.id == id) {
                push(&name, "milestones", format!("unknown milestone \"{id}\""));
            }
        }
    }
    errors
}

/// The verified facts of one milestone: origin, dates, sources, figures, tags, links and correction.
fn check_facts(
    m: &Milestone,
    timeline: &Timeline,
    name: &str,
    push: &mut impl FnMut(&str, &str, String),
) {
    if !ORIGINS.contains(&m.origin.as_str()) {
        push(
            name,
            "origin",
            format!("\"{}\" is not one of: {}", m.origin, ORIGINS.join(", ")),
        );
    }

    if m.dates.is_empty() {
        push(name, "dates", "at least one date is required".into());
    }
    let mut primary = None;
    for (i, d) in m.dates.iter().enumerate() {
        let field = format!("dates[{i}]");
        match Date::parse(&d.on) {
            Err(message) => push(name, &format!("{field}.on"), message),
            Ok(date) if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year) => push(
                name,
                &format!("{field}.on"),
                format!("{} is outside {FIRST_YEAR}-{LAST_YEAR}", d.on),
            ),
            Ok(date) => {
                if i == 0 {
                    primary = Some(date);
                }
            }
        }
        if !DATE_MARKS.contains(&d.marks.as_str()) {
            push(
                name,
                &format!("{field}.marks"),
                format!("\"{}\" is not one of: {}", d.marks, DATE_MARKS.join(", ")),
            );
        }
        if let Some(what) = &d.what {
            for (f, msg) in text_problems(&format!("{field}.what"), what) {
                push(name, &f, msg);
            }
        }
    }
    if let Some(date) = primary {
        let last = m.until.unwrap_or(m.year);
        let placed = (m.year..=last).contains(&date.year);
        if m.origin == "added" && !placed {
            push(
                name,
                "year",
                format!(
                    "year {} must be the year of the primary date {}",
                    m.year, m.dates[0].on
                ),
            );
        } else if !placed && m.correction.is_none() {
            push(
                name,
                "correction",
                format!(
                    "the note's year {} differs from the primary date {}: add a correction saying so",
                    m.year, m.dates[0].on
                ),
            );
        }
    }

    if let Some(venue) = &m.venue {
        if venue.trim().is_empty() {
            push(name, "venue", "empty venue (leave it out instead)".into());
        }
    }

    if m.sources.is_empty() {
        push(name, "sources", "at least one source is required".into());
    }
    for (i, source) in m.sources.iter().enumerate() {
        let field = format!("sources[{i}]");
        if let Err(message) = check_url(&source.url) {
            push(name, &format!("{field}.url"), message);
        }
        if source.label.trim().is_empty() {
            push(name, &format!("{field}.label"), "empty label".into());
        }
    }

    for (i, f) in m.figures.iter().enumerate() {
        let field = format!("figures[{i}]");
        if !f.value.is_finite() || f.value < 0.0 {
            push(
                name,
                &format!("{field}.value"),
                format!("{} is not a non-negative number", f.value),
            );
        }
        if !UNITS.contains(&f.unit.as_str()) {
            push(
                name,
                &format!("{field}.unit"),
                format!("\"{}\" is not one of: {}", f.unit, UNITS.join(", ")),
            );
        }
        if let Some(metric) = &f.metric {
            match METRICS.iter().find(|(id, _)| id == metric) {
                None => {
                    let known: Vec<&str> = METRICS.iter().map(|(id, _)| *id).collect();
                    push(
                        name,
                        &format!("{field}.metric"),
                        format!("\"{metric}\" is not one of: {}", known.join(", ")),
                    );
                }
                Some((_, unit)) if *unit != f.unit => push(
                    name,
                    &format!("{field}.unit"),
                    format!(
                        "metric \"{metric}\" needs unit \"{unit}\", not \"{}\"",
                        f.unit
                    ),
                ),
                Some(_) => {}
            }
        }
        for (fl, msg) in text_problems(&format!("{field}.measure"), &f.measure) {
            push(name, &fl, msg);
        }
        if let Some(label) = &f.label {
            for (fl, msg) in text_problems(&format!("{field}.label"), label) {
                push(name, &fl, msg);
            }
        }
        match (&f.basis, f.secondary) {
            (None, true) => push(
                name,
                &format!("{field}.basis"),
                "a secondary figure must say where it comes from".into(),
            ),
            (Some(_), false) => push(
                name,
                &format!("{field}.secondary"),
                "a basis is given, so mark the figure secondary = true".into(),
            ),
            (Some(basis), true) => {
                for (fl, msg) in text_problems(&format!("{field}.basis"), basis) {
                    push(name, &fl, msg);
                }
            }
            (None, false) => {}
        }
    }

    if m.tags.is_empty() {
        push(name, "tags", "at least one tag is required".into());
    }
    let mut seen = HashSet::new();
    for tag in &m.tags {
        if !timeline.tags.iter().any(|t| &t.id == tag) {
            let known: Vec<&str> = timeline.tags.iter().map(|t| t.id.as_str()).collect();
            push(
                name,
                "tags",
                format!("unknown tag \"{tag}\" (known: {})", known.join(", ")),
            );
        }
        if !seen.insert(tag) {
            push(name, "tags", format!("tag \"{tag}\" is listed twice"));
        }
    }

    for metric in &m.undisclosed {
        if !METRICS.iter().any(|(id, _)| id == metric) {
            push(
                name,
                "undisclosed",
                format!("\"{metric}\" is not a known metric"),
            );
        } else if m.figures.iter().any(|f| f.metric.as_ref() == Some(metric)) {
            push(
                name,
                "undisclosed",
                format!("\"{metric}\" is undisclosed but also given as a figure"),
            );
        }
    }

    if m.orgs.is_empty() {
        push(name, "orgs", "at least one organisation is required".into());
    }
    for org in &m.orgs {
        if !timeline.orgs.iter().any(|o| &o.id == org) {
            let known: Vec<&str> = timeline.orgs.iter().map(|o| o.id.as_str()).collect();
            push(
                name,
                "orgs",
                format!(
                    "unknown organisation \"{org}\" (known: {})",
                    known.join(", ")
                ),
            );
        }
    }

    let mut seen = HashSet::new();
    for target in &m.builds_on {
        if target == &m.id {
            push(
                name,
                "builds_on",
                "a milestone cannot build on itself".into(),
            );
        } else if !timeline.milestones.iter().any(|o| &o.id == target) {
            push(name, "builds_on", format!("unknown milestone \"{target}\""));
        }
        if !seen.insert(target) {
            push(name, "builds_on", format!("\"{target}\" is listed twice"));
        }
    }

    if let Some(c) = &m.correction {
        if !VERDICTS.contains(&c.verdict.as_str()) {
            push(
                name,
                "correction.verdict",
                format!("\"{}\" is not one of: {}", c.verdict, VERDICTS.join(", ")),
            );
        }
        for (field, text) in [
            ("correction.note", &c.note),
            ("correction.record", &c.record),
        ] {
            for (f, msg) in text_problems(field, text) {
                push(name, &f, msg);
            }
        }
    }
}

/// A source link: https, a host, no spaces or quotes.
fn check_url(url: &str) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("\"{url}\" must start with https://"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || !host.contains('.') {
        return Err(format!("\"{url}\" has no host"));
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        return Err(format!("\"{url}\" contains spaces or quotes"));
    }
    Ok(())
}

/// Builds-on links must not loop (A builds on B builds on A): each cycle is reported once, at its first entry.
fn check_builds_on_cycles(milestones: &[Milestone], push: &mut impl FnMut(&str, &str, String)) {
    let index = |id: &str| milestones.iter().position(|m| m.id == id);
    // 0 = unvisited, 1 = on the current path, 2 = done
    let mut state = vec![0u8; milestones.len()];
    for start in 0..milestones.len() {
        if state[start] != 0 {
            continue;
        }
        let mut path = vec![start];
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            let targets = &milestones[node].builds_on;
            if *next < targets.len() {
                let target = index(&targets[*next]);
                *next += 1;
                match target.map(|t| (t, state[t])) {
                    Some((t, 0)) => {
                        state[t] = 1;
                        path.push(t);
                        stack.push((t, 0));
                    }
                    Some((t, 1)) => {
                        let from = path.iter().position(|&p| p == t).unwrap_or(0);
                        let mut cycle: Vec<&str> = path[from..]
                            .iter()
                            .map(|&p| milestones[p].id.as_str())
                            .collect();
                        cycle.push(milestones[t].id.as_str());
                        let name = entry_name("milestone", Some(&milestones[t].id), t);
                        push(&name, "builds_on", format!("cycle: {}", cycle.join(" -> ")));
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                path.pop();
                stack.pop();
            }
        }
    }
}

/// An id is used in URLs and HTML ids: lowercase ASCII letters, digits and single hyphens, unique in its kind.
fn check_id(
    id: &str,
    seen: &mut HashSet<String>,
    name: &str,
    push: &mut impl FnMut(&str, &str, String),
) {
    let well_formed = !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--");
    if !well_formed {
        push(
            name,
            "id",
            format!("\"{id}\" is not a valid id (lowercase letters, digits and single hyphens, at most 40)"),
        );
    }
    if !seen.insert(id.to_string()) {
        push(name, "id", format!("duplicate id \"{id}\""));
    }
}

/// Missing or blank translations of one text field, as (field path, message) pairs.
fn text_problems(field: &str, text: &Text) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
        match value {
            None => problems.push((format!("{field}.{lang}"), "missing translation".to_string())),
            Some(v) if v.trim().is_empty() => {
                problems.push((format!("{field}.{lang}"), "empty translation".to_string()))
            }
            Some(_) => {}
        }
    }
    problems
}
