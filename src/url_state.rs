//! The view's state in the query string, parsed and serialised by pure, total functions:
//! `?era=transformer&only=note&q=attention&tags=language,scaling&org=google&from=2015&to=2020&m=bert&lang=en`.
//!
//! Parsing never fails: unknown or malformed values are dropped and reported as [`Notice`]s, so any URL gives a
//! working page.

use crate::filter::{Filter, Part, FIRST_YEAR, LAST_YEAR};
use crate::model::{Lang, Milestone, Timeline};
use crate::search::Query;

/// Everything a link reproduces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub era: Option<&'static str>,
    /// Only the source note's milestones.
    pub only_note: bool,
    /// Search text, as typed.
    pub query: String,
    pub tags: Vec<&'static str>,
    pub org: Option<&'static str>,
    pub from: Option<u16>,
    pub to: Option<u16>,
    /// The milestone a link points at (`?m=`): scrolled to and highlighted.
    pub selected: Option<&'static str>,
    pub lang: Lang,
}

impl View {
    pub fn new(lang: Lang) -> View {
        View {
            era: None,
            only_note: false,
            query: String::new(),
            tags: Vec::new(),
            org: None,
            from: None,
            to: None,
            selected: None,
            lang,
        }
    }

    pub fn filter(&self) -> Filter {
        Filter {
            era: self.era,
            only_note: self.only_note,
            query: Query::parse(&self.query),
            tags: self.tags.clone(),
            org: self.org,
            from: self.from,
            to: self.to,
        }
    }

    /// Clears one part of the filter.
    pub fn clear(&mut self, part: Part) {
        match part {
            Part::Era => self.era = None,
            Part::OnlyNote => self.only_note = false,
            Part::Query => self.query.clear(),
            Part::Tags => self.tags.clear(),
            Part::Org => self.org = None,
            Part::Years => (self.from, self.to) = (None, None),
        }
    }

    /// Selects `m`, clearing only the parts of the filter that hide it (following a link to a milestone).
    pub fn reveal(&mut self, m: &'static Milestone) {
        let passes = self.filter().parts(m);
        for (part, passed) in Part::ALL.into_iter().zip(passes) {
            if !passed {
                self.clear(part);
            }
        }
        self.selected = Some(m.id);
    }
}

/// What a URL asks for: a view, and whether it named a (usable) language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlState {
    /// The view, with `Lang::Zh` standing in when `lang` is `None`.
    pub view: View,
    pub lang: Option<Lang>,
}

impl UrlState {
    /// The view this URL asks for, with `fallback` where it names no language.
    pub fn view(&self, fallback: Lang) -> View {
        View {
            lang: self.lang.unwrap_or(fallback),
            ..self.view.clone()
        }
    }
}

/// A value in the URL that could not be used and was dropped; shown to the user as a short notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The query key: era, lang, m, only, tags, org, from, to.
    pub key: &'static str,
    /// The value, shortened for display.
    pub value: String,
}

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub const NOTICE_VALUE_MAX: usize = 40;
/// Longest search text kept from a URL.
pub const QUERY_MAX: usize = 200;

const KEYS: [&str; 9] = ["era", "only", "q", "tags", "org", "from", "to", "m", "lang"];

/// Reads a query string (with or without the leading `?`). Only the first of repeated keys counts; unknown keys
/// are ignored; empty values mean "not set"; `era=all` means all eras.
pub fn parse(query: &str, timeline: &'static Timeline) -> (UrlState, Vec<Notice>) {
    let mut view = View::new(Lang::Zh);
    let mut lang = None;
    let mut notices = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key);
        let Some(&key) = KEYS.iter().find(|k| **k == key) else {
            continue;
        };
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = decode(value);
        let wanted = value.trim();
        if wanted.is_empty() {
            continue;
        }
        let mut drop = |value: &str| {
            notices.push(Notice {
                key,
                value: shorten(value),
            })
        };
        match key {
            "era" if wanted.eq_ignore_ascii_case("all") => {}
            "era" => match find_id(timeline.eras.iter().map(|e| e.id), wanted) {
                Some(id) => view.era = Some(id),
                None => drop(wanted),
            },
            "only" if wanted.eq_ignore_ascii_case("note") => view.only_note = true,
            "q" => view.query = wanted.chars().take(QUERY_MAX).collect(),
            "tags" => {
                for tag in wanted.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    match find_id(timeline.tags.iter().map(|t| t.id), tag) {
                        Some(id) if !view.tags.contains(&id) => view.tags.push(id),
                        Some(_) => {}
                        None => drop(tag),
                    }
                }
            }
            "org" => match find_id(timeline.orgs.iter().map(|o| o.id), wanted) {
                Some(id) => view.org = Some(id),
                None => drop(wanted),
            },
            "from" | "to" => match wanted.parse::<u16>() {
                Ok(year) if (FIRST_YEAR..=LAST_YEAR).contains(&year) => {
                    if key == "from" {
                        view.from = Some(year);
                    } else {
                        view.to = Some(year);
                    }
                }
                _ => drop(wanted),
            },
            "m" => match find_id(timeline.milestones.iter().map(|m| m.id), wanted) {
                Some(id) => view.selected = Some(id),
                None => drop(wanted),
            },
            "lang" => match Lang::from_tag(wanted) {
                Some(l) => lang = Some(l),
                None => drop(wanted),
            },
            _ => drop(wanted),
        }
    }
    // A reversed range is read as meant.
    if let (Some(from), Some(to)) = (view.from, view.to) {
        if from > to {
            (view.from, view.to) = (Some(to), Some(from));
        }
    }
    (UrlState { view, lang }, notices)
}

/// The id among `ids` that equals `wanted`, ignoring ASCII case.
fn find_id(mut ids: impl Iterator<Item = &'static str>, wanted: &str) -> Option<&'static str> {
    ids.find(|id| id.eq_ignore_ascii_case(wanted))
}

/// The canonical query string for a view: set parts only, in a fixed order, language last.
pub fn to_query(view: &View) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(era) = view.era {
        parts.push(format!("era={}", encode(era)));
    }
    if view.only_note {
        parts.push("only=note".into());
    }
    let query = view.query.trim();
    if !query.is_empty() {
        parts.push(format!("q={}", encode(query)));
    }
    if !view.tags.is_empty() {
        let tags: Vec<String> = view.tags.iter().map(|t| encode(t)).collect();
        parts.push(format!("tags={}", tags.join(",")));
    }
    if let Some(org) = view.org {
        parts.push(format!("org={}", encode(org)));
    }
    if let Some(from) = view.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = view.to {
        parts.push(format!("to={to}"));
    }
    if let Some(m) = view.selected {
        parts.push(format!("m={}", encode(m)));
    }
    parts.push(format!("lang={}", view.lang.tag()));
    format!("?{}", parts.join("&"))
}

/// Percent-decodes a query component (`+` is a space). Malformed escapes are kept as typed; invalid UTF-8 becomes
/// U+FFFD. Never panics.
pub fn decode(component: &str) -> String {
    let bytes = component.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(component: &str) -> String {
    let mut out = String::with_capacity(component.len());
    for b in component.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Cuts a user-supplied value for display, on a character boundary.
fn shorten(value: &str) -> String {
    if value.chars().count() <= NOTICE_VALUE_MAX {
        value.to_string()
    } else {
        let cut: String = value.chars().take(NOTICE_VALUE_MAX).collect();
        format!("{cut}…")
    }
}
