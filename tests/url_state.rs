//! Query string <-> view state: round trips, lenient reading, and hostile input that must never panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ai_timeline::filter::Filter;
use ai_timeline::model::Lang;
use ai_timeline::search::Search;
use ai_timeline::url_state::{
    decode, encode, link_in_view, milestone_link, parse, to_query, Notice, Param, UrlState,
    NOTICE_VALUE_MAX, QUERY_MAX,
};
use ai_timeline::view::View;
use common::FIXTURE as T;

fn read(query: &str) -> (UrlState, Vec<Notice>) {
    parse(query, &T)
}

fn view(lang: Lang, f: impl FnOnce(&mut Filter)) -> View {
    let mut v = View::new(lang);
    f(&mut v.filter);
    v
}

fn view_of(query: &str) -> View {
    read(query).0.view(Lang::Zh)
}

fn notice(key: Param, value: &str) -> Notice {
    Notice {
        key,
        value: value.into(),
    }
}

#[test]
fn reads_era_and_language() {
    let (s, notices) = read("?era=middle&lang=en");
    assert_eq!(s.view.filter.era, Some("middle"));
    assert_eq!(s.lang, Some(Lang::En));
    assert!(notices.is_empty());
    assert_eq!(read("lang=zh-Hant").0.lang, Some(Lang::Zh));
    assert_eq!(view_of(""), View::new(Lang::Zh));
    assert_eq!(view_of("?"), View::new(Lang::Zh));
    assert_eq!(read("").0.lang, None);
}

#[test]
fn reads_every_part_of_the_view() {
    let (s, notices) = read(
        "?era=late&only=note&q=%E6%B3%A8%E6%84%8F+attention&tags=language,scaling&org=corp,lab&from=2020&to=2021&m=big-model&lang=en",
    );
    assert!(notices.is_empty(), "{notices:?}");
    let v = s.view(Lang::Zh);
    let f = &v.filter;
    assert_eq!(f.era, Some("late"));
    assert!(f.only_note);
    assert_eq!(f.search.text(), "注意 attention");
    assert_eq!(f.tags, ["language", "scaling"]);
    assert_eq!(f.orgs, ["corp", "lab"]);
    assert_eq!((f.from, f.to), (Some(2020), Some(2021)));
    assert_eq!(v.selected, Some("big-model"));
    assert_eq!(v.lang, Lang::En);
}

fn sample_views() -> Vec<View> {
    let mut views = Vec::new();
    for lang in Lang::ALL {
        for era in std::iter::once(None).chain(T.eras.iter().map(|e| Some(e.id))) {
            for (i, query) in ["", "hinton", "注意力 & 100%", "a+b=c?"].iter().enumerate() {
                let mut v = view(lang, |f| {
                    f.era = era;
                    f.only_note = i % 2 == 1;
                    f.search = Search::new(query);
                    f.tags = match i {
                        0 => vec![],
                        1 => vec!["language"],
                        _ => vec!["vision", "scaling"],
                    };
                    f.orgs = if i == 2 { vec!["uni", "lab"] } else { vec![] };
                    f.from = (i >= 2).then_some(2014);
                    f.to = (i == 3).then_some(2022);
                });
                v.selected = (i == 1).then_some("moe");
                views.push(v);
            }
        }
    }
    views
}

#[test]
fn round_trips_every_view() {
    for view in sample_views() {
        let query = to_query(&view);
        let (s, notices) = read(&query);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        assert_eq!(s.view(Lang::Zh), view, "{query}");
        assert_eq!(s.lang, Some(view.lang));
    }
}

#[test]
fn serialises_in_a_stable_readable_form() {
    let mut v = view(Lang::En, |f| f.era = Some("middle"));
    assert_eq!(to_query(&v), "?era=middle&lang=en");
    v.filter.only_note = true;
    v.selected = Some("translator");
    v.filter.search = Search::new("self attention");
    v.filter.tags = vec!["language", "scaling"];
    v.filter.orgs = vec!["lab"];
    v.filter.from = Some(2015);
    v.filter.to = Some(2019);
    assert_eq!(
        to_query(&v),
        "?era=middle&only=note&q=self%20attention&tags=language,scaling&org=lab&from=2015&to=2019&m=translator&lang=en"
    );
    assert_eq!(to_query(&View::new(Lang::Zh)), "?lang=zh-Hant");
    assert_eq!(
        link_in_view(&v, "moe"),
        to_query(&View {
            selected: Some("moe"),
            ..v.clone()
        })
    );
    assert_eq!(
        milestone_link(Lang::En, "moe"),
        "?m=moe&lang=en",
        "a shared link carries no filters"
    );
    // Any-of tags are written after the tags, and only with tags.
    v.filter.tags_any = true;
    assert!(to_query(&v).contains("&tags=language,scaling&match=any&"));
    assert!(read("?match=any&lang=en").0.view.filter == Filter::default());
}

