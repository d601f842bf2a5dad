//! The data compiled into the app: complete, in both languages, verified facts present, in date order, and equal
//! to the data file. The note's 27 milestones are checked against the note itself.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::model::{Lang, Metric, Origin, Text, Verdict, TIMELINE};
use std::collections::HashSet;

const DATA: &str = include_str!("../src/data/timeline.toml");
/// The source note, as received (zh-Hant).
const NOTE: &str = include_str!("../src/data/source-note.md");

#[test]
fn holds_the_notes_five_eras_27_milestones_and_five_trends_plus_an_added_era_and_the_additions() {
    let era_ids: Vec<&str> = TIMELINE.eras.iter().map(|e| e.id).collect();
    assert_eq!(
        era_ids,
        [
            "foundations",
            "emergence",
            "transformer",
            "scaling",
            "multimodal",
            "agentic"
        ]
    );
    let added_eras: Vec<&str> = TIMELINE
        .eras
        .iter()
        .filter(|e| e.origin == Origin::Added)
        .map(|e| e.id)
        .collect();
    assert_eq!(added_eras, ["agentic"]);
    assert_eq!(TIMELINE.years(), (2010, 2025));
    assert_eq!(TIMELINE.milestones.len(), 93);
    assert_eq!(TIMELINE.note_count(), 27);
    assert_eq!(TIMELINE.trends.len(), 5);
    let per_era = |origin: Origin| -> Vec<usize> {
        TIMELINE
            .eras
            .iter()
            .map(|e| {
                let in_era = TIMELINE.milestones.iter().filter(|m| m.era == e.id);
                in_era.filter(|m| m.origin == origin).count()
            })
            .collect()
    };
    assert_eq!(per_era(Origin::Note), [4, 4, 4, 7, 8, 0]);
    assert_eq!(per_era(Origin::Added), [10, 3, 6, 8, 11, 28]);
    let added: HashSet<&str> = TIMELINE
        .milestones
        .iter()
        .filter(|m| m.origin == Origin::Added)
        .map(|m| m.id)
        .collect();
    let expected = [
        // Added before this record's review
        "dropout",
        "vae",
        "adam",
        "scaling-laws",
        "ddpm",
        "alphafold2",
        "clip",
        "instructgpt",
        "llama-2",
        "gpt-4o",
        "o1",
        "deepseek-r1",
        // Section B of the record: important milestones before 2025
        "relu",
        "speech-recognition",
        "dqn",
        "tensorflow",
        "pytorch",
        "sparse-moe",
        "human-preferences",
        "alphago-zero",
        "t5",
        "vit",
        "lora",
        "whisper",
        "gemini-1-5",
        "llama-3",
        "alphafold-3",
        "alphaproof",
        "nobel-2024",
        "o3",
        "deepseek-v3",
        // Section C: 2025
        "stargate",
        "operator",
        "deep-research",
        "claude-3-7-sonnet",
        "gpt-4-5",
        "turing-award-2025",
        "gemini-2-5",
        "gpt-4o-image",
        "llama-4",
        "qwen3",
        "alphaevolve",
        "codex-agent",
        "veo-3",
        "claude-4",
        "kimi-k2",
        "chatgpt-agent",
        "imo-gold-2025",
        "eu-ai-act-gpai",
        "gpt-oss",
        "genie-3",
        "gpt-5",
        "claude-sonnet-4-5",
        "sora-2",
        "gemini-3",
        "claude-opus-4-5",
        // The record audit of December 2026: milestones the record missed
        "ilsvrc-2010",
        "watson",
        "gtsrb-cnn",
        "cat-neuron",
        "wavenet",
        "gnmt",
        "alphastar",
        "dpo",
        "icpc-2025",
        "mcp-foundation",
    ];
    assert_eq!(added, HashSet::from(expected));
}

/// The note's milestone lines: `- **2012年：AlexNet** - description`.
fn note_milestones() -> Vec<(String, String, String)> {
    NOTE.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("- **")?;
            let (head, text) = rest.split_once("** - ")?;
            let (year, title) = head.split_once("年：")?;
            Some((year.to_string(), title.to_string(), text.trim().to_string()))
        })
        .collect()
}

