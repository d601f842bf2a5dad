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
    let released = m("o1")
        .dates
        .iter()
        .find(|d| d.marks == DateMark::Release)
        .unwrap();
    assert_eq!(released.date, date("2024-12-05"));
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
