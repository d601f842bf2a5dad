//! The scaling chart's sizes, types and words, and its table.
use super::*;

/// The widths (px) the scaling chart's labels and year ticks are laid out for, narrowest first. Each set shows
/// from its width up to the next one's (container queries in `style/components/chart-frame.css`, kept in step by
/// a test); the first is the drawing's width on a 360 px phone.
pub const WIDTHS: [f64; 3] = [320.0, 640.0, 960.0];

/// The size of the chart's text (px): labels, ticks, the band's name.
pub const FONT: f64 = 12.0;
/// A point's radius (px); its label keeps [`LABEL_GAP`] from its centre.
pub const DOT_R: f64 = 5.0;
pub(super) const LABEL_GAP: f64 = 9.0;
/// Half the diagonal of an undisclosed size's diamond (px).
pub const MARK_R: f64 = 4.0;
/// Undisclosed sizes closer than this (px) go on separate rows of their band, of which there are at most
/// `MARK_ROWS`.
pub(super) const MARK_GAP: f64 = 9.0;
pub(super) const MARK_ROWS: usize = 6;
/// Height of the plot, of a row of the band, and the space from the plot to the right edge (px).
pub(super) const PLOT_H: f64 = 340.0;
pub(super) const BAND_ROW: f64 = 10.0;
pub(super) const RIGHT_PAD: f64 = 14.0;

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
pub(super) fn text_area(text: &str, x: Across, y: f64) -> Area {
    Area {
        x,
        y: y - FONT * 0.65,
        w: text::width(text, FONT, false),
        h: FONT * 1.3,
    }
}

/// The baseline of text in a box made by [`text_area`] or [`place_labels`] with height `FONT * 1.3`.
pub fn baseline(area: &Area) -> f64 {
    area.y + FONT
}

/// The figure's name on the chart (its chart label, else the milestone's title).
pub(super) fn figure_name(p: &Point, lang: Lang) -> &'static str {
    p.label.map_or(p.milestone.title.get(lang), |l| l.get(lang))
}

/// A point's figure in words: "Llama 4 Maverick: 400B total, 17B active".
pub(super) fn size_words(
    lang: Lang,
    name: Option<&str>,
    total: Option<f64>,
    active: Option<f64>,
) -> String {
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
