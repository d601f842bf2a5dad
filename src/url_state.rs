//! The view's state in the query string (`?era=transformer&only=note&m=bert&lang=en`): parse and serialise, pure
//! and total.
//!
//! Parsing never fails: unknown or malformed values are dropped and reported as [`Notice`]s, so any URL gives a
//! working page.

use crate::filter::Filter;
use crate::model::{Lang, Timeline};

/// Everything a link reproduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    pub era: Option<&'static str>,
    /// Only the source note's milestones.
    pub only_note: bool,
    /// The milestone a link points at (`?m=`): scrolled to and highlighted.
    pub selected: Option<&'static str>,
    pub lang: Lang,
}

impl View {
    pub fn new(lang: Lang) -> View {
        View {
            era: None,
            only_note: false,
            selected: None,
            lang,
        }
    }

    pub fn filter(&self) -> Filter {
        Filter {
            era: self.era,
            only_note: self.only_note,
        }
    }
}

/// What a URL asks for. `lang: None` means the URL names no (usable) language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub era: Option<&'static str>,
    pub only_note: bool,
    pub selected: Option<&'static str>,
    pub lang: Option<Lang>,
}

impl UrlState {
    /// The view this URL asks for, with `fallback` where it names no language.
    pub fn view(&self, fallback: Lang) -> View {
        View {
            era: self.era,
            only_note: self.only_note,
            selected: self.selected,
            lang: self.lang.unwrap_or(fallback),
        }
    }
}

/// Something in the URL that could not be used; shown to the user as a short notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `?era=` named no known era. Holds the value, shortened for display.
    UnknownEra(String),
    /// `?lang=` named no supported language.
    UnknownLang(String),
    /// `?m=` named no milestone.
    UnknownMilestone(String),
    /// `?only=` had a value other than `note`.
    UnknownOnly(String),
}

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub const NOTICE_VALUE_MAX: usize = 40;

/// Reads a query string (with or without the leading `?`). Only the first of repeated keys counts; unknown keys
/// are ignored; `era=` (empty) and `era=all` mean all eras.
pub fn parse(query: &str, timeline: &'static Timeline) -> (UrlState, Vec<Notice>) {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key);
        if seen.contains(&key) {
            continue;
        }
        let value = decode(value);
        let wanted = value.trim();
        match key.as_str() {
            "era" => {
                if wanted.is_empty() || wanted.eq_ignore_ascii_case("all") {
                } else if let Some(era) = timeline
                    .eras
                    .iter()
                    .find(|e| e.id.eq_ignore_ascii_case(wanted))
                {
                    state.era = Some(era.id);
                } else {
                    notices.push(Notice::UnknownEra(shorten(wanted)));
                }
            }
            "lang" => {
                if wanted.is_empty() {
                } else if let Some(lang) = Lang::from_tag(wanted) {
                    state.lang = Some(lang);
                } else {
                    notices.push(Notice::UnknownLang(shorten(wanted)));
                }
            }
            "m" => {
                if wanted.is_empty() {
                } else if let Some(m) = timeline
                    .milestones
                    .iter()
                    .find(|m| m.id.eq_ignore_ascii_case(wanted))
                {
                    state.selected = Some(m.id);
                } else {
                    notices.push(Notice::UnknownMilestone(shorten(wanted)));
                }
            }
            "only" => {
                if wanted.eq_ignore_ascii_case("note") {
                    state.only_note = true;
                } else if !wanted.is_empty() {
                    notices.push(Notice::UnknownOnly(shorten(wanted)));
                }
            }
            _ => continue,
        }
        seen.push(key);
    }
    (state, notices)
}

/// The canonical query string for a view, e.g. `?era=transformer&only=note&m=bert&lang=en` or `?lang=zh-Hant`.
pub fn to_query(view: &View) -> String {
    let mut query = String::from("?");
    if let Some(era) = view.era {
        query.push_str(&format!("era={}&", encode(era)));
    }
    if view.only_note {
        query.push_str("only=note&");
    }
    if let Some(m) = view.selected {
        query.push_str(&format!("m={}&", encode(m)));
    }
    query.push_str("lang=");
    query.push_str(view.lang.tag());
    query
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
