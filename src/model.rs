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

type Str = &'static str;
type List<T> = &'static [T];

timeline_data::shape!(app);

impl Era {
    /// "2010–2014", or "2025" for a one-year era.
    pub fn span(&self) -> String {
        year_span(self.start, self.end)
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
