//! The shown milestones as JSON: every text as `{ zh, en }`, figures as numbers with their unit.

use super::string;
use crate::format;
use crate::model::{Lang, Milestone, Text, Timeline};

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
                "{{\"value\": {}, \"unit\": {}, \"display\": {}, \"measure\": {}, \"estimate\": {}, \"secondary\": {}, \"basis\": {}}}",
                format::number_plain(f.value),
                string(f.unit.id()),
                pair(
                    &format::figure_value(Lang::Zh, f),
                    &format::figure_value(Lang::En, f)
                ),
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

fn text(t: &Text) -> String {
    pair(t.zh, t.en)
}

fn pair(zh: &str, en: &str) -> String {
    format!("{{\"zh\": {}, \"en\": {}}}", string(zh), string(en))
}