#[test]
fn all_27_of_the_notes_milestones_keep_its_wording_and_year() {
    let lines = note_milestones();
    assert_eq!(lines.len(), 27);
    for (year, title, text) in &lines {
        let m = TIMELINE
            .milestones
            .iter()
            .find(|m| m.title.zh == title)
            .unwrap_or_else(|| panic!("the note's milestone {title} is missing"));
        assert_eq!(m.origin, Origin::Note, "{title}");
        assert_eq!(m.text.zh, text, "{title}: the note's wording changed");
        assert_eq!(
            m.years().replace('–', "-"),
            *year,
            "{title}: the note's year changed"
        );
    }
}

fn all_texts() -> Vec<(String, Text)> {
    let mut texts = vec![
        ("meta.title".to_string(), TIMELINE.meta.title),
        ("meta.intro".to_string(), TIMELINE.meta.intro),
        (
            "meta.trends_heading".to_string(),
            TIMELINE.meta.trends_heading,
        ),
        ("meta.closing".to_string(), TIMELINE.meta.closing),
    ];
    for e in TIMELINE.eras {
        texts.extend([
            (e.id.to_string(), e.period),
            (e.id.into(), e.title),
            (e.id.into(), e.summary),
        ]);
    }
    for t in TIMELINE.tags {
        texts.push((t.id.to_string(), t.label));
    }
    for m in TIMELINE.milestones {
        texts.extend([
            (m.id.to_string(), m.title),
            (m.id.into(), m.who),
            (m.id.into(), m.text),
        ]);
        for f in m.figures {
            texts.push((format!("{} figure", m.id), f.measure));
            texts.extend(f.basis.map(|b| (format!("{} basis", m.id), b)));
        }
        for d in m.dates {
            texts.extend(d.what.map(|w| (format!("{} date", m.id), w)));
        }
        if let Some(c) = &m.correction {
            texts.extend([
                (format!("{} correction", m.id), c.note),
                (m.id.into(), c.record),
            ]);
        }
    }
    for t in TIMELINE.trends {
        texts.extend([(t.id.to_string(), t.title), (t.id.into(), t.text)]);
    }
    texts
}

#[test]
fn every_text_exists_in_both_languages() {
    for (owner, text) in all_texts() {
        for lang in Lang::ALL {
            assert!(
                !text.get(lang).trim().is_empty(),
                "{owner}: empty {lang:?} text"
            );
        }
    }
}

#[test]
fn english_texts_are_translations_not_copies_of_the_chinese() {
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (owner, text) in all_texts() {
        assert!(
            !has_han(text.en),
            "{owner}: English text contains Chinese: {}",
            text.en
        );
    }
}

#[test]
fn keeps_the_notes_own_wording_and_figures() {
    let zh = |id: &str| TIMELINE.milestone(id).unwrap().text.zh;
    assert!(zh("alexnet").contains("將錯誤率從26%降至15.3%"));
    assert!(zh("resnet").contains("3.57%錯誤率"));
    assert!(zh("gpt-1").contains("1.17億參數"));
    assert!(zh("gpt-3").contains("1750億參數"));
    assert!(zh("palm").contains("5400億參數"));
    let en = |id: &str| TIMELINE.milestone(id).unwrap().text.en;
    assert!(en("alexnet").contains("15.3%"));
    assert!(en("gpt-1").contains("117M parameters"));
    assert!(en("gpt-2").contains("1.5B parameters"));
    assert_eq!(
        TIMELINE.meta.title.zh,
        "深度學習、機器學習與GPT發展進程（2010-2025）"
    );
}

#[test]
fn every_milestone_has_a_real_date_an_https_source_and_known_tags() {
    for m in TIMELINE.milestones {
        assert!((2010..=2025).contains(&m.date().year), "{}", m.id);
        assert!(!m.sources.is_empty(), "{}", m.id);
        for s in m.sources {
            assert!(s.url.starts_with("https://"), "{}: {}", m.id, s.url);
        }
        assert!(!m.tags.is_empty(), "{}", m.id);
        for t in m.tags {
            assert!(TIMELINE.tag(t).is_some(), "{}: {t}", m.id);
        }
        for b in m.builds_on {
            assert!(TIMELINE.milestone(b).is_some(), "{}: {b}", m.id);
        }
    }
}

