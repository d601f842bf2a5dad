//! The time axis's decisions, pure and natively tested: marks in date order and their rows, the years as groups
//! (the phone layout), which control holds the axis's one tab stop and where arrow keys move it, and whether a
//! tap previews or follows. The components in `components::time_axis` and `components::year_grid` only render
//! what these decide.

use crate::chart::{stack, year_fraction, Rect};
use crate::model::{Date, Era, Milestone};
use crate::text;

/// Indices of `dates` (milestones' primary verified dates) in the order the axis draws them, left to right
/// (an unknown month or day counts as the middle of its period, as on the axis); equal dates keep their order.
pub fn date_order(dates: &[Date]) -> Vec<usize> {
    let at: Vec<f64> = dates.iter().map(|&d| year_fraction(d)).collect();
    ascending(&at)
}

/// Indices of `values` in increasing order; equal values keep their order.
fn ascending(values: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| values[a].total_cmp(&values[b]));
    order
}

/// The row of each mark at `xs` (any order), so that marks closer than `gap` never share a row: stacked in x
/// order (see `chart::stack`).
pub fn mark_rows(xs: &[f64], gap: f64) -> Vec<usize> {
    let order = ascending(xs);
    let sorted: Vec<f64> = order.iter().map(|&i| xs[i]).collect();
    let mut rows = vec![0; xs.len()];
    for (row, &i) in stack(&sorted, gap).into_iter().zip(&order) {
        rows[i] = row;
    }
    rows
}

/// A year of the timeline and its milestones (indices into the milestones, in date order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    pub year: u16,
    /// Position of the era the year falls in, from 1 (its accent colour); 0 when no era covers it.
    pub era: usize,
    pub members: Vec<usize>,
}

/// Every year `first..=last`, each with its era and the milestones whose primary verified date (`dates`) falls in
/// it (as `chart::per_year` counts them). Years without milestones are kept, so the grid has no gaps.
pub fn year_groups(dates: &[Date], eras: &[Era], first: u16, last: u16) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = (first..=last.max(first))
        .map(|year| YearGroup {
            year,
            era: eras
                .iter()
                .position(|e| (e.start..=e.end).contains(&year))
                .map_or(0, |i| i + 1),
            members: Vec::new(),
        })
        .collect();
    for i in date_order(dates) {
        let year = dates[i].year;
        if (first..=last).contains(&year) {
            groups[usize::from(year - first)].members.push(i);
        }
    }
    groups
}

/// How a group of controls is laid out, for arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Left/Right (marks, bands, era buttons).
    Row,
    /// Up/Down (a list).
    Column,
    /// Left/Right by one, Up/Down by a row of this many (the year grid).
    Grid(usize),
}

/// Where a key moves focus among `len` controls from `at`: `None` when the key is not one of the group's (the
/// page keeps it). At an end the focus stays (`Some(at)`), so the key still does not scroll the page.
pub fn rove(key: &str, at: usize, len: usize, layout: Layout) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let at = at.min(last);
    let (back, forward) = match layout {
        Layout::Row => (key == "ArrowLeft", key == "ArrowRight"),
        Layout::Column => (key == "ArrowUp", key == "ArrowDown"),
        Layout::Grid(_) => (key == "ArrowLeft", key == "ArrowRight"),
    };
    match key {
        "Home" => Some(0),
        "End" => Some(last),
        _ if back => Some(at.saturating_sub(1)),
        _ if forward => Some((at + 1).min(last)),
        "ArrowUp" | "ArrowDown" => match layout {
            Layout::Grid(columns) if columns > 0 => Some(if key == "ArrowUp" {
                at.checked_sub(columns).unwrap_or(at)
            } else if at + columns <= last {
                at + columns
            } else {
                at
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Which control of a group holds its one tab stop: the one focus last moved to, while the choice it was made
/// under (`chosen`: the selected milestone, the pressed era, the open year) is still the same; otherwise the
/// chosen one; otherwise `fallback`.
pub fn tab_stop<K: PartialEq>(
    cursor: Option<(usize, K)>,
    chosen: K,
    chosen_at: Option<usize>,
    fallback: usize,
) -> usize {
    match cursor {
        Some((at, under)) if under == chosen => at,
        _ => chosen_at.unwrap_or(fallback),
    }
}

/// A control's `tabindex` in a group with one tab stop: "0" for the stop, "-1" for the rest (reached by arrows).
pub fn tab_index(stop: bool) -> &'static str {
    if stop {
        "0"
    } else {
        "-1"
    }
}

/// What a tap or click on a mark does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tap {
    /// Show its name and date first (a touch, the first time).
    Preview,
    /// Go to the milestone.
    Follow,
}

/// A touch previews first; a second touch on the same mark (`previewed`), a mouse, pen or key follows at once.
pub fn tap(touch: bool, previewed: bool) -> Tap {
    if touch && !previewed {
        Tap::Preview
    } else {
        Tap::Follow
    }
}

/// The tooltip's box for `text` above a mark at (`x`, `y`): centred on it, kept inside `0..width`, `height`
/// tall, its bottom `gap` above the mark's centre.
pub fn tip_box(text: &str, x: f64, y: f64, width: f64, height: f64, gap: f64) -> Rect {
    const SIZE: f64 = 12.0;
    const PAD: f64 = 7.0;
    let w = (text::width(text, SIZE, false) + 2.0 * PAD).min(width);
    Rect {
        // `min` then `max`, not `clamp`: the same here (w <= width), and no panic message that formats floats.
        x: (x - w / 2.0).min(width - w).max(0.0),
        y: y - gap - height,
        w,
        h: height,
    }
}

/// The primary verified dates of `milestones`, for the functions above.
pub fn dates(milestones: &[Milestone]) -> Vec<Date> {
    milestones.iter().map(Milestone::date).collect()
}

/// A class attribute: `base`, then each name whose flag is set (e.g. "axis__mark era-accent-2 is-selected").
pub fn classes(base: &str, flags: &[(&str, bool)]) -> String {
    let mut out = base.to_string();
    for &(name, on) in flags {
        if on {
            out.push(' ');
            out.push_str(name);
        }
    }
    out
}
