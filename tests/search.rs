//! Search in both scripts, accent- and case-insensitive, with highlight ranges, on the fixture timeline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ai_timeline::filter::Filter;
use ai_timeline::model::{Date, DateMark, Dated, Figure, Meta, Milestone, Text, Timeline};
use ai_timeline::search::{fold, haystack, highlights, utf16_highlights, Query, Search};
use common::{ids, on, text, BLANK, FIXTURE as T};

fn found(text: &str) -> Vec<&'static str> {
    let filter = Filter {
        search: Search::new(text),
        ..Filter::default()
    };
    ids(&filter.apply(&T))
}

#[test]
fn chinese_substrings_find_milestones() {
    assert_eq!(found("注意力"), ["attention", "translator"]);
    assert_eq!(found("網路"), ["nets"]);
}

#[test]
fn people_are_found_case_insensitively() {
    assert_eq!(found("hinton"), ["tricks", "nets"]);
    assert_eq!(found("HINTON"), found("hinton"));
}

#[test]
fn accents_do_not_matter() {
    // "Université de Montréal" is found by "universite de montreal", and the other way round.
    assert_eq!(found("montreal"), ["tricks", "nets", "attention"]);
    assert_eq!(found("Montréal"), found("montreal"));
    assert_eq!(fold("Ｇｏｏｇｌｅ"), "google");
    assert_eq!(fold("Ærø–Straße"), "aerostrasse");
}

#[test]
fn case_does_not_matter_in_latin_greek_or_cyrillic() {
    assert_eq!(fold("ImageNet ÞÐ"), "imagenet þð");
    assert_eq!(fold("ΑΛΦΑ Σίγμα"), "αλφα σίγμα");
    assert_eq!(fold("НЕЙРОСЕТЬ Ёж"), "нейросеть ёж");
    // Characters without case (and the note's Chinese) are kept.
    assert_eq!(fold("深度學習 42"), "深度學習 42");
}

#[test]
fn figures_and_organisations_are_searchable() {
    assert_eq!(found("175B"), ["big-model"]);
    assert_eq!(found("1750億"), ["big-model"]);
    assert_eq!(found("15.3%"), ["nets"]);
    assert_eq!(found("乙公司"), ["big-model", "secret", "span"]);
}

#[test]
fn every_term_must_match() {
    assert_eq!(found("corp model"), ["big-model", "secret", "span"]);
    assert!(found("zzzz-nothing").is_empty());
    assert_eq!(found("   ").len(), T.milestones.len());
    assert!(Search::new("  ").is_empty());
    assert_eq!(Search::new("Attention ").text(), "Attention ");
}

#[test]
fn highlights_map_back_to_the_original_text() {
    let q = Query::parse("montreal");
    let text = "Université de Montréal";
    let ranges = highlights(text, &q);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "Montréal");
    // In UTF-16 code units, as the DOM counts: "é" is one, "𝒜" (outside the BMP) two.
    assert_eq!(
        utf16_highlights("Goodfellow, Bengio (Université de Montréal)", &q),
        vec![34..42u32]
    );
    let q = Query::parse("注意 attention");
    assert_eq!(
        utf16_highlights("注意力 and Attention", &q),
        vec![0..2u32, 8..17]
    );
    assert_eq!(
        utf16_highlights("𝒜 Montréal", &Query::parse("montreal")),
        vec![3..11u32]
    );
    // Overlapping terms merge; no query gives the whole text unmarked.
    assert_eq!(
        highlights("abcdef", &Query::parse("abc bcd")),
        vec![0..4usize]
    );
    assert!(utf16_highlights("abc", &Query::default()).is_empty());
}

#[test]
fn the_shared_search_text_cache_answers_exactly_as_each_milestones_own_text() {
    // The cache keeps one text per distinct set of source strings; it must never answer for another milestone.
    for probe in T.milestones {
        let term: String = fold(probe.title.en).chars().take(7).collect();
        let query = Query::parse(&term);
        for m in T.milestones {
            let own = haystack(m, &T);
            let expected = query.terms().iter().all(|t| own.contains(t.as_str()));
            assert_eq!(query.matches(m, &T), expected, "{term:?} on {}", m.id);
        }
    }
}

