//! The geometry behind the time axis and the charts: scales, ticks, stacking of marks and placement of labels.
//! Pure functions with native tests; the SVG components only draw what these compute.

use crate::model::{Date, Metric, Milestone, Text, Timeline};

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

/// Rough width of a label in SVG units at `size`: CJK characters are about twice as wide as Latin ones.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| {
            if (c as u32) > 0x2E80 {
                size
            } else {
                size * 0.58
            }
        })
        .sum()
}

/// Where each point's label goes: the first of right, left, above, below (then further out) that overlaps no
/// label placed before it and no point, and stays inside `bounds`. Returns the label boxes (text starts at x,
/// baseline at y + h * 0.8).
pub fn place_labels(points: &[(f64, f64)], sizes: &[(f64, f64)], bounds: Rect) -> Vec<Rect> {
    let mut placed: Vec<Rect> = Vec::new();
    let dots: Vec<Rect> = points
        .iter()
        .map(|&(x, y)| Rect {
            x: x - 4.0,
            y: y - 4.0,
            w: 8.0,
            h: 8.0,
        })
        .collect();
    for (i, (&(x, y), &(w, h))) in points.iter().zip(sizes).enumerate() {
        let mut candidates = Vec::new();
        for step in 0..4 {
            let d = 7.0 + step as f64 * (h + 2.0);
            candidates.extend([
                Rect {
                    x: x + 7.0,
                    y: y - h / 2.0 + if step % 2 == 1 { d - 7.0 } else { -(d - 7.0) },
                    w,
                    h,
                },
                Rect {
                    x: x - 7.0 - w,
                    y: y - h / 2.0 + if step % 2 == 1 { d - 7.0 } else { -(d - 7.0) },
                    w,
                    h,
                },
                Rect {
                    x: x - w / 2.0,
                    y: y - d - h,
                    w,
                    h,
                },
                Rect {
                    x: x - w / 2.0,
                    y: y + d,
                    w,
                    h,
                },
            ]);
        }
        let inside = |r: &Rect| {
            r.x >= bounds.x
                && r.y >= bounds.y
                && r.x + r.w <= bounds.x + bounds.w
                && r.y + r.h <= bounds.y + bounds.h
        };
        let free = |r: &Rect| {
            !placed.iter().any(|p| p.overlaps(r))
                && !dots
                    .iter()
                    .enumerate()
                    .any(|(j, d)| j != i && d.overlaps(r))
        };
        let choice = candidates
            .iter()
            .find(|r| inside(r) && free(r))
            .or_else(|| candidates.iter().find(|r| inside(r)))
            .copied()
            .unwrap_or(candidates[0]);
        placed.push(choice);
    }
    placed
}

/// A value of a metric in the data, for charts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub milestone: &'static Milestone,
    pub value: f64,
    pub when: f64,
    /// The figure's chart label, where the milestone's title would not do.
    pub label: Option<Text>,
    pub estimate: bool,
}

/// Every figure of `metric` in the data, in date order. Figures with the same title, date, value and label are
/// one point: drawn on top of each other they would look like one, and the table would repeat a row.
pub fn points(timeline: &Timeline, metric: Metric) -> Vec<Point> {
    let mut out: Vec<Point> = timeline
        .milestones
        .iter()
        .flat_map(|m| {
            m.figures
                .iter()
                .filter(move |f| f.metric == Some(metric))
                .map(move |f| Point {
                    milestone: m,
                    value: f.value,
                    when: year_fraction(m.date()),
                    label: f.label,
                    estimate: f.estimate,
                })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.when.total_cmp(&b.when))
            .then(a.value.total_cmp(&b.value))
            .then(a.milestone.title.en.cmp(b.milestone.title.en))
    });
    out.dedup_by(|a, b| {
        (a.when, a.value, a.label, a.estimate, a.milestone.title)
            == (b.when, b.value, b.label, b.estimate, b.milestone.title)
    });
    out
}

/// Milestones whose makers did not disclose their size, in date order; one per title and date.
pub fn undisclosed_size(timeline: &Timeline) -> Vec<&'static Milestone> {
    let mut out: Vec<&'static Milestone> = timeline
        .milestones
        .iter()
        .filter(|m| m.undisclosed.contains(&Metric::Parameters))
        .collect();
    out.sort_by_key(|m| (m.date(), m.title.en));
    out.dedup_by(|a, b| (a.date(), a.title) == (b.date(), b.title));
    out
}
