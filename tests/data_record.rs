//! The record's corrections (section A of the 2025 review of shared/reference/record-through-2025.md): one test
//! per corrected fact, so that a regression in the data file fails. Data tests: they know the real content.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::model::{Date, DateMark, Figure, Milestone, Origin, TIMELINE};
use std::collections::HashSet;

fn m(id: &str) -> &'static Milestone {
    TIMELINE
        .milestone(id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
}

fn date(on: &str) -> Date {
    timeline_data::Date::parse(on).unwrap()
}

/// The figure of `id` whose English measure contains `part`.
fn figure(id: &str, part: &str) -> &'static Figure {
    m(id)
        .figures
        .iter()
        .find(|f| f.measure.en.contains(part))
        .unwrap_or_else(|| panic!("{id}: no figure measuring {part:?}"))
}

/// The date of `id` that `marks` marks.
fn dated(id: &str, marks: DateMark) -> Date {
    m(id)
        .dates
        .iter()
        .find(|d| d.marks == marks)
        .unwrap_or_else(|| panic!("{id}: no date marked {marks:?}"))
        .date
}

fn has_source(id: &str, url_part: &str) -> bool {
    m(id).sources.iter().any(|s| s.url.contains(url_part))
}

#[test]
fn mixtral_weights_came_on_8_december_and_the_announcement_on_11_december() {
    let dates: Vec<(Date, DateMark)> = m("mixtral")
        .dates
        .iter()
        .map(|d| (d.date, d.marks))
        .collect();
    assert_eq!(
        dates,
        [
            (date("2023-12-08"), DateMark::Release),
            (date("2023-12-11"), DateMark::Announcement),
            (date("2024-01-08"), DateMark::Arxiv),
        ]
    );
    assert!(has_source(
        "mixtral",
        "x.com/MistralAI/status/1733150512395038967"
    ));
    assert!(has_source("mixtral", "mistral.ai/news/mixtral-of-experts"));
}

#[test]
fn o1s_figures_are_the_full_o1s_on_aime_2024_with_their_measures() {
    let cons = figure("o1", "AIME 2024, consensus of 64");
    assert_eq!(cons.value, 83.0);
    assert!(cons.measure.en.contains("Full o1"));
    assert_eq!(figure("o1", "AIME 2024, a single sample").value, 74.0);
    assert_eq!(figure("o1", "Codeforces").value, 89.0);
    assert_eq!(dated("o1", DateMark::Release), date("2024-12-05"));
    for f in m("o1").figures.iter().chain(m("reasoning").figures) {
        assert!(!f.measure.en.contains("IMO"), "{}", f.measure.en);
    }
}

#[test]
fn o1_previews_own_figures_stand_on_the_reasoning_entry() {
    let aime = figure("reasoning", "AIME 2024");
    assert_eq!(aime.value, 56.7);
    assert!(aime.measure.en.contains("o1-preview") && aime.measure.en.contains("cons@64"));
    assert_eq!(figure("reasoning", "Codeforces").value, 62.0);
}

#[test]
fn no_figure_is_given_twice() {
    let mut seen = HashSet::new();
    for m in TIMELINE.milestones {
        for f in m.figures {
            let key = (f.value.to_bits(), f.unit, f.measure.en);
            assert!(
                seen.insert(key),
                "{}: {} {} is given twice",
                m.id,
                f.value,
                f.measure.en
            );
        }
    }
    // A chart point stands for one figure: no two milestones chart the same value under the same name.
    let mut charted = HashSet::new();
    for m in TIMELINE.milestones {
        for f in m.figures.iter().filter(|f| f.metric.is_some()) {
            let name = f.label.map_or(m.title.en, |l| l.en);
            assert!(
                charted.insert((name, f.value.to_bits(), f.metric)),
                "{}: {name} {}",
                m.id,
                f.value
            );
        }
    }
}

#[test]
fn deepseek_r1s_aime_score_is_pass_at_1_beside_o1_1217() {
    let aime = figure("deepseek-r1", "AIME 2024");
    assert_eq!(aime.value, 79.8);
    assert!(aime.measure.en.contains("pass@1") && aime.measure.en.contains("79.2%"));
}

