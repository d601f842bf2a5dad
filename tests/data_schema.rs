//! The data file's validation, on a frozen fixture (tests/fixtures/timeline.toml): it passes, and each kind of
//! mistake fails naming entry and field. (The real data file is checked by build.rs: a bad one fails the build.)
#![cfg(not(target_arch = "wasm32"))]

use timeline_data::load::{load, DataError};

/// A frozen, trimmed copy of the data file (tests/fixtures): the rules are tested on it, not on the real content.
const DATA: &str = include_str!("fixtures/timeline.toml");

/// The fixture with one edit; panics if the edit does not apply, so a test cannot pass vacuously.
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
fn the_fixture_is_valid() {
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
    assert_eq!(timeline.milestones.len(), 20);
    assert_eq!(timeline.trends.len(), 1);
}

#[test]
fn duplicate_id_names_the_second_entry() {
    let errors = errors_of(&edited("id = \"bert\"", "id = \"gpt-1\""));
    assert_error(
        &errors,
        "milestone \"gpt-1\" (#7)",
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
        "milestone \"Sora Video\" (#20)",
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
        "milestone \"bert\" (#6)",
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
        "milestone \"gpt-3\" (#10)",
        "year",
        "year 2019 is outside its era \"scaling\" (2020-2022)",
    );
}

#[test]
fn span_ending_after_its_era_is_rejected() {
    let errors = errors_of(&edited("until = 2024", "until = 2026"));
    assert_error(
        &errors,
        "milestone \"multimodal-llms\" (#19)",
        "until",
        "outside its era",
    );
}

#[test]
fn span_ending_before_it_starts_is_rejected() {
    let errors = errors_of(&edited("until = 2024", "until = 2022"));
    assert_error(
        &errors,
        "milestone \"multimodal-llms\" (#19)",
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
        "milestone \"palm\" (#17)",
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
        "milestone \"chatgpt\" (#16)",
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
        "milestone \"gan\" (#2)",
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
        "milestone \"sora\" (#20)",
        "title.zh",
        "invalid type: integer `7`",
    );
}

#[test]
fn unknown_field_is_rejected() {
    let errors = errors_of(&edited("id = \"codex\"\n", "id = \"codex\"\nyaer = 2021\n"));
    assert_error(
        &errors,
        "milestone \"codex\" (#13)",
        "yaer",
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
fn the_timeline_spans_its_eras() {
    // The years come from the data: an era starting in 2009 makes 2009 part of the timeline, and a date before
    // the first era's start is rejected.
    let source = edited("start = 2010\nend = 2014", "start = 2009\nend = 2014");
    assert!(load(&source).is_ok());
    let errors = errors_of(&edited(
        "{ on = \"2014-06-10\", marks = \"arxiv\" }",
        "{ on = \"2009-06-10\", marks = \"arxiv\" }",
    ));
    assert_error(
        &errors,
        "milestone \"gan\" (#2)",
        "dates[0].on",
        "2009-06-10 is outside 2010-2025",
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
        "milestone \"palm\" (#17), field `title.en`: missing translation"
    );
}

// --- verified facts ---------------------------------------------------------------------------------------------

const GPT3_DATES: &str = "{ on = \"2020-05-28\", marks = \"arxiv\" },";
const GPT3: &str = "milestone \"gpt-3\" (#10)";

#[test]
fn unknown_origin_is_rejected() {
    let errors = errors_of(&edited(
        "id = \"gpt-3\"\nera = \"scaling\"\nyear = 2020\norigin = \"note\"",
        "id = \"gpt-3\"\nera = \"scaling\"\nyear = 2020\norigin = \"blog\"",
    ));
    assert_error(
        &errors,
        GPT3,
        "origin",
        "\"blog\" is not one of: note, added",
    );
}

#[test]
fn a_date_that_does_not_exist_is_rejected() {
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"2020-02-30\", marks = \"arxiv\" },",
    ));
    assert_error(
        &errors,
        GPT3,
        "dates[0].on",
        "\"2020-02-30\" is not a real date",
    );
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"May 2020\", marks = \"arxiv\" },",
    ));
    assert_error(&errors, GPT3, "dates[0].on", "is not a date");
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"2020-13\", marks = \"arxiv\" },",
    ));
    assert_error(&errors, GPT3, "dates[0].on", "is not a date");
}

