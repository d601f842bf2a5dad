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

/// A horizontal position in a drawing that stretches with its box while its text keeps its size: a fraction of
/// the drawing's width plus px. SVG draws it as `x="{frac}%"` moved by `px` (see [`Across::percent`] and
/// [`Across::shift_by`]), so it needs no measuring in the browser.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Across {
    pub frac: f64,
    pub px: f64,
}

impl Across {
    /// `px` from the left edge, whatever the width.
    pub const fn left(px: f64) -> Across {
        Across { frac: 0.0, px }
    }

    /// `px` from the right edge, whatever the width.
    pub const fn right(px: f64) -> Across {
        Across { frac: 1.0, px: -px }
    }

    /// Where it is in a drawing `width` px wide.
    pub fn at(self, width: f64) -> f64 {
        self.frac * width + self.px
    }

    /// The same position moved by `dx` px.
    pub fn shift(self, dx: f64) -> Across {
        Across {
            frac: self.frac,
            px: self.px + dx,
        }
    }

    /// Whether it stays at or left of `other` at every width from `min_width` up: it is at that width, and
    /// widening moves `other` at least as fast.
    pub fn left_of(self, other: Across, min_width: f64) -> bool {
        self.frac <= other.frac + 1e-9 && self.at(min_width) <= other.at(min_width) + 1e-9
    }

    /// SVG's `x` (or `cx`, `x1` ...): the fraction, as a percentage of the width.
    pub fn percent(self) -> String {
        format!("{:.3}%", self.frac * 100.0)
    }

    /// SVG's `transform` that adds the px part.
    pub fn shift_by(self) -> String {
        format!("translate({:.1} 0)", self.px)
    }
}

/// A horizontal scale onto a drawing that stretches: `domain` onto the width less `left` and `right` px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stretch {
    pub domain: (f64, f64),
    pub left: f64,
    pub right: f64,
}

impl Stretch {
    pub fn map(&self, v: f64) -> Across {
        let f = (v - self.domain.0) / (self.domain.1 - self.domain.0);
        Across {
            frac: f,
            px: self.left - f * (self.left + self.right),
        }
    }
}

/// A box whose left edge is an [`Across`] position: it keeps its size as the drawing stretches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub x: Across,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// The part of a drawing something must stay in: from `left` to `right` across, `top` to `bottom` down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub left: Across,
    pub right: Across,
    pub top: f64,
    pub bottom: f64,
}

impl Area {
    pub fn right(&self) -> Across {
        self.x.shift(self.w)
    }

    /// The box in a drawing `width` px wide.
    pub fn at(&self, width: f64) -> Rect {
        Rect {
            x: self.x.at(width),
            y: self.y,
            w: self.w,
            h: self.h,
        }
    }

    /// Whether the two never overlap at any width from `min_width` up: one above the other, or side by side in
    /// an order that widening keeps.
    pub fn apart(&self, other: &Area, min_width: f64) -> bool {
        self.y + self.h <= other.y
            || other.y + other.h <= self.y
            || self.right().left_of(other.x, min_width)
            || other.right().left_of(self.x, min_width)
    }

    /// Whether it lies inside `frame` at every width from `min_width` up.
    pub fn within(&self, frame: &Frame, min_width: f64) -> bool {
        frame.left.left_of(self.x, min_width)
            && self.right().left_of(frame.right, min_width)
            && self.y >= frame.top
            && self.y + self.h <= frame.bottom
    }
}

/// Where a label `w` x `h` goes around a point at (`x`, `y`): the first of a few spots, `gap` px from the
/// point's centre (right, left, the four corners, above, below, then right and left a line higher or lower),
/// that lies inside `frame` and apart from every box of `taken`, at every width from `min_width` up. `None`
/// where no spot is free.
pub fn place_label(
    (x, y): (Across, f64),
    (w, h): (f64, f64),
    gap: f64,
    taken: &[Area],
    frame: &Frame,
    min_width: f64,
) -> Option<Area> {
    let corner = gap * 0.75;
    let spots = [
        (gap, -h / 2.0),
        (-gap - w, -h / 2.0),
        (corner, -corner - h),
        (corner, corner),
        (-corner - w, -corner - h),
        (-corner - w, corner),
        (-w / 2.0, -gap - h),
        (-w / 2.0, gap),
        (gap, -h * 1.5),
        (gap, h * 0.5),
        (-gap - w, -h * 1.5),
        (-gap - w, h * 0.5),
    ];
    spots
        .iter()
        .map(|&(dx, dy)| Area {
            x: x.shift(dx),
            y: y + dy,
            w,
            h,
        })
        .find(|a| a.within(frame, min_width) && taken.iter().all(|o| a.apart(o, min_width)))
}

