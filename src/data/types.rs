//! The data file's shape, as serde reads it. Closed sets of values are typed ([`crate::kinds`]), dates are checked
//! as they are read ([`Date`]); what types cannot say is checked by [`crate::validate`].

use crate::kinds::{DateMark, Metric, Origin, Unit, Verdict};
use crate::Date;
use serde::Deserialize;

/// One text in both languages. Both are optional here so that a missing translation is reported with the entry
/// and field it belongs to, rather than as a bare serde error.
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
    /// What the record covers beyond the note (app-authored): shown beside the note's introduction.
    pub coverage: Text,
    /// When the record was last checked against its sources: shown on the page and in citations.
    pub reviewed: Date,
    pub trends_heading: Text,
    pub closing: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    /// "note" (one of the note's periods, the default) or "added".
    #[serde(default)]
    pub origin: Origin,
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
    pub origin: Origin,
    /// Verified dates; the first is the primary one.
    pub dates: Vec<Dated>,
    pub venue: Option<String>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub tags: Vec<String>,
    /// Metrics the makers did not disclose (charts show them as such rather than guessing).
    #[serde(default)]
    pub undisclosed: Vec<Metric>,
    /// Organisations behind it: [[org]] ids.
    pub orgs: Vec<String>,
    #[serde(default)]
    pub builds_on: Vec<String>,
    pub correction: Option<Correction>,
    pub title: Text,
    pub who: Text,
    pub text: Text,
}

impl Milestone {
    /// The primary (first) verified date, if there is one.
    pub fn primary_date(&self) -> Option<Date> {
        self.dates.first().map(|d| d.on)
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    pub on: Date,
    pub marks: DateMark,
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
    pub unit: Unit,
    /// What the figure measures.
    pub measure: Text,
    /// For charts.
    pub metric: Option<Metric>,
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
    pub verdict: Verdict,
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

/// The whole data file, parsed (and, from [`crate::load::load`], validated).
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub meta: Meta,
    pub eras: Vec<Era>,
    pub tags: Vec<Tag>,
    pub orgs: Vec<Tag>,
    pub milestones: Vec<Milestone>,
    pub trends: Vec<Trend>,
}

impl Timeline {
    /// The years the timeline covers: from its first era's start to its last era's end.
    pub fn years(&self) -> Option<(u16, u16)> {
        Some((self.eras.first()?.start, self.eras.last()?.end))
    }
}
