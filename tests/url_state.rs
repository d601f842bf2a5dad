//! Query string <-> view state: round trips, lenient reading, and hostile input that must never panic.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::model::{Lang, TIMELINE};
use ai_timeline::url_state::{decode, encode, parse, to_query, Notice, UrlState, NOTICE_VALUE_MAX};

fn read(query: &str) -> (UrlState, Vec<Notice>) {
    parse(query, TIMELINE.eras)
}

#[test]
fn reads_era_and_language() {
    let (state, notices) = read("?era=transformer&lang=en");
    assert_eq!(
        state,
        UrlState {
            era: Some("transformer"),
            lang: Some(Lang::En)
        }
    );
    assert!(notices.is_empty());
    let (state, _) = read("lang=zh-Hant");
    assert_eq!(
        state,
        UrlState {
            era: None,
            lang: Some(Lang::Zh)
        }
    );
    assert_eq!(read(""), (UrlState::default(), vec![]));
    assert_eq!(read("?"), (UrlState::default(), vec![]));
}

#[test]
fn round_trips_every_view() {
    for lang in Lang::ALL {
        for era in std::iter::once(None).chain(TIMELINE.eras.iter().map(|e| Some(e.id))) {
            let query = to_query(era, lang);
            assert_eq!(
                read(&query),
                (
                    UrlState {
                        era,
                        lang: Some(lang)
                    },
                    vec![]
                ),
                "{query}"
            );
        }
    }
}

#[test]
fn serialises_in_a_stable_readable_form() {
    assert_eq!(
        to_query(Some("transformer"), Lang::En),
        "?era=transformer&lang=en"
    );
    assert_eq!(to_query(None, Lang::Zh), "?lang=zh-Hant");
}

#[test]
fn is_lenient_about_case_aliases_and_other_keys() {
    let (state, notices) = read("?utm_source=x&ERA=foo&era=Transformer&lang=EN-gb");
    assert_eq!(
        state,
        UrlState {
            era: Some("transformer"),
            lang: Some(Lang::En)
        }
    );
    assert!(notices.is_empty());
    assert_eq!(read("?era=all").0.era, None);
    assert_eq!(read("?era=").0.era, None);
    assert_eq!(read("?lang=zh-TW").0.lang, Some(Lang::Zh));
    assert_eq!(read("?lang=zh").0.lang, Some(Lang::Zh));
    assert_eq!(read("?era=%20scaling%20").0.era, Some("scaling"));
}

#[test]
fn the_first_of_repeated_keys_counts() {
    let (state, _) = read("?era=scaling&era=transformer&lang=en&lang=zh-Hant");
    assert_eq!(
        state,
        UrlState {
            era: Some("scaling"),
            lang: Some(Lang::En)
        }
    );
}

#[test]
fn unknown_values_become_notices_and_are_dropped() {
    let (state, notices) = read("?era=quantum&lang=fr");
    assert_eq!(state, UrlState::default());
    assert_eq!(
        notices,
        [
            Notice::UnknownEra("quantum".into()),
            Notice::UnknownLang("fr".into())
        ]
    );
}

#[test]
fn long_values_are_shortened_in_notices() {
    let long = "x".repeat(5000);
    let (_, notices) = read(&format!("?era={long}"));
    let Notice::UnknownEra(shown) = &notices[0] else {
        panic!("{notices:?}")
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
        "era=注意力機制&lang=中文".into(),
    ];
    for query in &hostile {
        let (state, notices) = read(query);
        if let Some(era) = state.era {
            assert!(TIMELINE.era(era).is_some());
        }
        for notice in &notices {
            let (Notice::UnknownEra(v) | Notice::UnknownLang(v)) = notice;
            assert!(v.chars().count() <= NOTICE_VALUE_MAX + 1);
        }
    }
}

#[test]
fn any_byte_soup_parses_and_reparses_stably() {
    // A small deterministic generator over characters that matter to the parser: a few thousand cases.
    let alphabet: Vec<char> = "era=lang&%+?#2AEFzh-Hantransformer注意😀 \u{0}"
        .chars()
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..5000 {
        let mut query = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 48) as usize;
        for i in 0..len {
            let pick = (seed.rotate_left(i as u32 * 5) as usize) % alphabet.len();
            query.push(alphabet[pick]);
        }
        let (state, _) = read(&query);
        let lang = state.lang.unwrap_or(Lang::Zh);
        let canonical = to_query(state.era, lang);
        assert_eq!(
            read(&canonical),
            (
                UrlState {
                    era: state.era,
                    lang: Some(lang)
                },
                vec![]
            ),
            "{query:?}"
        );
    }
}