/// Where each point's label goes ([`place_label`]), in the order given: earlier labels get the room, and
/// later ones keep apart from them and from the `obstacles` (the points). `None` where no spot is free: that
/// point stays unlabelled (its name shows on hover, focus and tap, and in the table). `points` are centres,
/// `sizes` the labels' (w, h).
pub fn place_labels(
    points: &[(Across, f64)],
    sizes: &[(f64, f64)],
    gap: f64,
    obstacles: &[Area],
    frame: &Frame,
    min_width: f64,
) -> Vec<Option<Area>> {
    let mut taken = obstacles.to_vec();
    points
        .iter()
        .zip(sizes)
        .map(|(&point, &size)| {
            let area = place_label(point, size, gap, &taken, frame, min_width);
            taken.extend(area);
            area
        })
        .collect()
}

/// A tooltip: its box and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub area: Area,
    pub lines: Vec<TipLine>,
}

/// A line of a tooltip: its text, where its baseline is, and whether it is (part of) the title, in bold.
#[derive(Clone, Debug, PartialEq)]
pub struct TipLine {
    pub text: String,
    pub baseline: f64,
    pub title: bool,
}

/// Tooltip text sizes (px): the title, the other lines, the space a line takes, the box's padding.
pub const TIP_TITLE: f64 = 13.0;
pub const TIP_TEXT: f64 = 12.0;
const TIP_LINE: f64 = 17.0;
pub const TIP_PAD: f64 = 8.0;

/// The tooltip for `texts` (title first) at a point (`x`, `y`) of radius `r`: above it where `frame` has room,
/// else below; across, the point stays inside the box and the box inside `frame` at every width from
/// `min_width` up (texts are wrapped to fit that width).
pub fn tip(texts: &[String], x: Across, y: f64, r: f64, frame: &Frame, min_width: f64) -> Tip {
    let room = frame.right.at(min_width) - frame.left.at(min_width) - 2.0 * TIP_PAD;
    let mut lines: Vec<(String, bool)> = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let bold = i == 0;
        let size = if bold { TIP_TITLE } else { TIP_TEXT };
        lines.extend(wrap(text, size, bold, room).into_iter().map(|l| (l, bold)));
    }
    let w = lines
        .iter()
        .map(|(l, bold)| {
            if *bold {
                bold_width(l, TIP_TITLE)
            } else {
                text_width(l, TIP_TEXT)
            }
        })
        .fold(0.0, f64::max)
        + 2.0 * TIP_PAD;
    let h = lines.len() as f64 * TIP_LINE + 8.0;
    // The point's share of the box's width: centred where it can be, else as close as the frame allows.
    let (px, lo, hi) = (
        x.at(min_width),
        frame.left.at(min_width),
        frame.right.at(min_width),
    );
    let t = 0.5f64.min((px - lo) / w).max(1.0 - (hi - px) / w);
    let above = y - r - 6.0 - h;
    let top = if above >= frame.top || y + r + 6.0 + h > frame.bottom {
        above.max(frame.top)
    } else {
        y + r + 6.0
    };
    Tip {
        area: Area {
            x: x.shift(-t * w),
            y: top,
            w,
            h,
        },
        lines: lines
            .into_iter()
            .enumerate()
            .map(|(i, (text, title))| TipLine {
                text,
                baseline: top + 4.0 + TIP_TITLE + i as f64 * TIP_LINE,
                title,
            })
            .collect(),
    }
}

