//! Placing things in a drawing that stretches: positions across, areas, labels that never overlap, tooltips,
//! and keyboard steps between points.
use super::*;
use crate::format::Decimal;

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
        format!("{}%", Decimal(self.frac * 100.0, 3))
    }

    /// SVG's `transform` that adds the px part.
    pub fn shift_by(self) -> String {
        format!("translate({} 0)", Decimal(self.px, 1))
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
pub(super) const TIP_LINE: f64 = 17.0;
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
        lines.extend(
            text::wrap(text, size, bold, room)
                .into_iter()
                .map(|l| (l, bold)),
        );
    }
    let w = lines
        .iter()
        .map(|(l, bold)| {
            if *bold {
                text::width(l, TIP_TITLE, true)
            } else {
                text::width(l, TIP_TEXT, false)
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
