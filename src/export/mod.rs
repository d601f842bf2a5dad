//! The shown milestones as downloadable data, generated from the compiled data: CSV ([`csv`]) and JSON
//! ([`json`]), both languages side by side; the citation of a view and the file name it downloads as. Pure and
//! natively tested.

mod csv;
mod json;

pub use csv::{cell as csv_cell, to_csv};
pub use json::to_json;

use crate::model::{Lang, Timeline};
use crate::state::View;
use crate::url_state;

/// How to cite the page: title, the day the record was reviewed, address, date of access. Without a date of
/// access (the page as rendered at build time, which does not know where it is read), title and review only.
pub fn citation(timeline: &Timeline, lang: Lang, url: &str, accessed: &str) -> String {
    let title = timeline.meta.title.get(lang);
    let reviewed = timeline.meta.reviewed;
    match (lang, accessed.is_empty()) {
        (Lang::Zh, false) => {
            format!("《{title}》（紀錄查證於{reviewed}），{url}（{accessed}擷取）。")
        }
        (Lang::En, false) => {
            format!("“{title}” (record reviewed {reviewed}). {url} (accessed {accessed}).")
        }
        (Lang::Zh, true) => format!("《{title}》（紀錄查證於{reviewed}）。"),
        (Lang::En, true) => format!("“{title}” (record reviewed {reviewed})."),
    }
}

/// The name a download of `view` is saved under, without extension: "ai-timeline" followed by the view's filters
/// ("ai-timeline-era-scaling-only-note"), or "ai-timeline-all" for everything. Letters and digits of any script
/// are kept, anything else becomes "-".
pub fn file_stem(view: &View) -> String {
    let filters = View {
        selected: None,
        ..view.clone()
    };
    let query = url_state::to_query(&filters);
    let parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.starts_with("lang="))
        .map(|p| {
            let decoded = url_state::decode(p);
            let kept: String = decoded
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '-' })
                .collect();
            kept.split('-')
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    if parts.is_empty() {
        "ai-timeline-all".to_string()
    } else {
        format!("ai-timeline-{}", parts.join("-"))
    }
}

/// A JSON string literal.
pub fn string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