#[test]
fn hyphens_and_dashes_do_not_matter() {
    assert_eq!(fold("GPT-3"), "gpt3");
    assert_eq!(fold("Few–shot‑learning"), "fewshotlearning");
    assert_eq!(found("selfattention"), ["translator"]);
    assert_eq!(found("self attention"), found("self-attention"));
}

#[test]
fn simplified_chinese_finds_the_traditional_record() {
    assert_eq!(fold("网络"), fold("網絡"));
    assert_eq!(found("注意力机制"), found("注意力機制"));
    assert!(!found("注意力机制").is_empty());
    assert_eq!(found("深度网路"), ["nets"]);
}

#[test]
fn the_notes_wording_finds_the_records() {
    // The note writes 反饋 (feedback) where the record writes 回饋; Simplified 反馈 too.
    assert_eq!(fold("人類反饋"), fold("人類回饋"));
    assert_eq!(fold("人类反馈"), fold("人類回饋"));
    let q = Query::parse("反饋");
    assert_eq!(highlights("來自人類回饋的強化學習", &q), vec![(12..18)]);
}

#[test]
fn dates_and_years_are_searchable() {
    // Every milestone the note dates to a year, or whose verified date falls in it, and no other.
    for year in [2012u16, 2014, 2017] {
        let expected: Vec<&str> = T
            .milestones
            .iter()
            .filter(|m| m.year == year || m.dates.iter().any(|d| d.date.year == year))
            .map(|m| m.id)
            .collect();
        let got = found(&year.to_string());
        for id in &expected {
            assert!(got.contains(id), "{year}: {id} not found in {got:?}");
        }
        assert!(!got.is_empty());
        assert_eq!(found(&format!("{year}年")), expected, "{year}年");
    }
    assert_eq!(found("Jun 2017"), ["translator"]);
    assert_eq!(found("2017年6月"), ["translator"]);
}

// Milestones made of the same texts (as a repeated entry is) share one search text; one that differs only in its
// organisations or its dates must not share it.
static TWIN_TITLE: Text = text("雙生", "Twin");
static TWIN_WHO: Text = text("某人", "Someone");
static TWIN_TEXT: Text = text("同一段描述", "The same description");
static TWIN_ORGS: &[&str] = &["lab"];
static TWIN_FIGURES: &[Figure] = &[];
static TWIN_DATES: &[Dated] = &[on(2012, 1, 1, DateMark::Arxiv)];
static LATER_DATES: &[Dated] = &[on(2013, 5, 1, DateMark::Arxiv)];
const fn twin(
    id: &'static str,
    orgs: &'static [&'static str],
    dates: &'static [Dated],
) -> Milestone {
    Milestone {
        id,
        era: "early",
        year: dates[0].date.year,
        dates,
        title: TWIN_TITLE,
        who: TWIN_WHO,
        text: TWIN_TEXT,
        orgs,
        figures: TWIN_FIGURES,
        ..BLANK
    }
}
static TWINS: Timeline = Timeline {
    milestones: &[
        twin("twin-a", TWIN_ORGS, TWIN_DATES),
        twin("twin-b", TWIN_ORGS, TWIN_DATES),
        twin("cousin", &["corp"], TWIN_DATES),
        twin("later", TWIN_ORGS, LATER_DATES),
    ],
    meta: Meta {
        title: text("", ""),
        intro: text("", ""),
        coverage: text("", ""),
        reviewed: Date {
            year: 2025,
            month: 1,
            day: 1,
        },
        trends_heading: text("", ""),
        closing: text("", ""),
    },
    eras: T.eras,
    tags: T.tags,
    orgs: T.orgs,
    trends: &[],
};

#[test]
fn milestones_made_of_the_same_texts_share_a_search_text_and_others_keep_their_own() {
    let found = |text: &str| {
        let query = Query::parse(text);
        let hits = TWINS.milestones.iter().filter(|m| query.matches(m, &TWINS));
        hits.map(|m| m.id).collect::<Vec<_>>()
    };
    assert_eq!(
        found("same description"),
        ["twin-a", "twin-b", "cousin", "later"]
    );
    assert_eq!(found("lab a"), ["twin-a", "twin-b", "later"]);
    assert_eq!(found("corp b"), ["cousin"]);
    assert_eq!(found("2012"), ["twin-a", "twin-b", "cousin"]);
    assert_eq!(found("2013"), ["later"]);
}
