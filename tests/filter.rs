//! Era and "only the note" filtering, and grouping, over the real data.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::filter::{count_in_era, group_by_era, Filter};
use ai_timeline::model::{Origin, TIMELINE};

fn filter(era: Option<&'static str>, only_note: bool) -> Filter {
    Filter {
        era,
        only_note,
        ..Filter::default()
    }
}

fn ids(filter: Filter) -> Vec<&'static str> {
    filter
        .apply(TIMELINE.milestones)
        .iter()
        .map(|m| m.id)
        .collect()
}

#[test]
fn no_filter_shows_everything_in_order() {
    let all = Filter::default().apply(TIMELINE.milestones);
    assert_eq!(all.len(), 39);
    assert_eq!(all.first().unwrap().id, "alexnet");
    assert_eq!(all.last().unwrap().id, "deepseek-r1");
}

#[test]
fn an_era_shows_only_its_milestones() {
    assert_eq!(
        ids(filter(Some("transformer"), false)),
        ["transformer", "gpt-1", "bert", "gpt-2"]
    );
    assert_eq!(ids(filter(Some("foundations"), false)).len(), 7);
    assert_eq!(ids(filter(Some("scaling"), false)).len(), 12);
    assert_eq!(ids(filter(Some("multimodal"), false)).len(), 12);
}

#[test]
fn only_the_note_gives_its_27_in_the_notes_eras() {
    let note = ids(filter(None, true));
    assert_eq!(note.len(), 27);
    assert!(!note.contains(&"dropout"));
    assert_eq!(
        ids(filter(Some("foundations"), true)),
        ["alexnet", "word2vec", "gan", "seq2seq"]
    );
    assert_eq!(ids(filter(Some("scaling"), true)).len(), 7);
    assert_eq!(ids(filter(Some("multimodal"), true)).len(), 8);
    assert!(filter(None, true)
        .apply(TIMELINE.milestones)
        .iter()
        .all(|m| m.origin == Origin::Note));
}

#[test]
fn unknown_era_shows_nothing() {
    // The URL layer never passes one; the filter itself stays strict.
    assert!(ids(filter(Some("nope"), false)).is_empty());
}

#[test]
fn era_counts_add_up() {
    let counts = |only_note| -> Vec<usize> {
        TIMELINE
            .eras
            .iter()
            .map(|e| count_in_era(TIMELINE.milestones, e.id, only_note))
            .collect()
    };
    assert_eq!(counts(true), [4, 4, 4, 7, 8]);
    assert_eq!(counts(false), [7, 4, 4, 12, 12]);
    assert_eq!(
        counts(false).iter().sum::<usize>(),
        TIMELINE.milestones.len()
    );
}

#[test]
fn groups_follow_era_order_and_skip_empty_eras() {
    let all = Filter::default().apply(TIMELINE.milestones);
    let groups = group_by_era(TIMELINE.eras, &all);
    let order: Vec<&str> = groups.iter().map(|g| g.era.id).collect();
    assert_eq!(
        order,
        [
            "foundations",
            "emergence",
            "transformer",
            "scaling",
            "multimodal"
        ]
    );
    assert_eq!(groups.iter().map(|g| g.milestones.len()).sum::<usize>(), 39);

    let one = filter(Some("emergence"), false).apply(TIMELINE.milestones);
    let groups = group_by_era(TIMELINE.eras, &one);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].era.id, "emergence");
    assert_eq!(groups[0].milestones.len(), 4);

    assert!(group_by_era(TIMELINE.eras, &[]).is_empty());
}

use ai_timeline::filter::{best_part_to_clear, facet_counts, Part};
use ai_timeline::search::Query;

fn with(f: impl FnOnce(&mut Filter)) -> Filter {
    let mut filter = Filter::default();
    f(&mut filter);
    filter
}

#[test]
fn tags_combine_with_and() {
    let language = ids(with(|f| f.tags = vec!["language"]));
    let both = ids(with(|f| f.tags = vec!["language", "scaling"]));
    assert!(both.len() < language.len());
    assert!(both.contains(&"gpt-3"));
    for id in &both {
        let m = TIMELINE.milestone(id).unwrap();
        assert!(m.tags.contains(&"language") && m.tags.contains(&"scaling"));
    }
}

#[test]
fn organisation_and_years_narrow_the_list() {
    let google = ids(with(|f| f.org = Some("google")));
    assert!(google.contains(&"transformer") && google.contains(&"bert"));
    assert!(!google.contains(&"gpt-3"));
    let range = ids(with(|f| (f.from, f.to) = (Some(2017), Some(2019))));
    assert_eq!(range, ["transformer", "gpt-1", "bert", "gpt-2"]);
    // A span (2023-2024) overlaps a range that covers either end.
    assert!(ids(with(|f| f.from = Some(2024))).contains(&"multimodal-llms"));
}

#[test]
fn two_tags_an_era_and_a_year_range_combine() {
    let f = with(|f| {
        f.era = Some("scaling");
        f.tags = vec!["language", "scaling"];
        (f.from, f.to) = (Some(2020), Some(2021));
    });
    assert_eq!(ids(f), ["scaling-laws", "gpt-3"]);
}

