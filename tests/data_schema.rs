//! The data file's validation: the real file passes, and each kind of mistake fails naming entry and field.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../src/data/schema.rs"]
mod schema;

use schema::{load, DataError};

const DATA: &str = include_str!("../src/data/timeline.toml");

/// The real data file with one edit; panics if the edit does not apply, so a test cannot pass vacuously.
fn edited(from: &str, to: &str) -> String {
    assert!(DATA.contains(from), "test edit does not apply: {from}");
    DATA.replacen(from, to, 1)
}

fn errors_of(source: &str) -> Vec<DataError> {
    load(source).expect_err("the edited data must be rejected")
}

fn assert_error(errors: &[DataError], entry: &str, field: &str, message_part: &str) {
    assert!(
        errors
            .iter()
            .any(|e| e.entry == entry && e.field == field && e.message.contains(message_part)),
        "expected an error for {entry} field `{field}` containing {message_part:?}; got:\n{}",
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_real_data_file_is_valid() {
    let timeline = load(DATA).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(timeline.eras.len(), 5);
    assert_eq!(timeline.milestones.len(), 27);
    assert_eq!(timeline.trends.len(), 5);
}

#[test]
fn duplicate_id_names_the_second_entry() {
    let errors = errors_of(&edited("id = \"bert\"", "id = \"gpt-1\""));
    assert_error(
        &errors,
        "milestone \"gpt-1\" (#11)",
        "id",
        "duplicate id \"gpt-1\"",
    );
}

#[test]
fn duplicate_era_id_is_rejected() {
    let errors = errors_of(&edited("id = \"emergence\"", "id = \"foundations\""));
    assert_error(&errors, "era \"foundations\" (#2)", "id", "duplicate id");
}

#[test]
fn malformed_id_is_rejected() {
    let errors = errors_of(&edited("id = \"sora\"", "id = \"Sora Video\""));
    assert_error(
        &errors,
        "milestone \"Sora Video\" (#25)",
        "id",
        "not a valid id",
    );
}

#[test]
fn unknown_era_lists_the_known_ones() {
    let errors = errors_of(&edited(
        "id = \"bert\"\nera = \"transformer\"",
        "id = \"bert\"\nera = \"transformers\"",
    ));
    assert_error(
        &errors,
        "milestone \"bert\" (#10)",
        "era",
        "unknown era \"transformers\" (known: foundations, emergence, transformer, scaling, multimodal)",
    );
}

#[test]
fn year_outside_its_era_is_rejected() {
    let errors = errors_of(&edited(
        "id = \"gpt-3\"\nera = \"scaling\"\nyear = 2020",
        "id = \"gpt-3\"\nera = \"scaling\"\nyear = 2019",
    ));
    assert_error(
        &errors,
        "milestone \"gpt-3\" (#13)",
        "year",
        "year 2019 is outside its era \"scaling\" (2020-2022)",
    );
}

#[test]
fn span_ending_after_its_era_is_rejected() {
    let errors = errors_of(&edited("until = 2024", "until = 2026"));
    assert_error(
        &errors,
        "milestone \"multimodal-llms\" (#24)",
        "until",
        "outside its era",
    );
}

#[test]
fn span_ending_before_it_starts_is_rejected() {
    let errors = errors_of(&edited("until = 2024", "until = 2022"));
    assert_error(
        &errors,
        "milestone \"multimodal-llms\" (#24)",
        "until",
        "must be after year 2023",
    );
}

#[test]
fn missing_translation_names_the_text_and_language() {
    let errors = errors_of(&edited(
        "title = { zh = \"PaLM\", en = \"PaLM\" }",
        "title = { zh = \"PaLM\" }",
    ));
    assert_error(
        &errors,
        "milestone \"palm\" (#18)",
        "title.en",
        "missing translation",
    );
}

#[test]
fn empty_translation_is_rejected() {
    let errors = errors_of(&edited("en = \"Scaling laws\"", "en = \"  \""));
    assert_error(
        &errors,
        "trend \"scaling-laws\" (#1)",
        "title.en",
        "empty translation",
    );
}

#[test]
fn missing_field_is_named() {
    let errors = errors_of(&edited(
        "id = \"chatgpt\"\nera = \"scaling\"\nyear = 2022\n",
        "id = \"chatgpt\"\nera = \"scaling\"\n",
    ));
    assert_error(
        &errors,
        "milestone \"chatgpt\" (#17)",
        "year",
        "missing field `year`",
    );
}

#[test]
fn malformed_field_is_named() {
    let errors = errors_of(&edited(
        "id = \"gan\"\nera = \"foundations\"\nyear = 2014",
        "id = \"gan\"\nera = \"foundations\"\nyear = \"2014\"",
    ));
    assert_error(
        &errors,
        "milestone \"gan\" (#3)",
        "year",
        "invalid type: string \"2014\"",
    );
}

#[test]
fn malformed_nested_field_is_named() {
    let errors = errors_of(&edited(
        "title = { zh = \"Sora\", en = \"Sora\" }",
        "title = { zh = 7, en = \"Sora\" }",
    ));
    assert_error(
        &errors,
        "milestone \"sora\" (#25)",
        "title.zh",
        "invalid type: integer `7`",
    );
}

#[test]
fn unknown_field_is_rejected() {
    let errors = errors_of(&edited("id = \"codex\"\n", "id = \"codex\"\nyaer = 2021\n"));
    assert_error(
        &errors,
        "milestone \"codex\" (#15)",
        "",
        "unknown field `yaer`",
    );
}

#[test]
fn unknown_section_is_rejected() {
    let errors = errors_of(&format!("{DATA}\n[[milestones]]\nid = \"x\"\n"));
    assert_error(&errors, "[milestones]", "", "unknown section");
}

#[test]
fn era_out_of_order_is_rejected() {
    let errors = errors_of(&edited(
        "start = 2017\nend = 2019",
        "start = 2016\nend = 2019",
    ));
    assert_error(
        &errors,
        "era \"transformer\" (#3)",
        "start",
        "previous era ends in 2016",
    );
}

#[test]
fn era_outside_the_timeline_is_rejected() {
    let errors = errors_of(&edited(
        "start = 2010\nend = 2014",
        "start = 2009\nend = 2014",
    ));
    assert_error(
        &errors,
        "era \"foundations\" (#1)",
        "start",
        "outside 2010-2025",
    );
}

#[test]
fn syntax_error_gives_the_line() {
    let errors = errors_of(&edited("id = \"word2vec\"", "id = \"word2vec"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].entry, "file");
    assert!(errors[0].message.contains("line "), "{}", errors[0].message);
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let source = edited("id = \"bert\"", "id = \"gpt-1\"").replacen(
        "title = { zh = \"PaLM\", en = \"PaLM\" }",
        "title = { zh = \"PaLM\" }",
        1,
    );
    let errors = errors_of(&source);
    assert!(errors.len() >= 2, "{errors:?}");
}

#[test]
fn messages_read_as_entry_field_problem() {
    let errors = errors_of(&edited(
        "title = { zh = \"PaLM\", en = \"PaLM\" }",
        "title = { zh = \"PaLM\" }",
    ));
    assert_eq!(
        errors[0].to_string(),
        "milestone \"palm\" (#18), field `title.en`: missing translation"
    );
}