#[test]
fn a_date_outside_the_timeline_is_rejected() {
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"2026-01-01\", marks = \"arxiv\" },",
    ));
    assert_error(&errors, GPT3, "dates[0].on", "outside 2010-2025");
}

#[test]
fn unknown_date_mark_is_rejected() {
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"2020-05-28\", marks = \"tweet\" },",
    ));
    assert_error(&errors, GPT3, "dates[0].marks", "\"tweet\" is not one of");
}

#[test]
fn a_note_year_that_differs_from_the_record_needs_a_correction() {
    let errors = errors_of(&edited(
        GPT3_DATES,
        "{ on = \"2019-05-28\", marks = \"arxiv\" },",
    ));
    assert_error(
        &errors,
        GPT3,
        "correction",
        "the note's year 2020 differs from the primary date 2019-05-28",
    );
}

#[test]
fn an_added_milestone_sits_in_its_dates_year() {
    let errors = errors_of(&edited(
        "id = \"clip\"\nera = \"scaling\"\nyear = 2021",
        "id = \"clip\"\nera = \"scaling\"\nyear = 2022",
    ));
    assert_error(
        &errors,
        "milestone \"clip\" (#12)",
        "year",
        "must be the year of the primary date",
    );
}

#[test]
fn a_milestone_needs_a_source() {
    let errors = errors_of(&edited("sources = [\n  { url = \"https://arxiv.org/abs/2005.14165\", label = \"arXiv:2005.14165\" },\n]", "sources = []"));
    assert_error(&errors, GPT3, "sources", "at least one source is required");
}

#[test]
fn sources_must_be_https() {
    let errors = errors_of(&edited(
        "url = \"https://arxiv.org/abs/2005.14165\"",
        "url = \"http://arxiv.org/abs/2005.14165\"",
    ));
    assert_error(&errors, GPT3, "sources[0].url", "must start with https://");
    let errors = errors_of(&edited(
        "url = \"https://arxiv.org/abs/2005.14165\"",
        "url = \"https://arxiv/abs 2005\"",
    ));
    assert_error(&errors, GPT3, "sources[0].url", "has no host");
}

#[test]
fn figures_need_a_known_unit() {
    let errors = errors_of(&edited(
        "{ value = 96, unit = \"count\"",
        "{ value = 96, unit = \"floors\"",
    ));
    assert_error(
        &errors,
        GPT3,
        "figures[2].unit",
        "\"floors\" is not one of: percent, count, number, times, days, ms, usd",
    );
    let errors = errors_of(&edited(
        "{ value = 96, unit = \"count\", ",
        "{ value = 96, ",
    ));
    assert_error(&errors, GPT3, "figures[2].unit", "missing field `unit`");
    assert_eq!(errors.len(), 1, "no follow-on errors: {errors:?}");
}

#[test]
fn a_metric_needs_its_unit() {
    let errors = errors_of(&edited(
        "{ value = 175000000000, unit = \"count\"",
        "{ value = 175000000000, unit = \"percent\"",
    ));
    assert_error(
        &errors,
        GPT3,
        "figures[0].unit",
        "metric \"parameters\" needs unit \"count\"",
    );
    let errors = errors_of(&edited("metric = \"parameters\", measure = { zh = \"參數\", en = \"Parameters\" } },\n  { value = 300000000000", "metric = \"weights\", measure = { zh = \"參數\", en = \"Parameters\" } },\n  { value = 300000000000"));
    assert_error(
        &errors,
        GPT3,
        "figures[0].metric",
        "\"weights\" is not one of",
    );
}

#[test]
fn a_secondary_figure_must_name_its_basis() {
    let errors = errors_of(&edited(
        "{ value = 96, unit = \"count\",",
        "{ value = 96, unit = \"count\", secondary = true,",
    ));
    assert_error(
        &errors,
        GPT3,
        "figures[2].basis",
        "must say where it comes from",
    );
}

#[test]
fn tags_must_be_known_and_unique() {
    let errors = errors_of(&edited(
        "tags = [\"language\", \"scaling\"]\norgs = [\"openai\"]\nbuilds_on = [\"gpt-2\"",
        "tags = [\"language\", \"scalling\"]\norgs = [\"openai\"]\nbuilds_on = [\"gpt-2\"",
    ));
    assert_error(&errors, GPT3, "tags", "unknown tag \"scalling\"");
    let errors = errors_of(&edited(
        "tags = [\"language\", \"scaling\"]\norgs = [\"openai\"]\nbuilds_on = [\"gpt-2\"",
        "tags = [\"language\", \"language\"]\norgs = [\"openai\"]\nbuilds_on = [\"gpt-2\"",
    ));
    assert_error(&errors, GPT3, "tags", "listed twice");
}