#[test]
fn the_notes_loose_claims_carry_corrections() {
    let verdict = |id: &str| {
        TIMELINE
            .milestone(id)
            .unwrap()
            .correction
            .as_ref()
            .map(|c| c.verdict)
    };
    assert_eq!(verdict("diffusion-wave"), Some(Verdict::Wrong));
    for id in [
        "bahdanau-attention",
        "chatgpt",
        "llama",
        "reasoning",
        "agents",
    ] {
        assert_eq!(verdict(id), Some(Verdict::Imprecise), "{id}");
    }
    assert_eq!(verdict("transformer"), None);
    let attention = TIMELINE.milestone("bahdanau-attention").unwrap();
    assert_eq!(attention.year, 2015);
    assert_eq!(attention.date().iso(), "2014-09-01");
}

#[test]
fn key_figures_are_data_with_estimates_marked() {
    let figure = |id: &str, metric: Metric| {
        let m = TIMELINE.milestone(id).unwrap();
        m.figures
            .iter()
            .find(|f| f.metric == Some(metric))
            .map(|f| f.value)
    };
    assert_eq!(figure("alexnet", Metric::ImagenetTop5Error), Some(15.3));
    assert_eq!(figure("resnet", Metric::ImagenetTop5Error), Some(3.57));
    assert_eq!(figure("gpt-3", Metric::Parameters), Some(175e9));
    assert_eq!(figure("gpt-1", Metric::Parameters), Some(117e6));
    assert_eq!(figure("mixtral", Metric::ActiveParameters), Some(12.9e9));
    assert_eq!(figure("deepseek-v3", Metric::Parameters), Some(671e9));
    assert_eq!(
        figure("deepseek-r1", Metric::Parameters),
        None,
        "charted once, as its base DeepSeek-V3"
    );
    assert_eq!(
        figure("gpt-4", Metric::Parameters),
        None,
        "GPT-4's size is not disclosed"
    );
    let users = &TIMELINE.milestone("chatgpt").unwrap().figures[0];
    assert_eq!(users.value, 100e6);
    assert!(users.estimate && users.secondary && users.basis.is_some());
}

#[test]
fn builds_on_links_run_both_ways() {
    let later: Vec<&str> = TIMELINE
        .built_on_by("transformer")
        .iter()
        .map(|m| m.id)
        .collect();
    assert!(
        later.contains(&"bert") && later.contains(&"gpt-1"),
        "{later:?}"
    );
    assert!(TIMELINE
        .milestone("chatgpt")
        .unwrap()
        .builds_on
        .contains(&"instructgpt"));
}

#[test]
fn every_trend_is_backed_by_milestones() {
    for t in TIMELINE.trends {
        assert!(t.milestones.len() >= 3, "{}", t.id);
        for id in t.milestones {
            assert!(TIMELINE.milestone(id).is_some(), "{}: {id}", t.id);
        }
    }
}