/// Where a key moves among `len` points in date order from `at`: right or down to the next, left or up to the
/// previous, Home and End to the ends (staying put at an end). `None`: not a key of the chart's.
pub fn step_point(key: &str, at: usize, len: usize) -> Option<usize> {
    let last = len.checked_sub(1)?;
    Some(match key {
        "ArrowRight" | "ArrowDown" => (at + 1).min(last),
        "ArrowLeft" | "ArrowUp" => at.saturating_sub(1).min(last),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
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

/// The widths (px) the scaling chart's labels and year ticks are laid out for, narrowest first. Each set shows
/// from its width up to the next one's (container queries in `style/components/chart-frame.css`, kept in step by
/// a test); the first is the drawing's width on a 360 px phone.
pub const WIDTHS: [f64; 3] = [320.0, 640.0, 960.0];

/// The size of the chart's text (px): labels, ticks, the band's name.
pub const FONT: f64 = 12.0;
/// A point's radius (px); its label keeps [`LABEL_GAP`] from its centre.
pub const DOT_R: f64 = 5.0;
const LABEL_GAP: f64 = 9.0;
/// Half the diagonal of an undisclosed size's diamond (px).
pub const MARK_R: f64 = 4.0;
/// Undisclosed sizes closer than this (px) go on separate rows of their band, of which there are at most
/// `MARK_ROWS`.
const MARK_GAP: f64 = 9.0;
const MARK_ROWS: usize = 6;
/// Height of the plot, of a row of the band, and the space from the plot to the right edge (px).
const PLOT_H: f64 = 340.0;
const BAND_ROW: f64 = 10.0;
const RIGHT_PAD: f64 = 14.0;

/// One milestone on the scaling chart: a parameter count (with the active count of a mixture of experts), or
/// an undisclosed size in the band on top.
#[derive(Clone, Debug, PartialEq)]
pub struct SizePoint {
    pub milestone: &'static Milestone,
    pub x: Across,
    /// The dot's centre; for an undisclosed size, just above the plot (its tooltip opens under the band).
    pub y: f64,
    /// Total parameters; `None` where the size was not disclosed.
    pub value: Option<f64>,
    /// Parameters active per token, and where that dot is.
    pub active: Option<(f64, f64)>,
    /// The figure's name: its chart label, else the milestone's title.
    pub name: String,
    /// What the tooltip and the point's link say: the title, then the figure and the date.
    pub texts: Vec<String>,
    /// The label at each of [`WIDTHS`] (box, and text drawn from its left edge), where one fits.
    pub labels: Vec<Option<(Area, String)>>,
}

/// The band of undisclosed sizes above the plot, at one of [`WIDTHS`]: its own drawing, as tall as its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub height: f64,
    /// Its name (text from the box's left edge, see [`baseline`]).
    pub label: (Area, String),
    /// Each mark: the index of its point, and the centre's height.
    pub marks: Vec<(usize, f64)>,
}

/// The scaling chart, laid out for one language: every position, tick and label (px, or [`Across`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ScalingLayout {
    /// The plot's drawing.
    pub height: f64,
    /// The plot's left edge (the value axis), px.
    pub left: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    /// The band of undisclosed sizes at each of [`WIDTHS`].
    pub bands: Vec<Band>,
    /// Powers of ten: where each is, and its label.
    pub value_ticks: Vec<(f64, String)>,
    /// A tick at the start of each year.
    pub year_ticks: Vec<Across>,
    /// Year labels (centred on their year) at each of [`WIDTHS`].
    pub year_labels: Vec<Vec<(Across, String)>>,
    /// Every point in date order: the order arrow keys move in.
    pub points: Vec<SizePoint>,
    /// Where labels must stay: the plot.
    pub plot: Frame,
    /// Where tooltips must stay: the whole drawing.
    pub whole: Frame,
}

impl ScalingLayout {
    /// The tooltip of point `i`, with `hint` as a last line when given (e.g. "tap again to open").
    pub fn tip(&self, i: usize, hint: Option<&str>) -> Tip {
        let p = &self.points[i];
        let mut texts = p.texts.clone();
        texts.extend(hint.map(str::to_string));
        let r = if p.value.is_some() { DOT_R } else { MARK_R };
        tip(&texts, p.x, p.y, r, &self.whole, WIDTHS[0])
    }
}

/// The label box of `text` with its left edge at `x` and its middle at `y`.
fn text_area(text: &str, x: Across, y: f64) -> Area {
    Area {
        x,
        y: y - FONT * 0.65,
        w: text_width(text, FONT),
        h: FONT * 1.3,
    }
}

/// The baseline of text in a box made by [`text_area`] or [`place_labels`] with height `FONT * 1.3`.
pub fn baseline(area: &Area) -> f64 {
    area.y + FONT
}

/// The figure's name on the chart (its chart label, else the milestone's title).
fn figure_name(p: &Point, lang: Lang) -> &'static str {
    p.label.map_or(p.milestone.title.get(lang), |l| l.get(lang))
}