#[test]
fn search_combines_with_facets() {
    let f = with(|f| {
        f.query = Query::parse("hinton");
        f.era = Some("foundations");
    });
    assert_eq!(ids(f), ["alexnet", "dropout"]);
}

#[test]
fn facet_counts_follow_the_other_filters() {
    let none = facet_counts(&Filter::default(), TIMELINE.milestones);
    let count = |list: &[(&str, usize)], id: &str| list.iter().find(|(k, _)| *k == id).unwrap().1;
    assert_eq!(count(&none.eras, "scaling"), 12);
    assert!(none.years.iter().map(|(_, n)| n).sum::<usize>() >= 39);
    let openai = with(|f| f.org = Some("openai"));
    let counts = facet_counts(&openai, TIMELINE.milestones);
    assert_eq!(
        count(&counts.eras, "foundations"),
        0,
        "OpenAI has no early-2010s milestone here"
    );
    assert_eq!(count(&counts.eras, "transformer"), 2);
    // An org's own count ignores the org already chosen.
    assert_eq!(
        count(&counts.orgs, "google"),
        ids(with(|f| f.org = Some("google"))).len()
    );
    // A tag's count adds it to the selected ones.
    let language = with(|f| f.tags = vec!["language"]);
    let counts = facet_counts(&language, TIMELINE.milestones);
    assert_eq!(count(&counts.tags, "language"), ids(language.clone()).len());
    assert_eq!(
        count(&counts.tags, "scaling"),
        ids(with(|f| f.tags = vec!["language", "scaling"])).len()
    );
    // Years ignore the year range itself.
    let range = with(|f| (f.from, f.to) = (Some(2017), Some(2017)));
    let years = facet_counts(&range, TIMELINE.milestones).years;
    assert_eq!(years.iter().find(|(y, _)| *y == 2018).unwrap().1, 2);
}

#[test]
fn the_empty_state_offers_the_part_that_brings_back_the_most() {
    let f = with(|f| {
        f.era = Some("foundations");
        f.org = Some("openai");
    });
    assert!(ids(f.clone()).is_empty());
    // Clearing the era gives all of OpenAI's; clearing the organisation gives the era's 7.
    let (part, n) = best_part_to_clear(&f, TIMELINE.milestones).unwrap();
    assert_eq!(part, Part::Era);
    assert_eq!(n, ids(with(|f| f.org = Some("openai"))).len());
    assert_eq!(
        best_part_to_clear(&Filter::default(), TIMELINE.milestones),
        None
    );
}

/// The one-pass facet counts equal the plain definition (apply the filter with that one value changed).
#[test]
fn facet_counts_equal_the_plain_definition() {
    let filters = [
        Filter::default(),
        with(|f| f.query = Query::parse("openai")),
        with(|f| {
            f.era = Some("scaling");
            f.tags = vec!["language"];
        }),
        with(|f| {
            f.org = Some("google");
            (f.from, f.to) = (Some(2015), Some(2019));
            f.only_note = true;
        }),
        with(|f| f.query = Query::parse("注意力")),
    ];
    for filter in &filters {
        let fast = facet_counts(filter, TIMELINE.milestones);
        for (era, n) in &fast.eras {
            let plain = Filter {
                era: Some(era),
                ..filter.clone()
            }
            .count(TIMELINE.milestones);
            assert_eq!(*n, plain, "era {era} under {filter:?}");
        }
        for (org, n) in &fast.orgs {
            let plain = Filter {
                org: Some(org),
                ..filter.clone()
            }
            .count(TIMELINE.milestones);
            assert_eq!(*n, plain, "org {org} under {filter:?}");
        }
        for (tag, n) in &fast.tags {
            let mut f = filter.clone();
            if !f.tags.contains(tag) {
                f.tags.push(tag);
            }
            assert_eq!(
                *n,
                f.count(TIMELINE.milestones),
                "tag {tag} under {filter:?}"
            );
        }
        for (year, n) in &fast.years {
            let f = Filter {
                from: Some(*year),
                to: Some(*year),
                ..filter.without(Part::Years)
            };
            assert_eq!(
                *n,
                f.count(TIMELINE.milestones),
                "year {year} under {filter:?}"
            );
        }
    }
}

#[test]
fn setting_one_end_of_the_year_range_keeps_it_ordered() {
    use ai_timeline::filter::{set_year, Bound};
    assert_eq!(
        set_year((None, None), Bound::From, Some(2015)),
        (Some(2015), None)
    );
    assert_eq!(
        set_year((None, Some(2012)), Bound::From, Some(2015)),
        (Some(2015), Some(2015))
    );
    assert_eq!(
        set_year((Some(2018), Some(2020)), Bound::To, Some(2016)),
        (Some(2016), Some(2016))
    );
    assert_eq!(
        set_year((Some(2014), Some(2020)), Bound::To, Some(2018)),
        (Some(2014), Some(2018))
    );
    assert_eq!(
        set_year((Some(2014), Some(2020)), Bound::From, None),
        (None, Some(2020))
    );
    assert_eq!(
        set_year((Some(2014), Some(2020)), Bound::To, None),
        (Some(2014), None)
    );
}
