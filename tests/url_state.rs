//! Query string <-> view state: round trips, lenient reading, and hostile input that must never panic.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::model::{Lang, TIMELINE};
use ai_timeline::url_state::{
    decode, encode, parse, to_query, Notice, UrlState, View, NOTICE_VALUE_MAX,
};

fn read(query: &str) -> (UrlState, Vec<Notice>) {
    parse(query, &TIMELINE)
}

fn state(era: Option<&'static str>, lang: Option<Lang>) -> UrlState {
    UrlState {
        era,
        lang,
        ..UrlState::default()
    }
}

#[test]
fn reads_era_and_language() {
    let (s, notices) = read("?era=transformer&lang=en");
    assert_eq!(s, state(Some("transformer"), Some(Lang::En)));
    assert!(notices.is_empty());
    assert_eq!(read("lang=zh-Hant").0, state(None, Some(Lang::Zh)));
    assert_eq!(read(""), (UrlState::default(), vec![]));
    assert_eq!(read("?"), (UrlState::default(), vec![]));
}

#[test]
fn reads_the_note_switch_and_the_selected_milestone() {
    let (s, notices) = read("?only=note&m=bert&lang=en");
    assert!(notices.is_empty());
    assert!(s.only_note);
    assert_eq!(s.selected, Some("bert"));
    assert_eq!(read("?m=BERT").0.selected, Some("bert"));
}

fn every_view() -> Vec<View> {
    let mut views = Vec::new();
    for lang in Lang::ALL {
        for era in std::iter::once(None).chain(TIMELINE.eras.iter().map(|e| Some(e.id))) {
            for only_note in [false, true] {
                for selected in [None, Some("transformer"), Some("deepseek-r1")] {
                    views.push(View {
                        era,
                        only_note,
                        selected,
                        lang,
                    });
                }
            }
        }
    }
    views
}

#[test]
fn round_trips_every_view() {
    for view in every_view() {
        let query = to_query(&view);
        let (s, notices) = read(&query);
        assert!(notices.is_empty(), "{query}");
        assert_eq!(s.view(Lang::Zh), view, "{query}");
        assert_eq!(s.lang, Some(view.lang));
    }
}

#[test]
fn serialises_in_a_stable_readable_form() {
    let mut view = View::new(Lang::En);
    view.era = Some("transformer");
    assert_eq!(to_query(&view), "?era=transformer&lang=en");
    view.only_note = true;
    view.selected = Some("bert");
    assert_eq!(to_query(&view), "?era=transformer&only=note&m=bert&lang=en");
    assert_eq!(to_query(&View::new(Lang::Zh)), "?lang=zh-Hant");
}

#[test]
fn is_lenient_about_case_aliases_and_other_keys() {
    let (s, notices) = read("?utm_source=x&ERA=foo&era=Transformer&lang=EN-gb");
    assert_eq!(s, state(Some("transformer"), Some(Lang::En)));
    assert!(notices.is_empty());
    assert_eq!(read("?era=all").0.era, None);
    assert_eq!(read("?era=").0.era, None);
    assert_eq!(read("?lang=zh-TW").0.lang, Some(Lang::Zh));
    assert_eq!(read("?lang=zh").0.lang, Some(Lang::Zh));
    assert_eq!(read("?era=%20scaling%20").0.era, Some("scaling"));
    assert!(read("?only=NOTE").0.only_note);
}

#[test]
fn the_first_of_repeated_keys_counts() {
    let (s, _) = read("?era=scaling&era=transformer&lang=en&lang=zh-Hant&m=bert&m=gpt-2");
    assert_eq!(s.era, Some("scaling"));
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.selected, Some("bert"));
    // Also when the first one is unusable.
    assert_eq!(read("?era=nope&era=scaling").0.era, None);
}

#[test]
fn unknown_values_become_notices_and_are_dropped() {
    let (s, notices) = read("?era=quantum&lang=fr&m=gpt-9&only=added");
    assert_eq!(s, UrlState::default());
    assert_eq!(
        notices,
        [
            Notice::UnknownEra("quantum".into()),
            Notice::UnknownLang("fr".into()),
            Notice::UnknownMilestone("gpt-9".into()),
            Notice::UnknownOnly("added".into()),
        ]
    );
}

#[test]
fn long_values_are_shortened_in_notices() {
    let long = "x".repeat(5000);
    let (_, notices) = read(&format!("?era={long}"));
    assert_eq!(notices.len(), 1);
    let shown = match &notices[0] {
        Notice::UnknownEra(shown) => shown,
        other => panic!("{other:?}"),
    };
    assert_eq!(shown.chars().count(), NOTICE_VALUE_MAX + 1);
    assert!(shown.ends_with('…'));
}

#[test]
fn decodes_percent_escapes_and_plus() {
    assert_eq!(decode("a%20b+c"), "a b c");
    assert_eq!(decode("%E6%B3%A8%E6%84%8F"), "注意");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%FF%FE"), "\u{FFFD}\u{FFFD}");
    assert_eq!(encode("a b/注"), "a%20b%2F%E6%B3%A8");
    assert_eq!(decode(&encode("era & 時期 = ?")), "era & 時期 = ?");
}

fn assert_usable(query: &str) {
    let (s, notices) = read(query);
    if let Some(era) = s.era {
        assert!(TIMELINE.era(era).is_some());
    }
    if let Some(m) = s.selected {
        assert!(TIMELINE.milestone(m).is_some());
    }
    for notice in &notices {
        let (Notice::UnknownEra(v)
        | Notice::UnknownLang(v)
        | Notice::UnknownMilestone(v)
        | Notice::UnknownOnly(v)) = notice;
        assert!(v.chars().count() <= NOTICE_VALUE_MAX + 1);
    }
}

#[test]
fn hostile_queries_never_panic_and_give_a_usable_state() {
    let hostile = [
        "%".to_string(),
        "%%%%".into(),
        "era=%E6%B3".into(),
        "era=%C0%AF&lang=%00".into(),
        "&&&==&=".into(),
        "era=<script>alert(1)</script>".into(),
        "era=transformer".repeat(10_000),
        "era=\u{202E}evil&lang=\u{1F600}".into(),
        "=".repeat(100_000),
        "era=注意力機制&lang=中文&m=注意力".into(),
        "m=%2e%2e%2f%2e%2e%2fetc&only=%0a".into(),
    ];
    for query in &hostile {
        assert_usable(query);
    }
}

#[test]
fn any_byte_soup_parses_and_reparses_stably() {
    // A small deterministic generator over characters that matter to the parser: 20,000 cases.
    let alphabet: Vec<char> = "era=lang&only=note&m=bert%+?#2AEFzh-Hantransformer注意😀 \u{0}"
        .chars()
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 64) as usize;
        let query: String = (0..len)
            .map(|i| alphabet[(seed.rotate_left(i as u32 * 5) as usize) % alphabet.len()])
            .collect();
        assert_usable(&query);
        let (s, _) = read(&query);
        let view = s.view(Lang::Zh);
        let canonical = to_query(&view);
        let (again, notices) = read(&canonical);
        assert!(notices.is_empty(), "{query:?}");
        assert_eq!(again.view(Lang::En), view, "{query:?}");
        assert_eq!(to_query(&again.view(Lang::En)), canonical);
    }
}
