//! The data compiled into the app: complete, in both languages, in date order, and equal to the data file.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../src/data/schema.rs"]
mod schema;

use ai_timeline::model::{Lang, Text, TIMELINE};
use std::collections::HashSet;

const DATA: &str = include_str!("../src/data/timeline.toml");

#[test]
fn holds_the_notes_five_eras_27_milestones_and_five_trends() {
    let era_ids: Vec<&str> = TIMELINE.eras.iter().map(|e| e.id).collect();
    assert_eq!(
        era_ids,
        [
            "foundations",
            "emergence",
            "transformer",
            "scaling",
            "multimodal"
        ]
    );
    assert_eq!(TIMELINE.milestones.len(), 27);
    assert_eq!(TIMELINE.trends.len(), 5);
    let per_era: Vec<usize> = TIMELINE
        .eras
        .iter()
        .map(|e| TIMELINE.milestones.iter().filter(|m| m.era == e.id).count())
        .collect();
    assert_eq!(per_era, [4, 4, 4, 7, 8]);
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
    for m in TIMELINE.milestones {
        texts.extend([
            (m.id.to_string(), m.title),
            (m.id.into(), m.who),
            (m.id.into(), m.text),
        ]);
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
    // Chinese characters in an English text would mean an untranslated string (proper names excepted: none here
    // but the note's title, quoted in the footer, which is not data).
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
    let zh = |id: &str| {
        TIMELINE
            .milestones
            .iter()
            .find(|m| m.id == id)
            .unwrap()
            .text
            .zh
    };
    assert!(zh("alexnet").contains("將錯誤率從26%降至15.3%"));
    assert!(zh("resnet").contains("3.57%錯誤率"));
    assert!(zh("gpt-1").contains("1.17億參數"));
    assert!(zh("gpt-3").contains("1750億參數"));
    assert!(zh("palm").contains("5400億參數"));
    let en = |id: &str| {
        TIMELINE
            .milestones
            .iter()
            .find(|m| m.id == id)
            .unwrap()
            .text
            .en
    };
    assert!(en("alexnet").contains("15.3%"));
    assert!(en("gpt-1").contains("117M parameters"));
    assert!(en("gpt-2").contains("1.5B parameters"));
    assert_eq!(
        TIMELINE.meta.title.zh,
        "深度學習、機器學習與GPT發展進程（2010-2025）"
    );
}

#[test]
fn milestones_are_in_date_order_and_inside_their_era() {
    let years: Vec<u16> = TIMELINE.milestones.iter().map(|m| m.year).collect();
    let mut sorted = years.clone();
    sorted.sort();
    assert_eq!(years, sorted);
    for m in TIMELINE.milestones {
        let era = TIMELINE.era(m.era).expect("era exists");
        assert!((era.start..=era.end).contains(&m.year), "{}", m.id);
    }
    // Within a year the note's order is kept: GANs before sequence-to-sequence (both 2014).
    let pos = |id: &str| TIMELINE.milestones.iter().position(|m| m.id == id).unwrap();
    assert!(pos("gan") < pos("seq2seq"));
}

#[test]
fn ids_are_unique() {
    let ids: HashSet<&str> = TIMELINE.milestones.iter().map(|m| m.id).collect();
    assert_eq!(ids.len(), TIMELINE.milestones.len());
}

#[test]
fn compiled_data_equals_the_data_file() {
    let parsed = schema::load(DATA).expect("valid");
    assert_eq!(parsed.meta.title.zh(), TIMELINE.meta.title.zh);
    assert_eq!(parsed.meta.closing.en(), TIMELINE.meta.closing.en);
    for raw in &parsed.milestones {
        let m = TIMELINE
            .milestones
            .iter()
            .find(|m| m.id == raw.id)
            .expect("compiled");
        assert_eq!(
            (m.era, m.year, m.until),
            (raw.era.as_str(), raw.year, raw.until)
        );
        assert_eq!((m.title.zh, m.title.en), (raw.title.zh(), raw.title.en()));
        assert_eq!((m.who.zh, m.who.en), (raw.who.zh(), raw.who.en()));
        assert_eq!((m.text.zh, m.text.en), (raw.text.zh(), raw.text.en()));
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
    }
}

#[test]
fn year_labels() {
    let span = TIMELINE
        .milestones
        .iter()
        .find(|m| m.id == "multimodal-llms")
        .unwrap();
    assert_eq!(span.years(), "2023–2024");
    assert_eq!(TIMELINE.milestones[0].years(), "2012");
    assert_eq!(TIMELINE.eras[0].span(), "2010–2014");
}
