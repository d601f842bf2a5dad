//! The view's state in the query string (`?era=transformer&lang=en`): parse and serialise, pure and total.
//!
//! Parsing never fails: unknown or malformed values are dropped and reported as [`Notice`]s, so any URL gives a
//! working page.

use crate::model::{Era, Lang};

/// What a URL asks for. `None` fields were absent (or unusable) in the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub era: Option<&'static str>,
    pub lang: Option<Lang>,
}

/// Something in the URL that could not be used; shown to the user as a short notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `?era=` named no known era. Holds the value, shortened for display.
    UnknownEra(String),
    /// `?lang=` named no supported language.
    UnknownLang(String),
}

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub const NOTICE_VALUE_MAX: usize = 40;

/// Reads a query string (with or without the leading `?`). Only the first of repeated keys counts; unknown keys
/// are ignored; `era=` (empty) and `era=all` mean all eras.
pub fn parse(query: &str, eras: &'static [Era]) -> (UrlState, Vec<Notice>) {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let (mut seen_era, mut seen_lang) = (false, false);
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key);
        let value = decode(value);
        match key.as_str() {
            "era" if !seen_era => {
                seen_era = true;
                let wanted = value.trim();
                if wanted.is_empty() || wanted.eq_ignore_ascii_case("all") {
                    continue;
                }
                match eras.iter().find(|e| e.id.eq_ignore_ascii_case(wanted)) {
                    Some(era) => state.era = Some(era.id),
                    None => notices.push(Notice::UnknownEra(shorten(wanted))),
                }
            }
            "lang" if !seen_lang => {
                seen_lang = true;
                let wanted = value.trim();
                if wanted.is_empty() {
                    continue;
                }
                match Lang::from_tag(wanted) {
                    Some(lang) => state.lang = Some(lang),
                    None => notices.push(Notice::UnknownLang(shorten(wanted))),
                }
            }
            _ => {}
        }
    }
    (state, notices)
}

/// The canonical query string for a view, e.g. `?era=transformer&lang=en` or `?lang=zh-Hant`.
pub fn to_query(era: Option<&str>, lang: Lang) -> String {
    let mut query = String::from("?");
    if let Some(era) = era {
        query.push_str("era=");
        query.push_str(&encode(era));
        query.push('&');
    }
    query.push_str("lang=");
    query.push_str(lang.tag());
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
