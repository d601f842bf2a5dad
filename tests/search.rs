//! Search in both scripts, accent- and case-insensitive, with highlight ranges.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::filter::Filter;
use ai_timeline::model::TIMELINE;
use ai_timeline::search::{fold, haystack, highlights, segments, Query};

fn found(text: &str) -> Vec<&'static str> {
    let filter = Filter {
        query: Query::parse(text),
        ..Filter::default()
    };
    filter
        .apply(TIMELINE.milestones)
        .iter()
        .map(|m| m.id)
        .collect()
}

#[test]
fn chinese_substrings_find_milestones() {
    let attention = found("注意力");
    assert!(attention.contains(&"bahdanau-attention"), "{attention:?}");
    assert!(attention.contains(&"transformer"), "{attention:?}");
    assert!(found("擴散").contains(&"diffusion-wave"));
}

#[test]
fn people_are_found_case_insensitively() {
    let hinton = found("hinton");
    assert!(
        hinton.contains(&"alexnet") && hinton.contains(&"dropout"),
        "{hinton:?}"
    );
    assert_eq!(found("HINTON"), hinton);
}

#[test]
fn accents_do_not_matter() {
    // "Université de Montréal" is found by "universite de montreal", and the other way round.
    let plain = found("montreal");
    assert!(plain.contains(&"gan"), "{plain:?}");
    assert_eq!(found("Montréal"), plain);
    assert_eq!(fold("Ｇｏｏｇｌｅ"), "google");
    assert_eq!(fold("Ærø–Straße"), "aero-strasse");
}

#[test]
fn figures_and_organisations_are_searchable() {
    assert!(found("175B").contains(&"gpt-3"));
    assert!(found("1750億").contains(&"gpt-3"));
    assert!(found("15.3%").contains(&"alexnet"));
    assert!(found("microsoft").contains(&"resnet"));
    assert!(found("微軟").contains(&"resnet"));
}

#[test]
fn every_term_must_match() {
    let both = found("openai image");
    assert!(!both.is_empty());
    assert!(both
        .iter()
        .all(|id| found("openai").contains(id) && found("image").contains(id)));
    assert!(found("zzzz-nothing").is_empty());
    assert_eq!(found("   ").len(), 39);
}

#[test]
fn highlights_map_back_to_the_original_text() {
    let q = Query::parse("montreal");
    let text = "Université de Montréal";
    let ranges = highlights(text, &q);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "Montréal");
    assert_eq!(
        segments("Goodfellow, Bengio (Université de Montréal)", &q),
        [
            ("Goodfellow, Bengio (Université de ", false),
            ("Montréal", true),
            (")", false)
        ]
    );
    let q = Query::parse("注意 attention");
    assert_eq!(
        segments("注意力 and Attention", &q),
        [("注意", true), ("力 and ", false), ("Attention", true)]
    );
    // Overlapping terms merge; no query gives the whole text unmarked.
    assert_eq!(
        highlights("abcdef", &Query::parse("abc bcd")),
        vec![0..4usize]
    );
    assert_eq!(segments("abc", &Query::default()), [("abc", false)]);
}

#[test]
fn the_shared_search_text_cache_answers_exactly_as_each_milestones_own_text() {
    // The cache keeps one text per distinct set of source strings; it must never answer for another milestone.
    for probe in TIMELINE.milestones {
        let term: String = fold(probe.title.en).chars().take(7).collect();
        let query = Query::parse(&term);
        for m in TIMELINE.milestones {
            let own = haystack(m);
            let expected = query.terms().iter().all(|t| own.contains(t.as_str()));
            assert_eq!(query.matches(m), expected, "{term:?} on {}", m.id);
        }
    }
}
