//! The timeline's data as the app uses it: plain `&'static` structs generated at build time from
//! `src/data/timeline.toml` (see `build.rs`), so the bundle carries no parser and does no work at start-up.

/// The two languages of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Traditional Chinese, the source note's language.
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// BCP 47 tag, used for `<html lang>` and in URLs.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Reads a language tag leniently: `zh-Hant`, `zh-TW`, `zh`, `EN-gb` ... Unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Meta {
    pub title: Text,
    pub intro: Text,
    pub trends_heading: Text,
    pub closing: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Era {
    pub id: &'static str,
    pub start: u16,
    pub end: u16,
    /// The note's name for the period, e.g. "2010年代初期".
    pub period: Text,
    pub title: Text,
    pub summary: Text,
}

impl Era {
    /// "2010–2014"
    pub fn span(&self) -> String {
        format!("{}–{}", self.start, self.end)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Milestone {
    pub id: &'static str,
    /// Id of the era it belongs to (checked at build time).
    pub era: &'static str,
    pub year: u16,
    /// Last year of a milestone that spans years.
    pub until: Option<u16>,
    pub title: Text,
    /// People and organisations.
    pub who: Text,
    /// The note's description (zh) and its translation (en).
    pub text: Text,
}

impl Milestone {
    /// "2017", or "2023–2024" for a span.
    pub fn years(&self) -> String {
        match self.until {
            Some(until) => format!("{}–{}", self.year, until),
            None => self.year.to_string(),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Trend {
    pub id: &'static str,
    pub title: Text,
    pub text: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Timeline {
    pub meta: Meta,
    pub eras: &'static [Era],
    /// In date order.
    pub milestones: &'static [Milestone],
    pub trends: &'static [Trend],
}

impl Timeline {
    pub fn era(&self, id: &str) -> Option<&'static Era> {
        self.eras.iter().find(|e| e.id == id)
    }
}

/// The whole timeline, compiled in.
pub static TIMELINE: Timeline = include!(concat!(env!("OUT_DIR"), "/timeline.rs"));