#[test]
fn dropouts_2012_report_was_not_the_jmlr_paper() {
    let dropout = m("dropout");
    assert_eq!(dropout.dates[0].date, date("2012-07-03"));
    assert_eq!(
        dropout.venue,
        Some("arXiv 2012 (report); JMLR 15, 2014 (follow-up paper)")
    );
    let follow_up = dropout.dates[1].what.unwrap().en;
    assert!(
        follow_up.contains("Srivastava") && follow_up.contains("follow-up"),
        "{follow_up}"
    );
    assert!(has_source(
        "dropout",
        "jmlr.org/papers/v15/srivastava14a.html"
    ));
}

#[test]
fn reasoning_and_agents_show_their_2024_event_first() {
    assert_eq!(m("reasoning").date(), date("2024-09-12"));
    assert_eq!(m("reasoning").dates[1].date, date("2022-01-28"));
    assert_eq!(m("agents").date(), date("2024-10-22"));
    assert_eq!(m("agents").dates[1].date, date("2022-10-06"));
}

#[test]
fn the_reasoning_remark_clarifies_instead_of_rebutting() {
    let record = m("reasoning").correction.as_ref().unwrap().record.en;
    assert!(record.starts_with("To clarify"), "{record}");
    assert!(record.contains("January 2022") && record.contains("reinforcement learning"));
}

#[test]
fn the_agents_remark_gives_examples_and_earlier_frameworks() {
    let record = m("agents").correction.as_ref().unwrap().record.en;
    for part in [
        "Concrete examples include",
        "LangChain",
        "Auto-GPT",
        "function calling",
        "after the note's October 2024 knowledge cutoff",
    ] {
        assert!(record.contains(part), "{part}: {record}");
    }
    assert!(has_source(
        "agents",
        "function-calling-and-other-api-updates"
    ));
}

#[test]
fn deepseek_r1_builds_on_deepseek_v3_and_was_published_in_nature() {
    let r1 = m("deepseek-r1");
    assert_eq!(r1.builds_on, ["o1", "deepseek-v3"]);
    let nature = r1
        .dates
        .iter()
        .find(|d| d.marks == DateMark::Journal)
        .unwrap();
    assert_eq!(nature.date, date("2025-09-17"));
    assert_eq!(r1.venue, Some("Nature 645"));
    assert!(has_source(
        "deepseek-r1",
        "doi.org/10.1038/s41586-025-09422-z"
    ));
    assert!(has_source(
        "deepseek-r1",
        "github.com/deepseek-ai/DeepSeek-R1"
    ));
}

#[test]
fn gpt_4s_bar_exam_result_is_openais_claim_with_a_re_evaluation() {
    let claim = figure("gpt-4", "Uniform Bar Exam");
    assert_eq!(claim.value, 90.0);
    assert!(claim.measure.en.contains("OpenAI's reported result"));
    let again = m("gpt-4").figures.iter().find(|f| f.secondary).unwrap();
    assert_eq!(again.value, 62.0);
    assert!(again.basis.unwrap().en.contains("Martínez"));
}

#[test]
fn gemini_ultras_mmlu_names_its_measure() {
    assert_eq!(figure("multimodal-llms", "CoT@32").value, 90.0);
    assert_eq!(figure("multimodal-llms", "5-shot").value, 83.7);
}

