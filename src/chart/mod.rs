//! The geometry behind the time axis and the charts: scales, ticks, stacking of marks, text widths, placement
//! of labels and tooltips, the scaling chart's whole layout and the charts' tables. Pure functions with native
//! tests; the components only draw what these compute.
//!
//! The charts stretch with their box while their text keeps its size (no measuring in the browser, the same
//! markup everywhere): a position across is a fraction of the drawing's width plus px ([`Across`]). A layout is
//! made for the narrowest width it is shown at and holds from there up, because boxes apart at that width only
//! move further apart as it widens ([`Area::apart`]).

use crate::model::{Date, Lang, Metric, Milestone, Origin, Text, Timeline};
use crate::{format, i18n};

mod imagenet;
mod place;
mod points;
mod scaling;
mod scaling_layout;
pub use imagenet::*;
pub use place::*;
pub use points::*;
pub use scaling::*;
pub use scaling_layout::*;

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

/// Advance widths of the printable ASCII characters (from the space), in hundredths of the font size, regular
/// and bold: DejaVu Sans, the sans-serif Linux falls back to and wider than most system fonts.
const ASCII_WIDTHS: [[u8; 95]; 2] = [
    [
        32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64,
        64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56,
        86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55,
        63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52,
        64, 34, 64, 84,
    ],
    [
        35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70,
        70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77,
        64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67,
        72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92,
        65, 65, 58, 71, 37, 71, 84,
    ],
];

/// Whether a character is set full-width (CJK ideographs, kana, full-width forms and punctuation).
fn is_wide(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// A character's width as a share of the font size: ASCII from the table; general punctuation (dashes,
/// ellipsis) and wide characters a full em; other letters three quarters.
fn char_width(c: char, bold: bool) -> f64 {
    match c as u32 {
        0x20..=0x7E => f64::from(ASCII_WIDTHS[usize::from(bold)][c as usize - 0x20]) / 100.0,
        0x2000..=0x206F => 1.0,
        _ if is_wide(c) => 1.0,
        _ => 0.75,
    }
}

fn width_of(text: &str, size: f64, bold: bool) -> f64 {
    text.chars().map(|c| char_width(c, bold)).sum::<f64>() * size * 1.02
}

/// Width of one line of text at `size` px: an upper bound from a wide sans-serif's widths (2% over), so that
/// labels placed by it never touch, whatever font the reader has.
pub fn text_width(text: &str, size: f64) -> f64 {
    width_of(text, size, false)
}

/// [`text_width`] for bold text.
pub fn bold_width(text: &str, size: f64) -> f64 {
    width_of(text, size, true)
}

/// The places a line may break: after the spaces that end a word, and around every wide character.
fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joins = false;
    for c in text.chars() {
        match out.last_mut() {
            Some(last) if c == ' ' || (joins && !is_wide(c)) => last.push(c),
            _ => out.push(c.to_string()),
        }
        joins = c != ' ' && !is_wide(c);
    }
    out
}

/// `text` in lines no wider than `max` px at `size`: broken between words and around CJK characters; a word
/// longer than a line is broken where it must be.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let fits = |s: &str| width_of(s.trim_end(), size, bold) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces(text) {
        if fits(&format!("{line}{piece}")) {
            line.push_str(&piece);
            continue;
        }
        if !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        for c in piece.chars() {
            if !line.is_empty() && !fits(&format!("{line}{c}")) {
                lines.push(line.trim_end().to_string());
                line.clear();
            }
            line.push(c);
        }
    }
    if !line.trim_end().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}
