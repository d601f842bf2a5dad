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
pub struct Milestone {
    pub id: String,
    pub era: String,
    pub year: u16,
    /// Last year of a milestone that spans years (the note's "2023-2024").
    pub until: Option<u16>,
    pub title: Text,
    pub who: Text,
    pub text: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Trend {
    pub id: String,
    pub title: Text,
    pub text: Text,
}

/// The whole data file, parsed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub meta: Meta,
    pub eras: Vec<Era>,
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

const SECTIONS: [&str; 4] = ["meta", "era", "milestone", "trend"];

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
    let milestones: Vec<Milestone> = entries(&table, "milestone", &mut errors);
    let trends: Vec<Trend> = entries(&table, "trend", &mut errors);
    let Some(meta) = meta else {
        return Err(errors);
    };
    let timeline = Timeline {
        meta,
        eras,
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
    }
    errors
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
