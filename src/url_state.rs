//! The view's state in the query string, parsed and serialised by pure, total functions:
//! `?era=transformer&only=note&q=attention&tags=language,scaling&org=google,deepmind&from=2015&to=2020&m=bert&lang=en`.
//!
//! Parsing never fails: unknown or malformed values are dropped and reported as [`Notice`]s, so any URL gives a
//! working page.

use crate::model::{Lang, Timeline};
use crate::search::Search;
use crate::view::View;

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
    /// The key it was given under.
    pub key: Param,
    /// The value, shortened for display.
    pub value: String,
}

/// The keys the address knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    Era,
    Only,
    Query,
    Tags,
    Match,
    Org,
    From,
    To,
    Milestone,
    Lang,
}

impl Param {
    pub const ALL: [Param; 10] = [
        Param::Era,
        Param::Only,
        Param::Query,
        Param::Tags,
        Param::Match,
        Param::Org,
        Param::From,
        Param::To,
        Param::Milestone,
        Param::Lang,
    ];

    /// The key as written in the address.
    pub const fn key(self) -> &'static str {
        match self {
            Param::Era => "era",
            Param::Only => "only",
            Param::Query => "q",
            Param::Tags => "tags",
            Param::Match => "match",
            Param::Org => "org",
            Param::From => "from",
            Param::To => "to",
            Param::Milestone => "m",
            Param::Lang => "lang",
        }
    }
}

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub const NOTICE_VALUE_MAX: usize = 40;
/// Longest search text kept from a URL.
pub const QUERY_MAX: usize = 200;

/// Reads a query string (with or without the leading `?`). Only the first of repeated keys counts; unknown keys
/// are ignored; empty values mean "not set"; `era=all` means all eras.
pub fn parse(query: &str, timeline: &'static Timeline) -> (UrlState, Vec<Notice>) {
    let mut view = View::new(Lang::Zh);
    let (first_year, last_year) = timeline.years();
    let filter = &mut view.filter;
    let mut lang = None;
    let mut notices = Vec::new();
    let mut seen: Vec<Param> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key);
        let Some(key) = Param::ALL.into_iter().find(|p| p.key() == key) else {
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
            Param::Era if wanted.eq_ignore_ascii_case("all") => {}
            Param::Era => match find_id(timeline.eras.iter().map(|e| e.id), wanted) {
                Some(id) => filter.era = Some(id),
                None => drop(wanted),
            },
            Param::Only if wanted.eq_ignore_ascii_case("note") => filter.only_note = true,
            Param::Match if wanted.eq_ignore_ascii_case("any") => filter.tags_any = true,
            Param::Match if wanted.eq_ignore_ascii_case("all") => {}
            Param::Query => {
                filter.search = Search::new(&wanted.chars().take(QUERY_MAX).collect::<String>())
            }
            Param::Tags | Param::Org => {
                let (list, known) = if key == Param::Tags {
                    (&mut filter.tags, timeline.tags)
                } else {
                    (&mut filter.orgs, timeline.orgs)
                };
                for item in wanted.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    match find_id(known.iter().map(|t| t.id), item) {
                        Some(id) if !list.contains(&id) => list.push(id),
                        Some(_) => {}
                        None => drop(item),
                    }
                }
            }
            Param::From | Param::To => match wanted.parse::<u16>() {
                Ok(year) if (first_year..=last_year).contains(&year) => {
                    if key == Param::From {
                        filter.from = Some(year);
                    } else {
                        filter.to = Some(year);
                    }
                }
                _ => drop(wanted),
            },
            Param::Milestone => match find_id(timeline.milestones.iter().map(|m| m.id), wanted) {
                Some(id) => view.selected = Some(id),
                None => drop(wanted),
            },
            Param::Lang => match Lang::from_tag(wanted) {
                Some(l) => lang = Some(l),
                None => drop(wanted),
            },
            _ => drop(wanted),
        }
    }
    view.filter = std::mem::take(&mut view.filter).normalised();
    let filter = &mut view.filter;
    // A reversed range is read as meant.
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if from > to {
            (filter.from, filter.to) = (Some(to), Some(from));
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
    let filter = &view.filter;
    let mut parts: Vec<String> = Vec::new();
    if let Some(era) = filter.era {
        parts.push(format!("era={}", encode(era)));
    }
    if filter.only_note {
        parts.push("only=note".into());
    }
    let query = filter.search.text().trim();
    if !query.is_empty() {
        parts.push(format!("q={}", encode(query)));
    }
    for (key, list) in [("tags", &filter.tags), ("org", &filter.orgs)] {
        if !list.is_empty() {
            let ids: Vec<String> = list.iter().map(|t| encode(t)).collect();
            parts.push(format!("{key}={}", ids.join(",")));
        }
        if key == "tags" && filter.tags_any && !filter.tags.is_empty() {
            parts.push("match=any".into());
        }
    }
    if let Some(from) = filter.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = filter.to {
        parts.push(format!("to={to}"));
    }
    if let Some(m) = view.selected {
        parts.push(format!("m={}", encode(m)));
    }
    parts.push(format!("lang={}", view.lang.tag()));
    format!("?{}", parts.join("&"))
}

/// A link within the page to one milestone: the view with that milestone selected (following it keeps the
/// reader's filters where they do not hide the milestone).
pub fn link_in_view(view: &View, id: &'static str) -> String {
    to_query(&View {
        selected: Some(id),
        ..view.clone()
    })
}

/// The link to share for one milestone: just the milestone and the language, whatever the sender's filters.
pub fn milestone_link(lang: Lang, id: &'static str) -> String {
    to_query(&View {
        selected: Some(id),
        ..View::new(lang)
    })
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
