//! The timeline's data as the app uses it: plain `&'static` structs generated at build time from the data file
//! (see `build.rs` and the `timeline-data` crate), so the bundle carries no parser and does no work at start-up.
//! Logic takes a `&Timeline` argument; [`TIMELINE`] is the compiled one the page shows.

pub use timeline_data::kinds::{DateMark, Metric, Origin, Unit, Verdict};
pub use timeline_data::Date;

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
    /// What the record covers beyond the note (app-authored).
    pub coverage: Text,
    /// When the record was last checked against its sources.
    pub reviewed: Date,
    pub trends_heading: Text,
    pub closing: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Era {
    pub id: &'static str,
    /// One of the note's periods, or added by this project.
    pub origin: Origin,
    pub start: u16,
    pub end: u16,
    /// The note's name for the period, e.g. "2010年代初期".
    pub period: Text,
    pub title: Text,
    pub summary: Text,
}

impl Era {
    /// "2010–2014", or "2025" for a one-year era.
    pub fn span(&self) -> String {
        year_span(self.start, self.end)
    }
}

#[derive(Debug)]
pub struct Milestone {
    pub id: &'static str,
    /// Id of the era it belongs to (checked at build time).
    pub era: &'static str,
    /// The note's year: the milestone's place in the timeline (see `dates` for the verified ones).
    pub year: u16,
    /// Last year of a milestone that spans years.
    pub until: Option<u16>,
    pub origin: Origin,
    /// Verified dates, the primary one first.
    pub dates: &'static [Dated],
    pub venue: Option<&'static str>,
    /// Primary sources, all https.
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    /// Tag ids (see `Timeline::tags`).
    pub tags: &'static [&'static str],
    /// Metrics the makers did not disclose.
    pub undisclosed: &'static [Metric],
    /// Organisation ids (see `Timeline::orgs`).
    pub orgs: &'static [&'static str],
    /// Ids of the milestones it builds on.
    pub builds_on: &'static [&'static str],
    /// Where the note's year or claim is imprecise or wrong.
    pub correction: Option<Correction>,
    pub title: Text,
    /// People and organisations.
    pub who: Text,
    /// The note's description (zh) and its translation (en).
    pub text: Text,
}

/// Milestones are the same when their ids are (ids are unique, checked at build time): comparing lists of them
/// (memoised views) costs one string comparison per item, not a walk through every field.
impl PartialEq for Milestone {
    fn eq(&self, other: &Milestone) -> bool {
        std::ptr::eq(self, other) || self.id == other.id
    }
}

impl Milestone {
    /// "2017", or "2023–2024" for a span.
    pub fn years(&self) -> String {
        year_span(self.year, self.last_year())
    }

    /// The last of the note's years it spans.
    pub fn last_year(&self) -> u16 {
        self.until.unwrap_or(self.year)
    }

    /// The primary verified date.
    pub fn date(&self) -> Date {
        self.dates[0].date
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Dated {
    pub date: Date,
    pub marks: DateMark,
    /// What exactly happened on that date, when a milestone has several.
    pub what: Option<Text>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub url: &'static str,
    pub label: &'static str,
}

/// A key figure as data.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    /// What it measures.
    pub measure: Text,
    pub metric: Option<Metric>,
    /// Approximate ("~").
    pub estimate: bool,
    /// From a third-party record; `basis` names it.
    pub secondary: bool,
    pub basis: Option<Text>,
    /// Name in charts, where the milestone's title would not do.
    pub label: Option<Text>,
}

/// "The note says ... / the record shows ...".
#[derive(Debug, PartialEq, Eq)]
pub struct Correction {
    pub verdict: Verdict,
    pub note: Text,
    pub record: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Tag {
    pub id: &'static str,
    pub label: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Trend {
    pub id: &'static str,
    pub title: Text,
    pub text: Text,
    /// Ids of milestones that show the trend.
    pub milestones: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct Timeline {
    pub meta: Meta,
    /// In order, without overlap (checked at build time).
    pub eras: &'static [Era],
    pub tags: &'static [Tag],
    /// Organisations, in the same shape as tags.
    pub orgs: &'static [Tag],
    /// In date order.
    pub milestones: &'static [Milestone],
    pub trends: &'static [Trend],
}

impl Timeline {
    pub fn era(&self, id: &str) -> Option<&'static Era> {
        self.eras.iter().find(|e| e.id == id)
    }

    pub fn milestone(&self, id: &str) -> Option<&'static Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    pub fn tag(&self, id: &str) -> Option<&'static Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    pub fn org(&self, id: &str) -> Option<&'static Tag> {
        self.orgs.iter().find(|t| t.id == id)
    }

    /// The first and last year the timeline covers: its eras' span. The one place the years come from.
    pub fn years(&self) -> (u16, u16) {
        match (self.eras.first(), self.eras.last()) {
            (Some(first), Some(last)) => (first.start, last.end),
            _ => (0, 0),
        }
    }

    /// Position of an era, from 1 (for its accent colour).
    pub fn era_number(&self, id: &str) -> usize {
        self.eras
            .iter()
            .position(|e| e.id == id)
            .map_or(0, |i| i + 1)
    }

    /// Milestones that list `id` in their `builds_on`, in date order.
    pub fn built_on_by(&self, id: &str) -> Vec<&'static Milestone> {
        self.milestones
            .iter()
            .filter(|m| m.builds_on.contains(&id))
            .collect()
    }

    /// How many milestones come from the source note.
    pub fn note_count(&self) -> usize {
        self.milestones
            .iter()
            .filter(|m| m.origin == Origin::Note)
            .count()
    }
}

/// The whole timeline, compiled in.
pub static TIMELINE: Timeline = include!(concat!(env!("OUT_DIR"), "/timeline.rs"));

/// Years as written on the page: "2017", or "2023–2024" for a span.
pub fn year_span(start: u16, end: u16) -> String {
    match start == end {
        true => start.to_string(),
        false => format!("{start}–{end}"),
    }
}
