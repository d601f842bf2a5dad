//! The data behind the charts: a metric's values as points, the models whose size was not disclosed, and a
//! chart's data as a table.
use super::*;

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
    crate::order::sort_by(&mut out, |a, b| {
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
    crate::order::sort_by_key(&mut out, |m| (m.date(), m.title.en));
    out.dedup_by(|a, b| (a.date(), a.title) == (b.date(), b.title));
    out
}

/// A chart's data as a table: column headers and rows (the first cell of each names the row).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table's content as markup (a caption, the headers, a row each; text escaped), for a `<table>`: the
    /// page inserts it whole, one parse instead of an element at a time.
    pub fn markup(&self, caption: &str) -> String {
        use std::fmt::Write;
        let esc = crate::html::escape;
        let mut out = format!("<caption>{}</caption><thead><tr>", esc(caption));
        for h in &self.headers {
            let _ = write!(out, r#"<th scope="col">{}</th>"#, esc(h));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            let mut cells = row.iter();
            let first = cells.next().map(String::as_str).unwrap_or_default();
            let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, esc(first));
            for c in cells {
                let _ = write!(out, "<td>{}</td>", esc(c));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
        out
    }
}
