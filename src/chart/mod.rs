//! The geometry behind the time axis and the charts: scales, ticks, stacking of marks, placement
//! of labels and tooltips, the scaling chart's whole layout and the charts' tables. Pure functions with native
//! tests; the components only draw what these compute.
//!
//! The charts stretch with their box while their text keeps its size (no measuring in the browser, the same
//! markup everywhere): a position across is a fraction of the drawing's width plus px ([`Across`]). A layout is
//! made for the narrowest width it is shown at and holds from there up, because boxes apart at that width only
//! move further apart as it widens ([`Area::apart`]).

use crate::model::{Date, Lang, Metric, Milestone, Origin, Text, Timeline};
use crate::{format, i18n, text};

mod imagenet;
mod place;
mod points;
mod scaling;
mod scaling_layout;
mod scaling_markup;
pub use imagenet::*;
pub use place::*;
pub use points::*;
pub use scaling::*;
pub use scaling_layout::*;
pub use scaling_markup::*;

/// A date as a fractional year; an unknown month or day is taken as the middle of the known period.
pub fn year_fraction(d: Date) -> f64 {
    let year = d.year as f64;
    match (d.month, d.day) {
        (0, _) => year + 0.5,
        (m, 0) => year + (m as f64 - 0.5) / 12.0,
        (m, day) => {
            const DAYS: [f64; 12] = [
                31.0, 28.0, 31.0, 30.0, 31.0, 30.0, 31.0, 31.0, 30.0, 31.0, 30.0, 31.0,
            ];
            let length = DAYS[(m as usize - 1).min(11)];
            year + (m as f64 - 1.0 + ((day as f64 - 0.5) / length).min(1.0)) / 12.0
        }
    }
}

/// Maps a domain linearly onto a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn map(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Maps a domain logarithmically (base 10) onto a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Log {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Log {
    pub fn map(&self, v: f64) -> f64 {
        let (d0, d1) = (self.domain.0.log10(), self.domain.1.log10());
        let (r0, r1) = self.range;
        r0 + (v.max(f64::MIN_POSITIVE).log10() - d0) / (d1 - d0) * (r1 - r0)
    }

    /// Powers of ten inside the domain.
    pub fn ticks(&self) -> Vec<f64> {
        let low = self.domain.0.log10().ceil() as i32;
        let high = self.domain.1.log10().floor() as i32;
        (low..=high).map(|e| 10f64.powi(e)).collect()
    }
}

/// How many of `milestones` fall in each year `first..=last` (by verified date); others are not counted.
pub fn per_year(milestones: &[&Milestone], first: u16, last: u16) -> Vec<usize> {
    let mut counts = vec![0; usize::from(last.saturating_sub(first)) + 1];
    for m in milestones {
        let year = m.date().year;
        if (first..=last).contains(&year) {
            counts[usize::from(year - first)] += 1;
        }
    }
    counts
}

/// Whole years from `first` to `last`, each with whether it gets a label (every `label_every` years, from
/// `first`).
pub fn year_ticks(first: u16, last: u16, label_every: u16) -> Vec<(u16, bool)> {
    (first..=last)
        .map(|y| (y, (y - first).is_multiple_of(label_every.max(1))))
        .collect()
}

/// Rows for marks so that marks closer than `gap` (in x) never share a row: each mark takes the lowest row whose
/// last mark is at least `gap` to its left. `xs` must be in increasing order.
pub fn stack(xs: &[f64], gap: f64) -> Vec<usize> {
    let mut row_ends: Vec<f64> = Vec::new();
    xs.iter()
        .map(|&x| match row_ends.iter().position(|&end| x - end >= gap) {
            Some(row) => {
                row_ends[row] = x;
                row
            }
            None => {
                row_ends.push(x);
                row_ends.len() - 1
            }
        })
        .collect()
}

/// Rows for marks, as [`stack`] gives them but never more than `rows`: a mark with no room in any row goes to
/// the row whose last mark is furthest left, overlapping it a little rather than piling up higher. `xs` must be
/// in increasing order.
pub fn swarm(xs: &[f64], gap: f64, rows: usize) -> Vec<usize> {
    let mut last = vec![f64::NEG_INFINITY; rows.max(1)];
    let mut out = Vec::with_capacity(xs.len());
    for &x in xs {
        let free = last.iter().position(|&end| x - end >= gap);
        let row = free.unwrap_or_else(|| {
            (0..last.len())
                .min_by(|&a, &b| last[a].total_cmp(&last[b]))
                .unwrap_or(0)
        });
        last[row] = x;
        out.push(row);
    }
    out
}

/// A rectangle, for label collision checks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}