#[test]
fn milestones_are_in_date_order_and_inside_their_era() {
    // The note's year places a milestone; the verified primary date orders it within that year.
    let keys: Vec<(u16, String)> = TIMELINE
        .milestones
        .iter()
        .map(|m| (m.year, m.date().iso()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for m in TIMELINE.milestones {
        let era = TIMELINE.era(m.era).expect("era exists");
        assert!((era.start..=era.end).contains(&m.year), "{}", m.id);
    }
    let pos = |id: &str| TIMELINE.milestones.iter().position(|m| m.id == id).unwrap();
    assert!(pos("gan") < pos("seq2seq"));
    assert!(pos("gpt-1") < pos("bert"));
}

#[test]
fn ids_are_unique() {
    let ids: HashSet<&str> = TIMELINE.milestones.iter().map(|m| m.id).collect();
    assert_eq!(ids.len(), TIMELINE.milestones.len());
}

#[test]
fn compiled_data_equals_the_data_file() {
    let parsed = timeline_data::load::load(DATA).expect("valid");
    assert_eq!(parsed.meta.title.zh(), TIMELINE.meta.title.zh);
    assert_eq!(parsed.meta.closing.en(), TIMELINE.meta.closing.en);
    assert_eq!(parsed.milestones.len(), TIMELINE.milestones.len());
    for raw in &parsed.milestones {
        let m = TIMELINE.milestone(&raw.id).expect("compiled");
        assert_eq!(
            (m.era, m.year, m.until),
            (raw.era.as_str(), raw.year, raw.until)
        );
        assert_eq!((m.title.zh, m.title.en), (raw.title.zh(), raw.title.en()));
        assert_eq!((m.who.zh, m.who.en), (raw.who.zh(), raw.who.en()));
        assert_eq!((m.text.zh, m.text.en), (raw.text.zh(), raw.text.en()));
        assert_eq!(m.dates[0].date, raw.dates[0].date);
        assert_eq!(m.sources.len(), raw.sources.len());
        assert_eq!(m.sources[0].url, raw.sources[0].url);
        let values: Vec<f64> = m.figures.iter().map(|f| f.value).collect();
        let raw_values: Vec<f64> = raw.figures.iter().map(|f| f.value).collect();
        assert_eq!(values, raw_values);
        assert_eq!(
            m.tags.to_vec(),
            raw.tags.iter().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(m.builds_on.len(), raw.builds_on.len());
        assert_eq!(m.correction.is_some(), raw.correction.is_some());
    }
    for (raw, era) in parsed.eras.iter().zip(TIMELINE.eras) {
        assert_eq!(
            (raw.id.as_str(), raw.start, raw.end),
            (era.id, era.start, era.end)
        );
        assert_eq!(raw.summary.en(), era.summary.en);
    }
    for (raw, trend) in parsed.trends.iter().zip(TIMELINE.trends) {
        assert_eq!((raw.id.as_str(), raw.text.zh()), (trend.id, trend.text.zh));
        assert_eq!(raw.milestones.len(), trend.milestones.len());
    }
}

#[test]
fn year_labels() {
    let span = TIMELINE.milestone("multimodal-llms").unwrap();
    assert_eq!(span.years(), "2023–2024");
    assert_eq!(TIMELINE.milestones[0].years(), "2010");
    assert_eq!(TIMELINE.eras[0].span(), "2010–2014");
    assert_eq!(TIMELINE.era("agentic").unwrap().span(), "2025");
    assert_eq!(
        TIMELINE.milestone("gpt-3").unwrap().date().iso(),
        "2020-05-28"
    );
}

#[test]
fn every_figure_formats_in_both_languages() {
    for m in TIMELINE.milestones {
        for f in m.figures {
            for lang in Lang::ALL {
                let text = ai_timeline::format::figure_value(lang, f);
                assert!(
                    !text.is_empty() && !text.contains("NaN") && !text.contains('e'),
                    "{}: {text}",
                    m.id
                );
            }
        }
    }
}

/// What readers type finds the record: a year, a model name without its hyphen, Simplified Chinese, and the
/// note's own term for human feedback (the record writes 回饋).
#[test]
fn readers_searches_find_the_record() {
    use ai_timeline::filter::Filter;
    use ai_timeline::search::Search;
    let found = |text: &str| -> Vec<&str> {
        let filter = Filter {
            search: Search::new(text),
            ..Filter::default()
        };
        filter.apply(&TIMELINE).iter().map(|m| m.id).collect()
    };
    let in_2017: Vec<&str> = TIMELINE
        .milestones
        .iter()
        .filter(|m| m.year == 2017 || m.date().year == 2017)
        .map(|m| m.id)
        .collect();
    assert!(!in_2017.is_empty());
    let found_2017 = found("2017");
    assert!(
        in_2017.iter().all(|id| found_2017.contains(id)),
        "{found_2017:?}"
    );
    assert!(found("gpt3").contains(&"gpt-3"));
    assert_eq!(found("gpt3"), found("GPT-3"));
    assert!(!found("扩散").is_empty());
    assert_eq!(found("扩散"), found("擴散"));
    assert!(!found("人類反饋").is_empty());
    assert_eq!(found("人類反饋"), found("人類回饋"));
}