/// A point's figure in words: "Llama 4 Maverick: 400B total, 17B active".
fn size_words(lang: Lang, name: Option<&str>, total: Option<f64>, active: Option<f64>) -> String {
    let s = i18n::strings(lang);
    let value = match (total, active) {
        (Some(total), Some(active)) => s
            .chart_total_active
            .replace("{total}", &format::count(lang, total))
            .replace("{active}", &format::count(lang, active)),
        (Some(total), None) => s.chart_params.replace("{n}", &format::count(lang, total)),
        _ => s.undisclosed.to_string(),
    };
    match name {
        Some(name) => s
            .chart_figure
            .replace("{name}", name)
            .replace("{value}", &value),
        None => value,
    }
}

/// The scaling chart for `lang`, from the timeline's parameter counts: totals, active counts paired to their
/// totals (same milestone and label), and the undisclosed sizes in a band on top. Domains come from the data:
/// whole years around the dates, powers of ten around the counts.
pub fn scaling_layout(timeline: &Timeline, lang: Lang) -> ScalingLayout {
    let s = i18n::strings(lang);
    let totals = points(timeline, Metric::Parameters);
    let actives = points(timeline, Metric::ActiveParameters);
    let hidden = undisclosed_size(timeline);
    let whens = totals
        .iter()
        .map(|p| p.when)
        .chain(hidden.iter().map(|m| year_fraction(m.date())));
    let (first, last) = whens.fold((f64::MAX, f64::MIN), |(a, b), w| (a.min(w), b.max(w)));
    let domain = if first <= last {
        (first.floor(), last.floor() + 1.0)
    } else {
        (2010.0, 2026.0)
    };
    let values = totals.iter().chain(&actives).map(|p| p.value);
    let (low, high) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let (low, high) = if low <= high {
        (
            10f64.powf(low.log10().floor()),
            10f64.powf(high.log10().ceil().max(low.log10().floor() + 1.0)),
        )
    } else {
        (1e6, 1e12)
    };
    let value_ticks: Vec<f64> = Log {
        domain: (low, high),
        range: (0.0, 1.0),
    }
    .ticks();
    let left = value_ticks
        .iter()
        .map(|&v| text_width(&format::count(lang, v), FONT))
        .fold(0.0, f64::max)
        + 12.0;
    let x = Stretch {
        domain,
        left,
        right: RIGHT_PAD,
    };

    let hidden_x: Vec<Across> = hidden
        .iter()
        .map(|m| x.map(year_fraction(m.date())))
        .collect();
    let plot_top = 30.0;
    let plot_bottom = plot_top + PLOT_H;
    let y = Log {
        domain: (low, high),
        range: (plot_bottom, plot_top),
    };
    let plot = Frame {
        left: Across::left(left + 2.0),
        right: Across::right(4.0),
        top: 2.0,
        bottom: plot_bottom - 2.0,
    };
    let whole = Frame {
        left: Across::left(2.0),
        right: Across::right(2.0),
        top: 2.0,
        bottom: plot_bottom + 26.0 - 2.0,
    };

    // Sized points, with their active counts; then everything in date order.
    let mut all: Vec<SizePoint> = totals
        .iter()
        .map(|p| {
            let active = actives
                .iter()
                .find(|a| a.milestone.id == p.milestone.id && a.label == p.label)
                .map(|a| (a.value, y.map(a.value)));
            let name = figure_name(p, lang);
            let title = p.milestone.title.get(lang);
            SizePoint {
                milestone: p.milestone,
                x: x.map(p.when),
                y: y.map(p.value),
                value: Some(p.value),
                active,
                name: name.to_string(),
                texts: vec![
                    title.to_string(),
                    format!(
                        "{}{} · {}",
                        size_words(
                            lang,
                            (name != title).then_some(name),
                            Some(p.value),
                            active.map(|a| a.0)
                        ),
                        if p.estimate {
                            format!(" ({})", s.estimate)
                        } else {
                            String::new()
                        },
                        format::date(lang, p.milestone.date())
                    ),
                ],
                labels: Vec::new(),
            }
        })
        .collect();
    all.extend(hidden.iter().zip(&hidden_x).map(|(m, &hx)| SizePoint {
        milestone: m,
        x: hx,
        y: whole.top - MARK_R - 6.0,
        value: None,
        active: None,
        name: m.title.get(lang).to_string(),
        texts: vec![
            m.title.get(lang).to_string(),
            format!(
                "{} · {}",
                size_words(lang, None, None, None),
                format::date(lang, m.date())
            ),
        ],
        labels: Vec::new(),
    }));
    let order_key = |p: &SizePoint| (year_fraction(p.milestone.date()), p.value.unwrap_or(0.0));
    all.sort_by(|a, b| {
        let (wa, va) = order_key(a);
        let (wb, vb) = order_key(b);
        wa.total_cmp(&wb)
            .then(va.total_cmp(&vb))
            .then(a.milestone.title.en.cmp(b.milestone.title.en))
    });

    // Labels: the note's milestones first, then the added ones, each in date order; at every width.
    let sized: Vec<usize> = (0..all.len()).filter(|&i| all[i].value.is_some()).collect();
    let mut by_priority = sized.clone();
    by_priority.sort_by_key(|&i| all[i].milestone.origin != Origin::Note);
    let mut obstacles: Vec<Area> = Vec::new();
    for &i in &sized {
        let p = &all[i];
        let dot = |cy: f64| Area {
            x: p.x.shift(-DOT_R - 1.0),
            y: cy - DOT_R - 1.0,
            w: 2.0 * DOT_R + 2.0,
            h: 2.0 * DOT_R + 2.0,
        };
        obstacles.push(dot(p.y));
        // The dashed line to an active count may run under a label: labels have a halo that masks it.
        obstacles.extend(p.active.map(|(_, ay)| dot(ay)));
    }
    // At the narrowest width a label is the name; wider, the name and count where there is room for both.
    for (k, &width) in WIDTHS.iter().enumerate() {
        let mut taken = obstacles.clone();
        for p in all.iter_mut() {
            p.labels.push(None);
        }
        for &i in &by_priority {
            let p = &all[i];
            let count = p.value.map(|v| format::count(lang, v)).unwrap_or_default();
            let mut texts = vec![p.name.clone()];
            if k > 0 && !p.name.contains(&count) {
                texts.insert(0, format!("{} {count}", p.name));
            }
            let label = texts.into_iter().find_map(|text| {
                let size = (text_width(&text, FONT), FONT * 1.3);
                place_label((p.x, p.y), size, LABEL_GAP, &taken, &plot, width).map(|a| (a, text))
            });
            taken.extend(label.as_ref().map(|l| l.0));
            all[i].labels[k] = label;
        }
    }

    // The bands: undisclosed sizes in rows where they crowd, the band's name on the first row when it is clear
    // of the marks there.
    let in_band: Vec<usize> = (0..all.len()).filter(|&i| all[i].value.is_none()).collect();
    let mark_area = |x: Across, y: f64| Area {
        x: x.shift(-MARK_R - 1.0),
        y: y - MARK_R - 1.0,
        w: 2.0 * MARK_R + 2.0,
        h: 2.0 * MARK_R + 2.0,
    };
    let bands = WIDTHS
        .iter()
        .map(|&width| {
            let xs: Vec<f64> = in_band.iter().map(|&i| all[i].x.at(width)).collect();
            let rows = swarm(&xs, MARK_GAP, MARK_ROWS);
            let name = text_area(s.undisclosed, Across::left(left), 10.0);
            let shares_row = in_band.iter().zip(&rows).all(|(&i, &row)| {
                name.apart(&mark_area(all[i].x, 10.0 + row as f64 * BAND_ROW), width)
            });
            let first = if shares_row { 10.0 } else { 28.0 };
            let marks: Vec<(usize, f64)> = in_band
                .iter()
                .zip(&rows)
                .map(|(&i, &row)| (i, first + row as f64 * BAND_ROW))
                .collect();
            let lowest = marks.iter().map(|m| m.1).fold(first, f64::max);
            Band {
                height: lowest + MARK_R + 5.0,
                label: (
                    Area {
                        y: if shares_row { name.y } else { 2.0 },
                        ..name
                    },
                    s.undisclosed.to_string(),
                ),
                marks,
            }
        })
        .collect();

    // Years: a tick at each start; labels centred on their year, every `step` years where they fit.
    let years = (domain.0 as i32)..(domain.1 as i32);
    let year_ticks = (domain.0 as i32..=domain.1 as i32)
        .map(|year| x.map(f64::from(year)))
        .collect();
    let year_labels = WIDTHS
        .iter()
        .map(|&width| {
            let per_year = x.map(domain.0 + 1.0).at(width) - x.map(domain.0).at(width);
            let widest = text_width("0000", FONT) + 8.0;
            let step = [1, 2, 3, 5, 10]
                .into_iter()
                .find(|&n| f64::from(n) * per_year >= widest)
                .unwrap_or(10);
            years
                .clone()
                .filter(|year| (year - domain.0 as i32) % step == 0)
                .map(|year| (x.map(f64::from(year) + 0.5), year.to_string()))
                .collect()
        })
        .collect();

    ScalingLayout {
        height: whole.bottom + 2.0,
        left,
        plot_top,
        plot_bottom,
        bands,
        value_ticks: value_ticks
            .into_iter()
            .map(|v| (y.map(v), format::count(lang, v)))
            .collect(),
        year_ticks,
        year_labels,
        points: all,
        plot,
        whole,
    }
}

