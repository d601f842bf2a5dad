//! The scaling chart's drawing as markup: the bands of undisclosed sizes, the plot and the links that stand for
//! its points, one string that the page inserts whole (the browser parses it in one step, where building its
//! thousand elements one call at a time took a phone 100 ms) and the page rendered at build time holds as is.
//! The points' state as it is when the markup is written comes in [`PointsNow`]; the page keeps it from there
//! (`data-i` on what acts as a point, `data-for` on what only dims with it). Pure.

use std::fmt::Write;

use super::{baseline, Across, ScalingLayout, SizePoint, Tip, DOT_R, MARK_R, TIP_PAD, WIDTHS};
use crate::format::Decimal;
use crate::html::escape;
use crate::model::Timeline;

/// The points' state when the markup is written, by point index.
pub struct PointsNow<'a> {
    pub dimmed: &'a [bool],
    /// The point that holds the chart's tab stop.
    pub stop: usize,
    /// Each point's link to its milestone.
    pub hrefs: &'a [String],
    /// Each point's link's id.
    pub ids: &'a [String],
}

impl PointsNow<'_> {
    fn dimmed(&self, i: usize) -> &'static str {
        match self.dimmed.get(i) {
            Some(true) => " is-dimmed",
            _ => "",
        }
    }
}

/// The drawing's strings that are not the data's.
pub struct DrawingText<'a> {
    /// What the list of the points' links is called.
    pub points_label: &'a str,
    /// The id of the chart's title (the plot's name).
    pub title_id: &'a str,
}

/// A length for an SVG attribute, to a tenth of a px (shorter markup; nothing moves by more than 0.05 px).
pub fn tenth(v: f64) -> Decimal {
    Decimal(v, 1)
}

/// The bands, the plot (with an empty slot for the tooltip, `.chart__tip-slot`) and the points' links.
pub fn scaling_markup(
    l: &ScalingLayout,
    t: &Timeline,
    text: &DrawingText,
    now: &PointsNow,
) -> String {
    let mut out = String::with_capacity(48 * 1024);
    for (k, band) in l.bands.iter().enumerate() {
        let (name, label) = &band.label;
        let line = tenth(band.height - 1.0);
        let _ = write!(
            out,
            r#"<svg class="scaling-chart__band chart__at-{k}" width="100%" height="{}" aria-hidden="true"><text class="scaling-chart__band-name" x="{}" y="{}">{}</text><line class="scaling-chart__band-line" x1="{}" x2="100%" y1="{line}" y2="{line}"></line>"#,
            tenth(band.height),
            tenth(name.x.px),
            tenth(baseline(name)),
            escape(label),
            tenth(l.left),
        );
        for &(i, y) in &band.marks {
            mark(&mut out, &l.points[i], i, y, now);
        }
        out.push_str("</svg>");
    }
    plot(&mut out, l, t, text, now);
    let _ = write!(
        out,
        r#"<ol class="visually-hidden" aria-label="{}">"#,
        escape(text.points_label)
    );
    for (i, p) in l.points.iter().enumerate() {
        let _ = write!(
            out,
            r#"<li><a class="{}" id="{}" href="{}" tabindex="{}" data-i="{i}">{}</a></li>"#,
            now.dimmed(i).trim_start(),
            now.ids[i],
            escape(&now.hrefs[i]),
            if now.stop == i { "0" } else { "-1" },
            escape(&p.texts.join(" · ")),
        );
    }
    out.push_str("</ol>");
    out
}

