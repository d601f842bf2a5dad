//! CSV and JSON downloads: well formed, complete, and matching the filtered list.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::export::{bibtex, citation, csv_cell, string, to_csv, to_json};
mod common;

use ai_timeline::filter::Filter;
use ai_timeline::model::Lang;
use common::FIXTURE as T;

/// A small RFC 4180 reader, enough to check what spreadsheets will see.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_starts_with_a_bom_and_has_one_row_per_milestone() {
    let visible = Filter {
        era: Some("middle"),
        ..Filter::default()
    }
    .apply(&T);
    let csv = to_csv(&T, &visible, "CITE");
    assert!(csv.starts_with('\u{feff}'));
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), visible.len() + 1);
    let header = &rows[0];
    assert_eq!(header[0], "id");
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, visible.iter().map(|m| m.id).collect::<Vec<_>>());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let attention = rows.iter().find(|r| r[0] == "attention").unwrap();
    assert_eq!(attention[col("text_zh")], "將注意力機制引入翻譯");
    assert_eq!(attention[col("date")], "2014-09-01");
    assert_eq!(attention[col("correction_verdict")], "imprecise");
    assert!(attention[col("correction_en")].contains("September 2014"));
    assert_eq!(attention[col("origin")], "note");
    assert_eq!(attention[col("record_reviewed")], "2025-12-01");
    assert_eq!(attention[col("citation")], "CITE");
}

#[test]
fn csv_gives_figures_as_numbers_and_sources_one_per_column() {
    let all: Vec<_> = T.milestones.iter().collect();
    let rows = parse_csv(to_csv(&T, &all, "").trim_start_matches('\u{feff}'));
    let header = &rows[0];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    // As many figure and source columns as the most any milestone has (two figures; one source each).
    assert!(header.iter().any(|h| h == "figure_2_measure_en"));
    assert!(!header.iter().any(|h| h == "figure_3_value"));
    assert_eq!(
        header.iter().filter(|h| h.starts_with("source_")).count(),
        2
    );
    let big = rows.iter().find(|r| r[0] == "big-model").unwrap();
    assert_eq!(big[col("figure_1_value")], "175000000000");
    assert_eq!(big[col("figure_1_unit")], "count");
    assert_eq!(big[col("figure_1_estimate")], "false");
    assert_eq!(big[col("figure_1_measure_en")], "parameters");
    assert_eq!(big[col("figure_1_measure_zh")], "數值");
    assert_eq!(big[col("figure_2_estimate")], "true");
    assert_eq!(big[col("source_1_url")], "https://example.org/paper");
    assert_eq!(big[col("source_1_label")], "Example paper");
    let attention = rows.iter().find(|r| r[0] == "attention").unwrap();
    assert_eq!(
        attention[col("figure_1_value")],
        "",
        "no figures: empty cells"
    );
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn files_are_named_after_the_view() {
    use ai_timeline::export::file_stem;
    use ai_timeline::search::Search;
    use ai_timeline::view::View;
    let mut v = View::new(Lang::En);
    assert_eq!(file_stem(&v), "ai-timeline-all");
    v.filter.era = Some("middle");
    v.filter.only_note = true;
    v.selected = Some("attention");
    assert_eq!(file_stem(&v), "ai-timeline-era-middle-only-note");
    v.filter.search = Search::new("注意力 / 100%");
    v.filter.tags = vec!["vision", "language"];
    assert_eq!(
        file_stem(&v),
        "ai-timeline-era-middle-only-note-q-注意力-100-tags-vision-language"
    );
}

#[test]
fn csv_quotes_what_needs_quoting() {
    assert_eq!(csv_cell("plain"), "plain");
    assert_eq!(csv_cell("a, b"), "\"a, b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
}

#[test]
fn json_is_well_formed_and_carries_the_citation() {
    let visible = Filter {
        only_note: true,
        ..Filter::default()
    }
    .apply(&T);
    let cite = citation(
        &T,
        Lang::En,
        "https://example.org/timeline/?only=note&lang=en",
        "2026-11-28",
    );
    let json = to_json(&T, &visible, &cite, "?only=note&lang=en");
    let value: serde_json::Value = serde_json::from_str(&json).expect("well-formed JSON");
    let milestones = value.get("milestones").and_then(|m| m.as_array()).unwrap();
    assert_eq!(milestones.len(), visible.len());
    assert_eq!(
        value.get("count").and_then(|c| c.as_i64()),
        Some(visible.len() as i64)
    );
    assert_eq!(
        value.get("reviewed").and_then(|r| r.as_str()),
        Some("2025-12-01")
    );
    assert!(value
        .get("citation")
        .and_then(|c| c.as_str())
        .unwrap()
        .contains("accessed 2026-11-28"));
    let first = &milestones[0];
    assert_eq!(first.get("id").and_then(|v| v.as_str()), Some("nets"));
    assert!(first.get("title").and_then(|t| t.get("zh")).is_some());
}

#[test]
fn json_strings_escape_what_must_be_escaped() {
    assert_eq!(string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    assert_eq!(string("注意"), "\"注意\"");
}

#[test]
fn citations_name_title_address_and_date() {
    let en = citation(&T, Lang::En, "https://x.org/t/", "2026-11-28");
    assert!(
        en.contains(T.meta.title.en)
            && en.contains("https://x.org/t/")
            && en.contains("2026-11-28")
    );
    assert!(en.contains("record reviewed 2025-12-01"), "{en}");
    let zh = citation(&T, Lang::Zh, "https://x.org/t/", "2026-11-28");
    assert!(zh.contains("紀錄查證於2025-12-01"), "{zh}");
    assert!(zh.contains(T.meta.title.zh));
}

#[test]
fn bibtex_names_title_review_address_and_date() {
    let en = bibtex(
        &T,
        Lang::En,
        "https://x.org/t/en/?era=a&q=%E6%B3%A8",
        "2026-11-28",
    );
    assert!(en.starts_with("@misc{ai-timeline-2025,\n"), "{en}");
    assert!(
        en.contains(&format!("  title = {{{}}},\n", T.meta.title.en)),
        "{en}"
    );
    assert!(
        en.contains("  year = {2025},\n")
            && en.contains("  note = {Record reviewed 2025-12-01},\n")
    );
    assert!(
        en.contains("  url = {https://x.org/t/en/?era=a&q=%E6%B3%A8},\n"),
        "{en}"
    );
    assert!(en.contains("  urldate = {2026-11-28},\n") && en.ends_with("}\n"));
    let zh = bibtex(&T, Lang::Zh, "", "");
    assert!(zh.contains(&format!("  title = {{{}}},\n", T.meta.title.zh)));
    assert!(zh.contains("  language = {zh-Hant},\n") && zh.contains("紀錄查證於2025-12-01"));
    assert!(
        !zh.contains("url"),
        "no address where it is not known: {zh}"
    );
    // Braces in a value would end the field.
    let braced = bibtex(&T, Lang::En, "https://x.org/{a}", "");
    assert!(braced.contains("  url = {https://x.org/a},\n"), "{braced}");
}
