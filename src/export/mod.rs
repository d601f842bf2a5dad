//! The shown milestones as downloadable data, generated from the compiled data: CSV ([`csv`]) and JSON
//! ([`json`]), both languages side by side; the citation of a view and the file name it downloads as. Pure and
//! natively tested.

mod csv;
mod json;

pub use csv::{cell as csv_cell, to_csv};
pub use json::to_json;

use crate::model::{Lang, Timeline};
use crate::url_state;
use crate::view::View;

/// The whole record as files written at build time into each language's page folder: (format, file name).
pub const RECORD_FILES: [(&str, &str); 2] = [
    ("CSV", "ai-timeline-all.csv"),
    ("JSON", "ai-timeline-all.json"),
];

/// The files of `RECORD_FILES` for `lang`'s page: every milestone, cited in `lang` (title and review date: the
/// files do not know where they are hosted). The same functions as the app's downloads.
pub fn record_files(timeline: &Timeline, lang: Lang) -> [(&'static str, String); 2] {
    let all: Vec<_> = timeline.milestones.iter().collect();
    let cited = citation(timeline, lang, "", "");
    let view = View::new(lang);
    [
        (RECORD_FILES[0].1, to_csv(timeline, &all, &cited)),
        (
            RECORD_FILES[1].1,
            to_json(timeline, &all, &cited, &url_state::to_query(&view)),
        ),
    ]
}

/// The citation as a BibTeX entry (`@misc`, for biblatex and BibTeX alike): title in `lang`, the review date as
/// a note and its year, the address of the view and the date of access where known (the page as rendered at
/// build time knows neither).
pub fn bibtex(timeline: &Timeline, lang: Lang, url: &str, accessed: &str) -> String {
    let reviewed = timeline.meta.reviewed;
    let note = match lang {
        Lang::Zh => format!("紀錄查證於{reviewed}"),
        Lang::En => format!("Record reviewed {reviewed}"),
    };
    // Braces in a value would end it early; nothing else in these fields needs escaping.
    let value = |text: &str| text.replace(['{', '}'], "");
    let mut fields = vec![
        ("title", value(timeline.meta.title.get(lang))),
        ("year", reviewed.year.to_string()),
        ("note", note),
        ("language", lang.tag().to_string()),
    ];
    if !url.is_empty() {
        fields.push(("url", value(url)));
    }
    if !accessed.is_empty() {
        fields.push(("urldate", value(accessed)));
    }
    let body: String = fields
        .iter()
        .map(|(name, v)| format!("  {name} = {{{v}}},\n"))
        .collect();
    format!("@misc{{ai-timeline-{},\n{body}}}\n", reviewed.year)
}

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
