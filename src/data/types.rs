//! The data file's shape, as serde reads it: the records of [`crate::shape!`] with owned strings and vectors, each
//! able to write itself back as the app's static data ([`crate::codegen::Bake`]). Closed sets of values are typed
//! ([`crate::kinds`]), dates are checked as they are read ([`Date`]); what types cannot say is checked by
//! [`crate::validate`].

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

type Str = String;
type List<T> = Vec<T>;

crate::shape!(file);

impl Milestone {
    /// The primary (first) verified date, if there is one.
    pub fn primary_date(&self) -> Option<Date> {
        self.dates.first().map(|d| d.date)
    }
}

impl Timeline {
    /// The years the timeline covers: from its first era's start to its last era's end.
    pub fn years(&self) -> Option<(u16, u16)> {
        Some((self.eras.first()?.start, self.eras.last()?.end))
    }
}