#[test]
fn llama_2s_licence_terms_are_stated() {
    let text = m("llama-2").text.en;
    for part in [
        "Llama 2 Community License",
        "700 million",
        "not open source",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    assert!(has_source("llama-2", "opensource.org"));
}

#[test]
fn react_credits_princeton_and_google() {
    let orgs = m("agents").orgs;
    assert!(
        orgs.contains(&"princeton") && orgs.contains(&"google"),
        "{orgs:?}"
    );
}

#[test]
fn gpt_1s_sources_say_what_they_are() {
    let sources = m("gpt-1").sources;
    assert!(
        sources[0].label.contains("blog post"),
        "{}",
        sources[0].label
    );
    assert!(sources
        .iter()
        .any(|s| s.url.ends_with("language_understanding_paper.pdf")));
}

#[test]
fn dates_that_lacked_a_source_have_one() {
    for (id, url) in [
        (
            "llama",
            "ai.meta.com/blog/large-language-model-llama-meta-ai",
        ),
        ("codex", "github.blog/2021-06-29-introducing-github-copilot"),
        ("codex", "openai.com/index/openai-codex"),
        (
            "alphafold2",
            "deepmind.google/discover/blog/alphafold-a-solution",
        ),
        ("chatgpt", "reuters.com/technology/chatgpt-sets-record"),
    ] {
        assert!(has_source(id, url), "{id}: {url}");
    }
}

#[test]
fn gpt_3_was_unveiled_not_released() {
    assert!(m("gpt-3").text.en.starts_with("OpenAI unveiled"));
}

/// Every text the project wrote in Chinese (not the note's own words), with where it is.
fn app_authored_zh() -> Vec<(String, &'static str)> {
    let mut out = vec![("meta.coverage".to_string(), TIMELINE.meta.coverage.zh)];
    for e in TIMELINE.eras {
        out.push((format!("{}.summary", e.id), e.summary.zh));
        if e.origin == Origin::Added {
            out.push((format!("{}.title", e.id), e.title.zh));
        }
    }
    for t in TIMELINE.tags.iter().chain(TIMELINE.orgs) {
        out.push((format!("tag {}", t.id), t.label.zh));
    }
    for m in TIMELINE.milestones {
        out.push((format!("{}.who", m.id), m.who.zh));
        if m.origin == Origin::Added {
            out.push((format!("{}.title", m.id), m.title.zh));
            out.push((format!("{}.text", m.id), m.text.zh));
        }
        for d in m.dates.iter().filter_map(|d| d.what) {
            out.push((format!("{}.dates.what", m.id), d.zh));
        }
        for f in m.figures {
            out.push((format!("{}.figure", m.id), f.measure.zh));
        }
        if let Some(c) = &m.correction {
            out.push((format!("{}.correction", m.id), c.record.zh));
        }
    }
    out
}

#[test]
fn the_projects_chinese_reads_as_taiwan_usage() {
    // Mainland terms and their Taiwan forms; the note's own strings keep their wording (tests/data.rs).
    let mainland = [
        "網絡",
        "代碼",
        "反饋",
        "採樣",
        "智能體",
        "視頻",
        "人工智能",
        "數據集",
        "質量",
    ];
    for (place, text) in app_authored_zh() {
        for word in mainland {
            assert!(!text.contains(word), "{place}: {word} in {text}");
        }
    }
}

#[test]
fn the_projects_english_uses_one_spelling() {
    // British -ise forms (quoted titles of papers and products excepted).
    let american = [
        "optimiz",
        "organiz",
        "normaliz",
        "specializ",
        "generaliz",
        "recogniz",
        "realiz",
        "minimiz",
        "maximiz",
        "utiliz",
        "summariz",
        "characteriz",
        "emphasiz",
        "synthesiz",
        "visualiz",
        "parameteriz",
        "licensed under",
        "open-weights",
    ];
    let mut texts: Vec<(&str, &str)> = vec![("meta.coverage", TIMELINE.meta.coverage.en)];
    for m in TIMELINE.milestones {
        texts.extend([(m.id, m.text.en), (m.id, m.who.en), (m.id, m.title.en)]);
        texts.extend(m.figures.iter().map(|f| (m.id, f.measure.en)));
        texts.extend(m.dates.iter().filter_map(|d| d.what).map(|w| (m.id, w.en)));
    }
    for (place, text) in texts {
        let unquoted = strip_quotes(text).to_lowercase();
        for word in american {
            assert!(!unquoted.contains(word), "{place}: {word} in {text}");
        }
    }
}

/// The text without what stands in quotation marks (titles keep their own spelling).
fn strip_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' | '"' if !quoted => quoted = true,
            '”' | '"' if quoted => quoted = false,
            _ if !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

// --- The record audit of December 2026 (shared/reference/record-audit-2026-12.md): one test per corrected row. ---

fn marks_on(id: &str, on: &str) -> DateMark {
    m(id)
        .dates
        .iter()
        .find(|d| d.date == date(on))
        .unwrap_or_else(|| panic!("{id}: no date {on}"))
        .marks
}

#[test]
fn the_eu_ai_act_enters_into_force_and_applies_it_does_not_launch() {
    assert_eq!(
        marks_on("eu-ai-act-gpai", "2024-08-01"),
        DateMark::Effective
    );
    assert_eq!(
        marks_on("eu-ai-act-gpai", "2025-08-02"),
        DateMark::Effective
    );
    assert!(m("eu-ai-act-gpai")
        .dates
        .iter()
        .all(|d| d.marks != DateMark::Launch));
}

#[test]
fn the_code_of_practice_is_a_publication_and_the_obligation_is_the_providers() {
    assert_eq!(
        marks_on("eu-ai-act-gpai", "2025-07-10"),
        DateMark::Announcement
    );
    let text = m("eu-ai-act-gpai").text;
    assert!(
        text.en
            .contains("their providers must also assess and mitigate"),
        "{}",
        text.en
    );
    assert!(text.zh.contains("其提供者另須評估並降低"), "{}", text.zh);
}

#[test]
fn prizes_are_marked_as_awards() {
    assert_eq!(marks_on("turing-award-2025", "2025-03-05"), DateMark::Award);
    assert_eq!(marks_on("nobel-2024", "2024-10-08"), DateMark::Award);
    assert_eq!(marks_on("nobel-2024", "2024-10-09"), DateMark::Award);
}

#[test]
fn gpt_5s_headline_figures_name_their_setting() {
    for (part, value) in [
        ("AIME 2025", 94.6),
        ("SWE-bench Verified", 74.9),
        ("MMMU", 84.2),
        ("HealthBench Hard", 46.2),
    ] {
        let f = figure("gpt-5", part);
        assert_eq!(f.value, value, "{part}");
        assert!(f.measure.en.contains("with thinking"), "{}", f.measure.en);
        assert!(f.measure.zh.contains("啟用思考"), "{}", f.measure.zh);
    }
}

#[test]
fn llama_4_and_qwen3_trace_their_experts_to_sparse_moe_not_mixtral() {
    assert_eq!(m("llama-4").builds_on, ["llama-3", "sparse-moe"]);
    assert_eq!(m("qwen3").builds_on, ["sparse-moe", "reasoning"]);
    let later: Vec<&str> = TIMELINE
        .built_on_by("mixtral")
        .iter()
        .map(|m| m.id)
        .collect();
    assert!(
        !later.contains(&"llama-4") && !later.contains(&"qwen3"),
        "{later:?}"
    );
}

#[test]
fn gemini_3s_chinese_calls_antigravity_a_coding_platform() {
    let text = m("gemini-3").text;
    assert!(
        text.zh.contains("代理式程式開發平台 Google Antigravity")
            && text.zh.contains("程式設計代理"),
        "{}",
        text.zh
    );
    assert!(text.en.contains("coding agents"), "{}", text.en);
}

#[test]
fn relu_is_dated_to_the_month_of_icml_2010_with_the_icml_cc_copy() {
    assert_eq!(m("relu").date(), date("2010-06"));
    assert_eq!(m("relu").dates[0].marks, DateMark::Conference);
    assert!(has_source("relu", "icml.cc/Conferences/2010/"));
    assert!(!m("relu")
        .sources
        .iter()
        .any(|s| s.url.contains("icml2010.org")));
}

#[test]
fn alphago_zero_is_dated_by_its_online_paper() {
    assert_eq!(dated("alphago-zero", DateMark::Journal), date("2017-10-18"));
    assert_eq!(m("alphago-zero").date(), date("2017-10-18"));
}

#[test]
fn alphafold2s_venue_names_its_volume() {
    assert_eq!(m("alphafold2").venue, Some("Nature 596"));
}

#[test]
fn llamas_leak_date_has_a_source() {
    assert!(has_source(
        "llama",
        "theverge.com/2023/3/8/23629362/meta-ai-language-model-llama-leak"
    ));
    let record = m("llama").correction.as_ref().unwrap().record.en;
    assert!(record.contains("3 March 2023"), "{record}");
}

#[test]
fn claude_opus_4_5s_figure_names_the_announcements_setting() {
    let f = figure("claude-opus-4-5", "SWE-bench Verified");
    assert_eq!(f.value, 80.9);
    for part in [
        "no thinking budget",
        "default effort (high)",
        "mean of 5 independent trials",
    ] {
        assert!(f.measure.en.contains(part), "{part}: {}", f.measure.en);
    }
}

/// A Chinese text without what stands in 「」 (quotations of the note keep the note's words).
fn unquoted_zh(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn the_audits_taiwan_usage_slips_are_mended_and_images_are_always_ying_xiang() {
    // 用戶, 優化, 模型集成 and 圖像 (the note's own strings keep 圖像; tests/data.rs checks them)
    for (place, text) in app_authored_zh() {
        let text = unquoted_zh(text);
        for word in ["用戶", "優化", "模型集成", "圖像"] {
            assert!(!text.contains(word), "{place}: {word} in {text}");
        }
    }
    assert!(m("llama-3").text.zh.contains("月活躍使用者"));
    assert!(m("human-preferences")
        .text
        .zh
        .contains("再用強化學習最佳化"));
    assert!(figure("resnet", "ensemble").measure.zh.contains("整體學習"));
    assert!(figure("batchnorm", "ensemble")
        .measure
        .zh
        .contains("整體學習"));
    assert!(m("gpt-4o-image").title.zh.contains("影像生成"));
    let scaling = TIMELINE.era("scaling").unwrap().summary.zh;
    assert!(scaling.contains("以文字生成影像"), "{scaling}");
}

#[test]
fn the_two_english_sentences_read_plainly() {
    let sonnet = m("claude-3-7-sonnet").text.en;
    assert!(!sonnet.contains("in view of the user"), "{sonnet}");
    assert!(sonnet.contains("reasons step by step where the user can follow it"));
    let who = m("stargate").who.en;
    assert!(
        !who.contains("with financial and OpenAI with operational"),
        "{who}"
    );
    assert!(who.contains("SoftBank handles the finances, OpenAI runs operations"));
}

/// Every `journal` date of the record with the first public online date the rule names, checked against the
/// publisher's record, and the print issue date where one exists (a journal published only online has none).
const JOURNAL_DATES: [(&str, &str, Option<&str>); 11] = [
    ("dropout", "2014", None), // JMLR, an online journal
    ("speech-recognition", "2012-10", Some("2012-11")), // IEEE Xplore, then the November issue
    ("dqn", "2015-02-25", Some("2015-02-26")), // Nature 518
    ("alphago", "2016-01-27", Some("2016-01-28")), // Nature 529
    ("alphago-zero", "2017-10-18", Some("2017-10-19")), // Nature 550
    ("alphastar", "2019-10-30", Some("2019-11-14")), // Nature 575
    ("t5", "2020", None),      // JMLR, an online journal
    ("alphafold2", "2021-07-15", Some("2021-08-26")), // Nature 596
    ("alphafold-3", "2024-05-08", Some("2024-06-13")), // Nature 630
    ("eu-ai-act-gpai", "2024-07-12", None), // Official Journal of the EU, authentic online
    ("deepseek-r1", "2025-09-17", Some("2025-09-18")), // Nature 645
];

#[test]
fn journal_dates_are_the_first_public_online_dates() {
    let mut seen = Vec::new();
    for m in TIMELINE.milestones {
        for d in m.dates.iter().filter(|d| d.marks == DateMark::Journal) {
            let (_, online, issue) = JOURNAL_DATES
                .iter()
                .find(|(id, _, _)| *id == m.id)
                .unwrap_or_else(|| {
                    panic!(
                        "{}: journal date {} has no checked online date here",
                        m.id,
                        d.date.iso()
                    )
                });
            assert_eq!(
                d.date,
                date(online),
                "{}: a journal date must be the first public online date",
                m.id
            );
            if let Some(issue) = issue {
                assert!(d.date < date(issue), "{}: dated by its print issue", m.id);
            }
            let what = d
                .what
                .unwrap_or_else(|| panic!("{}: journal date without `what`", m.id));
            assert!(what.en.contains("online"), "{}: {}", m.id, what.en);
            assert!(what.zh.contains("線上"), "{}: {}", m.id, what.zh);
            seen.push(m.id);
        }
    }
    let mut expected: Vec<&str> = JOURNAL_DATES.iter().map(|(id, _, _)| *id).collect();
    expected.sort_unstable();
    seen.sort_unstable();
    assert_eq!(
        seen, expected,
        "every checked journal date is in the record once"
    );
}

#[test]
fn the_journal_rule_is_written_in_the_data_file_and_on_the_page() {
    const DATA: &str = include_str!("../src/data/timeline.toml");
    let header = DATA.split("\n[meta]\n").next().unwrap();
    assert!(header.contains("FIRST PUBLIC ONLINE DATE"), "{header}");
    let coverage = TIMELINE.meta.coverage;
    assert!(
        coverage
            .en
            .contains("dated by their first publication online"),
        "{}",
        coverage.en
    );
    assert!(
        coverage.zh.contains("首次線上發表的日期為準"),
        "{}",
        coverage.zh
    );
}

#[test]
fn the_record_was_reviewed_on_4_december_2026_and_runs_through_december_2025() {
    assert_eq!(TIMELINE.meta.reviewed, date("2026-12-04"));
    let coverage = TIMELINE.meta.coverage;
    assert!(
        coverage.en.contains("runs through December 2025"),
        "{}",
        coverage.en
    );
    assert!(coverage.zh.contains("收錄至2025年12月"), "{}", coverage.zh);
    let last = TIMELINE.milestones.iter().map(|m| m.date()).max().unwrap();
    assert_eq!((last.year, last.month), (2025, 12));
}

/// The ten milestones the audit found missing, with their primary dates.
const AUDIT_ADDITIONS: [(&str, &str, &str); 10] = [
    ("ilsvrc-2010", "foundations", "2010-09-03"),
    ("watson", "foundations", "2011-02-14"),
    ("gtsrb-cnn", "foundations", "2011"),
    ("cat-neuron", "foundations", "2012-06-26"),
    ("wavenet", "emergence", "2016-09-08"),
    ("gnmt", "emergence", "2016-09-26"),
    ("alphastar", "transformer", "2019-01-24"),
    ("dpo", "multimodal", "2023-05-29"),
    ("icpc-2025", "agentic", "2025-09-17"),
    ("mcp-foundation", "agentic", "2025-12-09"),
];

#[test]
fn the_ten_missing_milestones_are_on_the_record_with_date_source_and_both_languages() {
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (id, era, on) in AUDIT_ADDITIONS {
        let m = m(id);
        assert_eq!(m.origin, Origin::Added, "{id}");
        assert_eq!(m.era, era, "{id}");
        assert_eq!(m.date(), date(on), "{id}");
        assert_eq!(m.year, m.date().year, "{id}");
        assert!(
            m.sources.iter().all(|s| s.url.starts_with("https://")) && !m.sources.is_empty(),
            "{id}"
        );
        for text in [m.title, m.who, m.text] {
            assert!(
                !text.zh.trim().is_empty() && !text.en.trim().is_empty() && !has_han(text.en),
                "{id}"
            );
        }
        assert!(has_han(m.text.zh), "{id}: the Chinese text is Chinese");
        assert!(!m.tags.is_empty() && !m.orgs.is_empty(), "{id}");
    }
}

#[test]
fn the_first_era_opens_in_2010_and_2011_has_milestones() {
    let in_year = |y: u16| {
        TIMELINE
            .milestones
            .iter()
            .filter(|m| m.era == "foundations" && m.year == y)
            .map(|m| m.id)
            .collect::<Vec<_>>()
    };
    assert!(
        in_year(2010).contains(&"ilsvrc-2010"),
        "{:?}",
        in_year(2010)
    );
    let y2011 = in_year(2011);
    assert!(
        y2011.contains(&"watson") && y2011.contains(&"gtsrb-cnn"),
        "{y2011:?}"
    );
}

#[test]
fn the_additions_figures_come_from_their_sources() {
    let sourced = [
        ("ilsvrc-2010", "Top-5 error", 28.2),
        ("watson", "Watson's total", 77147.0),
        ("gtsrb-cnn", "final phase", 99.46),
        ("cat-neuron", "20,000 ImageNet categories", 15.8),
        ("wavenet", "US English", 4.21),
        ("gnmt", "phrase-based", 60.0),
        ("alphastar", "Battle.net", 99.8),
        ("icpc-2025", "Gemini 2.5 Deep Think", 10.0),
        ("icpc-2025", "OpenAI's system", 12.0),
        ("mcp-foundation", "public MCP servers", 10000.0),
    ];
    for (id, part, value) in sourced {
        assert_eq!(figure(id, part).value, value, "{id}: {part}");
    }
}

#[test]
fn the_additions_are_linked_both_ways() {
    let later = |id: &str| -> Vec<&str> { TIMELINE.built_on_by(id).iter().map(|m| m.id).collect() };
    assert!(later("ilsvrc-2010").contains(&"alexnet"));
    assert!(later("gnmt").contains(&"transformer"));
    assert!(later("dpo").contains(&"llama-3"));
    assert!(later("imo-gold-2025").contains(&"icpc-2025"));
    assert!(later("agents").contains(&"mcp-foundation"));
    assert!(later("alphago").contains(&"alphastar"));
    assert_eq!(m("gnmt").builds_on, ["seq2seq", "bahdanau-attention"]);
    assert_eq!(m("dpo").builds_on, ["instructgpt", "human-preferences"]);
    let rlhf = TIMELINE.trends.iter().find(|t| t.id == "rlhf").unwrap();
    let at = |id: &str| rlhf.milestones.iter().position(|m| *m == id).unwrap();
    assert!(at("claude") < at("dpo") && at("dpo") < at("o1"));
}
