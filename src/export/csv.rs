//! The shown milestones as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte order mark so spreadsheets read the
//! Chinese): one row per milestone, both languages side by side, each figure as numbers (value, unit) with its
//! measure in both languages, each source in its own columns.

use crate::format;
use crate::model::{Lang, Milestone, Timeline};

const COLUMNS: [&str; 20] = [
    "id",
    "era",
    "note_year",
    "date",
    "date_marks",
    "origin",
    "title_zh",
    "title_en",
    "who_zh",
    "who_en",
    "text_zh",
    "text_en",
    "venue",
    "tags",
    "builds_on",
    "correction_verdict",
    "correction_zh",
    "correction_en",
    "record_reviewed",
    "citation",
];

/// The header: the fixed columns, then as many figure and source columns as the timeline's milestones need at
/// most (so a file's columns do not depend on the view).
fn header(timeline: &Timeline) -> Vec<String> {
    let figures = timeline
        .milestones
        .iter()
        .map(|m| m.figures.len())
        .max()
        .unwrap_or(0);
    let sources = timeline
        .milestones
        .iter()
        .map(|m| m.sources.len())
        .max()
        .unwrap_or(0);
    let mut columns: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for i in 1..=figures {
        for part in ["value", "unit", "estimate", "measure_zh", "measure_en"] {
            columns.push(format!("figure_{i}_{part}"));
        }
    }
    for i in 1..=sources {
        columns.push(format!("source_{i}_url"));
        columns.push(format!("source_{i}_label"));
    }
    columns
}

/// The CSV of `milestones` (of `timeline`), each row carrying the citation of the view they were taken from.
pub fn to_csv(timeline: &Timeline, milestones: &[&Milestone], citation: &str) -> String {
    let reviewed = timeline.meta.reviewed.iso();
    let header = header(timeline);
    let mut out = String::from("\u{feff}");
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for m in milestones {
        let primary = &m.dates[0];
        let correction = |lang: Lang| {
            m.correction.as_ref().map_or(String::new(), |c| {
                format!("{} / {}", c.note.get(lang), c.record.get(lang))
            })
        };
        let mut cells: Vec<String> = vec![
            m.id.to_string(),
            m.era.to_string(),
            m.years(),
            primary.date.iso(),
            format::date_mark(Lang::En, primary.marks).to_string(),
            m.origin.id().to_string(),
            m.title.zh.to_string(),
            m.title.en.to_string(),
            m.who.zh.to_string(),
            m.who.en.to_string(),
            m.text.zh.to_string(),
            m.text.en.to_string(),
            m.venue.unwrap_or_default().to_string(),
            m.tags.join("; "),
            m.builds_on.join("; "),
            m.correction
                .as_ref()
                .map_or("", |c| c.verdict.id())
                .to_string(),
            correction(Lang::Zh),
            correction(Lang::En),
            reviewed.clone(),
            citation.to_string(),
        ];
        for f in m.figures {
            cells.extend([
                format::number_plain(f.value),
                f.unit.id().to_string(),
                f.estimate.to_string(),
                f.measure.zh.to_string(),
                f.measure.en.to_string(),
            ]);
        }
        cells.resize(header.len() - source_columns(&header), String::new());
        for s in m.sources {
            cells.extend([s.url.to_string(), s.label.to_string()]);
        }
        cells.resize(header.len(), String::new());
        let row: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

fn source_columns(header: &[String]) -> usize {
    header.iter().filter(|c| c.starts_with("source_")).count()
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn cell(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}