#[test]
fn is_lenient_about_case_aliases_and_other_keys() {
    let (s, notices) = read("?utm_source=x&ERA=foo&era=Middle&lang=EN-gb");
    assert_eq!(s.view.filter.era, Some("middle"));
    assert_eq!(s.lang, Some(Lang::En));
    assert!(notices.is_empty());
    assert_eq!(view_of("?era=all").filter.era, None);
    assert_eq!(view_of("?era=").filter.era, None);
    assert_eq!(read("?lang=zh-TW").0.lang, Some(Lang::Zh));
    assert_eq!(view_of("?era=%20late%20").filter.era, Some("late"));
    assert!(view_of("?only=NOTE").filter.only_note);
    assert_eq!(view_of("?m=MOE").selected, Some("moe"));
    assert_eq!(
        view_of("?tags=Vision,,vision,language").filter.tags,
        ["vision", "language"]
    );
    assert_eq!(view_of("?org=uni,UNI,lab").filter.orgs, ["uni", "lab"]);
    // A reversed range is read as meant; years come from the timeline's eras.
    let v = view_of("?from=2020&to=2015");
    assert_eq!((v.filter.from, v.filter.to), (Some(2015), Some(2020)));
    assert_eq!(view_of("?from=2025").filter.from, Some(2025));
    assert_eq!(read("?from=2026").1, [notice(Param::From, "2026")]);
}

#[test]
fn the_first_of_repeated_keys_counts() {
    let (s, _) = read("?era=late&era=middle&lang=en&lang=zh-Hant&m=moe&m=nets&q=a&q=b");
    assert_eq!(s.view.filter.era, Some("late"));
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.view.selected, Some("moe"));
    assert_eq!(s.view.filter.search.text(), "a");
    assert_eq!(view_of("?era=nope&era=late").filter.era, None);
}

#[test]
fn unknown_values_become_notices_and_are_dropped() {
    let (s, notices) =
        read("?era=quantum&lang=fr&m=gpt-9&only=added&tags=vision,magic&org=acme&from=1999&to=x");
    assert_eq!(
        s.view(Lang::Zh),
        view(Lang::Zh, |f| f.tags = vec!["vision"])
    );
    assert_eq!(s.lang, None);
    assert_eq!(
        notices,
        [
            notice(Param::Era, "quantum"),
            notice(Param::Lang, "fr"),
            notice(Param::Milestone, "gpt-9"),
            notice(Param::Only, "added"),
            notice(Param::Tags, "magic"),
            notice(Param::Org, "acme"),
            notice(Param::From, "1999"),
            notice(Param::To, "x"),
        ]
    );
}

#[test]
fn long_values_are_shortened_in_notices_and_searches_capped() {
    let long = "x".repeat(5000);
    let (s, notices) = read(&format!("?era={long}&q={long}"));
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].value.chars().count(), NOTICE_VALUE_MAX + 1);
    assert!(notices[0].value.ends_with('…'));
    assert_eq!(s.view.filter.search.text().chars().count(), QUERY_MAX);
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
    let v = s.view(Lang::En);
    let f = &v.filter;
    assert!(f.era.is_none_or(|e| T.era(e).is_some()));
    assert!(v.selected.is_none_or(|m| T.milestone(m).is_some()));
    assert!(f.orgs.iter().all(|o| T.org(o).is_some()));
    assert!(f.tags.iter().all(|t| T.tag(t).is_some()));
    assert!(f.from.is_none_or(|from| f.to.is_none_or(|to| from <= to)));
    assert!(f.search.text().chars().count() <= QUERY_MAX);
    for n in &notices {
        assert!(n.value.chars().count() <= NOTICE_VALUE_MAX + 1);
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
        "era=<script>alert(1)</script>&q=<img src=x onerror=alert(1)>".into(),
        "era=transformer".repeat(10_000),
        "era=\u{202E}evil&lang=\u{1F600}".into(),
        "=".repeat(100_000),
        "era=注意力機制&lang=中文&m=注意力".into(),
        "m=%2e%2e%2f%2e%2e%2fetc&only=%0a&from=-1&to=99999999999999999999".into(),
        format!("tags={}", ",".repeat(50_000)),
    ];
    for query in &hostile {
        assert_usable(query);
    }
}

#[test]
fn any_byte_soup_parses_and_reparses_stably() {
    // A deterministic generator over characters that matter to the parser: 20,000 cases.
    let alphabet: Vec<char> =
        "era=lang&only=note&m=moe&q=tags=vision,org=lab,uni&from=2015&to=%+?#2AEFzh-Hantlatemiddle注意😀 \u{0}"
            .chars()
            .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 80) as usize;
        let query: String = (0..len)
            .map(|i| alphabet[(seed.rotate_left(i as u32 * 5) as usize) % alphabet.len()])
            .collect();
        assert_usable(&query);
        let view = read(&query).0.view(Lang::Zh);
        let canonical = to_query(&view);
        let (again, notices) = read(&canonical);
        assert!(
            notices.is_empty(),
            "{query:?} -> {canonical:?}: {notices:?}"
        );
        let again = again.view(Lang::En);
        // Only surrounding white space of the search text is not kept.
        let mut trimmed = view.clone();
        trimmed.filter.search = Search::new(view.filter.search.text().trim());
        assert_eq!(trimmed, again, "{query:?}");
        assert_eq!(to_query(&again), canonical);
    }
}