/// The plot: value grid and ticks, the axis, year ticks and labels, the sized points, their labels.
fn plot(out: &mut String, l: &ScalingLayout, t: &Timeline, text: &DrawingText, now: &PointsNow) {
    let axis = l.plot_bottom;
    let _ = write!(
        out,
        r#"<svg class="scaling-chart__plot" width="100%" height="{}" role="img" aria-labelledby="{}">"#,
        tenth(l.height),
        escape(text.title_id),
    );
    for (y, tick) in &l.value_ticks {
        let _ = write!(
            out,
            r#"<line class="scaling-chart__grid" x1="{left}" x2="100%" y1="{y}" y2="{y}"></line><text class="scaling-chart__tick" x="{}" y="{}" text-anchor="end">{}</text>"#,
            tenth(l.left - 6.0),
            tenth(y + 4.0),
            escape(tick),
            left = tenth(l.left),
            y = tenth(*y),
        );
    }
    let _ = write!(
        out,
        r#"<line class="scaling-chart__axis" x1="{}" x2="100%" y1="{a}" y2="{a}"></line>"#,
        tenth(l.left),
        a = tenth(axis),
    );
    for x in &l.year_ticks {
        let _ = write!(
            out,
            r#"<line class="scaling-chart__year-tick" x1="{p}" x2="{p}" y1="{}" y2="{}" transform="{}"></line>"#,
            tenth(axis),
            tenth(axis + 5.0),
            x.shift_by(),
            p = x.percent(),
        );
    }
    for (k, labels) in l.year_labels.iter().enumerate() {
        let _ = write!(out, r#"<g class="chart__at-{k}">"#);
        for (x, year) in labels {
            let _ = write!(
                out,
                r#"<text class="scaling-chart__tick" x="{}" y="{}" transform="{}" text-anchor="middle">{}</text>"#,
                x.percent(),
                tenth(axis + 18.0),
                x.shift_by(),
                escape(year),
            );
        }
        out.push_str("</g>");
    }
    for (i, p) in l.points.iter().enumerate() {
        if p.value.is_some() {
            dot(out, p, i, t, now);
        }
    }
    for k in 0..WIDTHS.len() {
        let _ = write!(out, r#"<g class="chart__at-{k}">"#);
        for (i, p) in l.points.iter().enumerate() {
            if let Some((area, label)) = &p.labels[k] {
                let _ = write!(
                    out,
                    r#"<text class="scaling-chart__label{}" data-for="{i}" x="{}" y="{}" transform="{}">{}</text>"#,
                    now.dimmed(i),
                    area.x.percent(),
                    tenth(baseline(area)),
                    area.x.shift_by(),
                    escape(label),
                );
            }
        }
        out.push_str("</g>");
    }
    out.push_str(r#"<g class="chart__tip-slot"></g></svg>"#);
}

/// A sized point: its dot (and a mixture of experts' active count, hollow, joined to it), with a larger
/// invisible target around each.
fn dot(out: &mut String, p: &SizePoint, i: usize, t: &Timeline, now: &PointsNow) {
    let cx = p.x.percent();
    let class = format!(
        "scaling-chart__point era-accent-{}",
        t.era_number(p.milestone.era)
    );
    open_point(out, p.x, &class, p.milestone.id, i, now);
    if let Some((_, ay)) = p.active {
        let _ = write!(
            out,
            r#"<line class="scaling-chart__pair" x1="{cx}" x2="{cx}" y1="{}" y2="{ay}"></line><circle class="scaling-chart__hit" cx="{cx}" cy="{ay}" r="9"></circle><circle class="scaling-chart__active" cx="{cx}" cy="{ay}" r="{}"></circle>"#,
            tenth(p.y),
            tenth(DOT_R - 0.75),
            ay = tenth(ay),
        );
    }
    let _ = write!(
        out,
        r#"<circle class="scaling-chart__hit" cx="{cx}" cy="{y}" r="10"></circle><circle class="scaling-chart__dot" cx="{cx}" cy="{y}" r="{}"></circle></g>"#,
        tenth(DOT_R),
        y = tenth(p.y),
    );
}

/// An undisclosed size: a diamond in the band, at its date.
fn mark(out: &mut String, p: &SizePoint, i: usize, y: f64, now: &PointsNow) {
    let side = MARK_R * std::f64::consts::SQRT_2;
    open_point(out, p.x, "scaling-chart__mark", p.milestone.id, i, now);
    let _ = write!(
        out,
        r#"<circle class="scaling-chart__hit" cx="{x}" cy="{}" r="6"></circle><rect class="scaling-chart__diamond" x="{x}" y="{}" width="{s}" height="{s}"></rect></g>"#,
        tenth(y),
        tenth(y - side / 2.0),
        x = p.x.percent(),
        s = tenth(side),
    );
}

/// The group of point `i`, which takes the pointer (`data-i`) and shows whether it is dimmed, shown or focused.
fn open_point(out: &mut String, x: Across, class: &str, id: &str, i: usize, now: &PointsNow) {
    let _ = write!(
        out,
        r#"<g class="{class}{}" transform="{}" data-id="{}" data-i="{i}">"#,
        now.dimmed(i),
        x.shift_by(),
        escape(id),
    );
}

/// The tooltip of a point (`tapped`: the reader tapped it once; a tap on the tooltip follows it), for the
/// plot's tooltip slot; `data-tip` says whose it is.
pub fn tip_markup(tip: &Tip, i: usize, tapped: bool) -> String {
    let area = tip.area;
    let x = area.x.percent();
    let mut out = format!(
        r#"<g class="chart__tip{}" transform="{}" data-tip="{i}"><rect x="{x}" y="{}" width="{}" height="{}" rx="6"></rect>"#,
        if tapped { " is-tapped" } else { "" },
        area.x.shift_by(),
        tenth(area.y),
        tenth(area.w),
        tenth(area.h),
    );
    for line in &tip.lines {
        let _ = write!(
            out,
            r#"<text x="{x}" dx="{}" y="{}"{}>{}</text>"#,
            tenth(TIP_PAD),
            tenth(line.baseline),
            if line.title {
                r#" class="is-title""#
            } else {
                ""
            },
            escape(&line.text),
        );
    }
    out.push_str("</g>");
    out
}