/// A chart's data as a table: column headers and rows (the first cell of each names the row).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The scaling chart as a table: totals, then active counts, then undisclosed sizes, each in date order.
pub fn scaling_table(timeline: &Timeline, lang: Lang) -> Table {
    let s = i18n::strings(lang);
    let sized = points(timeline, Metric::Parameters)
        .into_iter()
        .map(|p| (p, s.total_params))
        .chain(
            points(timeline, Metric::ActiveParameters)
                .into_iter()
                .map(|p| (p, s.active_params)),
        );
    let mut rows: Vec<Vec<String>> = sized
        .map(|(p, kind)| {
            let estimate = if p.estimate {
                format!(" · {}", s.estimate)
            } else {
                String::new()
            };
            vec![
                figure_name(&p, lang).to_string(),
                format::date(lang, p.milestone.date()),
                format::count(lang, p.value),
                format!("{kind}{estimate}"),
            ]
        })
        .collect();
    rows.extend(undisclosed_size(timeline).iter().map(|m| {
        vec![
            m.title.get(lang).to_string(),
            format::date(lang, m.date()),
            "—".into(),
            s.undisclosed.into(),
        ]
    }));
    Table {
        headers: [s.col_model, s.col_date, s.col_value, s.col_note]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

/// The ImageNet chart's bars: oldest first; within a year the worse result first, so the fall reads top to
/// bottom.
pub fn imagenet_bars(timeline: &Timeline) -> Vec<Point> {
    let mut bars = points(timeline, Metric::ImagenetTop5Error);
    bars.sort_by(|a, b| a.when.total_cmp(&b.when).then(b.value.total_cmp(&a.value)));
    bars
}

/// A bar's name: "AlexNet (2012)".
pub fn bar_name(p: &Point, lang: Lang) -> String {
    format!("{} ({})", figure_name(p, lang), p.milestone.date().year)
}

/// A bar's value: "15.3%".
pub fn bar_value(p: &Point) -> String {
    format!("{}%", format::number(p.value))
}

/// What a bar's tooltip says besides its name: the milestone, its date.
pub fn bar_detail(p: &Point, lang: Lang) -> String {
    format!(
        "{} · {}",
        p.milestone.title.get(lang),
        format::date(lang, p.milestone.date())
    )
}

/// The ImageNet chart as a table, in the bars' order.
pub fn imagenet_table(timeline: &Timeline, lang: Lang) -> Table {
    let s = i18n::strings(lang);
    Table {
        headers: [s.col_model, s.col_date, s.col_value]
            .map(String::from)
            .to_vec(),
        rows: imagenet_bars(timeline)
            .iter()
            .map(|p| {
                vec![
                    bar_name(p, lang),
                    format::date(lang, p.milestone.date()),
                    bar_value(p),
                ]
            })
            .collect(),
    }
}
