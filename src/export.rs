//! The visible milestones as downloadable data: CSV (UTF-8 with BOM, so spreadsheets read the Chinese) and JSON,
//! both languages side by side, generated from the compiled data. Pure and natively tested.

use crate::format;
use crate::model::{Lang, Milestone, Text, Timeline};

/// How to cite the page: title, the day the record was reviewed, address, date of access.
pub fn citation(timeline: &Timeline, lang: Lang, url: &str, accessed: &str) -> String {
    let title = timeline.meta.title.get(lang);
    let reviewed = timeline.meta.reviewed;
    match lang {
        Lang::Zh => format!("《{title}》（紀錄查證於{reviewed}），{url}（{accessed}擷取）。"),
        Lang::En => format!("“{title}” (record reviewed {reviewed}). {url} (accessed {accessed})."),
    }
}

const CSV_COLUMNS: [&str; 21] = [
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
    "figures_en",
    "sources",
    "builds_on",
    "correction_verdict",
    "correction_zh",
    "correction_en",
    "record_reviewed",
];

/// CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark, one row per milestone.
pub fn to_csv(timeline: &Timeline, milestones: &[&Milestone]) -> String {
    let reviewed = timeline.meta.reviewed.iso();
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for m in milestones {
        let primary = &m.dates[0];
        let correction = |lang: Lang| {
            m.correction.as_ref().map_or(String::new(), |c| {
                format!("{} / {}", c.note.get(lang), c.record.get(lang))
            })
        };
        let cells = [
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
            figures(m, Lang::En).join("; "),
            m.sources
                .iter()
                .map(|s| s.url)
                .collect::<Vec<_>>()
                .join(" "),
            m.builds_on.join("; "),
            m.correction
                .as_ref()
                .map_or("", |c| c.verdict.id())
                .to_string(),
            correction(Lang::Zh),
            correction(Lang::En),
            reviewed.clone(),
        ];
        let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// JSON: `{ title, citation, filter, count, milestones: [...] }`, every text as `{ zh, en }`.
pub fn to_json(
    timeline: &Timeline,
    milestones: &[&Milestone],
    citation: &str,
    filter: &str,
) -> String {
    let mut out = String::from("{\n");
    out.push_str(&format!("  \"title\": {},\n", text(&timeline.meta.title)));
    out.push_str(&format!("  \"citation\": {},\n", string(citation)));
    let reviewed = timeline.meta.reviewed.iso();
    out.push_str(&format!("  \"reviewed\": {},\n", string(&reviewed)));
    out.push_str(&format!("  \"filter\": {},\n", string(filter)));
    out.push_str(&format!("  \"count\": {},\n", milestones.len()));
    out.push_str("  \"milestones\": [");
    for (i, m) in milestones.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&milestone(m));
    }
    out.push_str("\n  ]\n}\n");
    out
}

fn milestone(m: &Milestone) -> String {
    let dates: Vec<String> = m
        .dates
        .iter()
        .map(|d| {
            let what = d.what.as_ref().map_or("null".to_string(), text);
            format!(
                "{{\"date\": {}, \"marks\": {}, \"what\": {what}}}",
                string(&d.date.iso()),
                string(format::date_mark(Lang::En, d.marks))
            )
        })
        .collect();
    let figures: Vec<String> = m
        .figures
        .iter()
        .map(|f| {
            format!(
                "{{\"value\": {}, \"display\": {}, \"measure\": {}, \"estimate\": {}, \"secondary\": {}, \"basis\": {}}}",
                f.value,
                string(&format::figure_value(Lang::En, f)),
                text(&f.measure),
                f.estimate,
                f.secondary,
                f.basis.as_ref().map_or("null".to_string(), text)
            )
        })
        .collect();
    let sources: Vec<String> = m
        .sources
        .iter()
        .map(|s| {
            format!(
                "{{\"url\": {}, \"label\": {}}}",
                string(s.url),
                string(s.label)
            )
        })
        .collect();
    let correction = m.correction.as_ref().map_or("null".to_string(), |c| {
        format!(
            "{{\"verdict\": {}, \"note\": {}, \"record\": {}}}",
            string(c.verdict.id()),
            text(&c.note),
            text(&c.record)
        )
    });
    format!(
        "    {{\"id\": {}, \"era\": {}, \"note_year\": {}, \"origin\": {}, \"title\": {}, \"who\": {}, \"text\": {}, \
         \"dates\": [{}], \"venue\": {}, \"sources\": [{}], \"figures\": [{}], \"tags\": [{}], \"builds_on\": [{}], \
         \"correction\": {}}}",
        string(m.id),
        string(m.era),
        string(&m.years()),
        string(m.origin.id()),
        text(&m.title),
        text(&m.who),
        text(&m.text),
        dates.join(", "),
        m.venue.map_or("null".to_string(), string),
        sources.join(", "),
        figures.join(", "),
        m.tags.iter().map(|t| string(t)).collect::<Vec<_>>().join(", "),
        m.builds_on.iter().map(|t| string(t)).collect::<Vec<_>>().join(", "),
        correction
    )
}

/// Figures as "15.3% ImageNet top-5 test error".
pub fn figures(m: &Milestone, lang: Lang) -> Vec<String> {
    m.figures
        .iter()
        .map(|f| format!("{} {}", format::figure_value(lang, f), f.measure.get(lang)))
        .collect()
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_cell(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

fn text(t: &Text) -> String {
    format!("{{\"zh\": {}, \"en\": {}}}", string(t.zh), string(t.en))
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