#[test]
fn builds_on_must_name_existing_milestones() {
    let errors = errors_of(&edited(
        "builds_on = [\"gpt-2\", \"scaling-laws\"]",
        "builds_on = [\"gpt-2.5\", \"gpt-3\"]",
    ));
    assert_error(&errors, GPT3, "builds_on", "unknown milestone \"gpt-2.5\"");
    assert_error(&errors, GPT3, "builds_on", "cannot build on itself");
}

#[test]
fn builds_on_must_not_loop() {
    // gpt-3 builds on gpt-2; make gpt-2 build on gpt-3.
    let errors = errors_of(&edited(
        "builds_on = [\"gpt-1\"]",
        "builds_on = [\"gpt-1\", \"gpt-3\"]",
    ));
    assert!(
        errors.iter().any(|e| e.field == "builds_on"
            && e.message.starts_with("cycle: ")
            && e.message.contains("gpt-2")
            && e.message.contains("gpt-3")),
        "{errors:?}"
    );
}

#[test]
fn a_correction_needs_a_known_verdict_and_both_texts() {
    let errors = errors_of(&edited("verdict = \"wrong\"", "verdict = \"dubious\""));
    assert_error(
        &errors,
        "milestone \"diffusion-wave\" (#14)",
        "correction.verdict",
        "\"dubious\" is not one of: imprecise, wrong",
    );
}

#[test]
fn trends_must_list_existing_milestones() {
    let errors = errors_of(&edited(
        "id = \"scaling-laws\"\ntitle = { zh = \"擴展定律\"",
        "id = \"scaling-laws\"\nmilestones_x = 1\ntitle = { zh = \"擴展定律\"",
    ));
    assert_error(
        &errors,
        "trend \"scaling-laws\" (#1)",
        "milestones_x",
        "unknown field `milestones_x`",
    );
    let source = DATA.replacen(
        "milestones = [\"scaling-laws\"",
        "milestones = [\"scaling-law\"",
        1,
    );
    assert_ne!(source, DATA, "edit applies");
    assert_error(
        &errors_of(&source),
        "trend \"scaling-laws\" (#1)",
        "milestones",
        "unknown milestone \"scaling-law\"",
    );
}

#[test]
fn tags_need_both_labels() {
    let errors = errors_of(&edited(
        "id = \"vision\"\nlabel = { zh = ",
        "id = \"vision\"\nlabel = { en = \"Vision\" }\nxlabel = { zh = ",
    ));
    assert_error(
        &errors,
        "tag \"vision\" (#1)",
        "xlabel",
        "unknown field `xlabel`",
    );
}

#[test]
fn organisations_must_be_known() {
    let errors = errors_of(&edited(
        "orgs = [\"openai\"]\nbuilds_on = [\"gpt-2\", \"scaling-laws\"]",
        "orgs = [\"open-ai\"]\nbuilds_on = [\"gpt-2\", \"scaling-laws\"]",
    ));
    assert_error(&errors, GPT3, "orgs", "unknown organisation \"open-ai\"");
}

#[test]
fn a_text_anywhere_in_an_entry_needs_both_languages() {
    // Texts nested in lists and tables (a date's `what`, a figure's `measure`) are found by walking the file, not
    // by a list of text fields.
    let source = edited(
        "en = \"CBOW and skip-gram paper (ICLR 2013 workshop)\"",
        "en = \" \"",
    )
    .replacen(
        "measure = { zh = \"用來學習詞向量的詞數（不到一天完成）\", en = ",
        "measure = { en = ",
        1,
    );
    assert!(
        source.contains("measure = { en = \"Words"),
        "test edit does not apply"
    );
    let errors = errors_of(&source);
    let has = |field: &str, message: &str| {
        errors.iter().any(|e| {
            e.entry.starts_with("milestone \"word2vec\"")
                && e.field == field
                && e.message == message
        })
    };
    assert!(has("dates[0].what.en", "empty translation"), "{errors:?}");
    assert!(
        has("figures[0].measure.zh", "missing translation"),
        "{errors:?}"
    );
}
