//! Filtering, grouping, facet counts and the empty-state hint, on the fixture timeline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ai_timeline::facets::{best_part_to_clear, facet_counts, FacetCounts};
use ai_timeline::filter::{group_by_era, set_year, Bound, Filter, Part};
use ai_timeline::model::Origin;
use ai_timeline::search::Search;
use common::{ids, FIXTURE as T};

fn with(f: impl FnOnce(&mut Filter)) -> Filter {
    let mut filter = Filter::default();
    f(&mut filter);
    filter
}

fn shown(filter: Filter) -> Vec<&'static str> {
    ids(&filter.apply(&T))
}

#[test]
fn no_filter_shows_everything_in_order() {
    assert_eq!(
        shown(Filter::default()),
        [
            "tricks",
            "nets",
            "attention",
            "translator",
            "big-model",
            "secret",
            "span",
            "moe"
        ]
    );
}

#[test]
fn an_era_shows_only_its_milestones() {
    assert_eq!(
        shown(with(|f| f.era = Some("middle"))),
        ["attention", "translator"]
    );
    assert!(
        shown(with(|f| f.era = Some("nope"))).is_empty(),
        "the filter stays strict"
    );
}

#[test]
fn only_the_note_hides_the_added_milestones() {
    let note = with(|f| f.only_note = true).apply(&T);
    assert_eq!(
        ids(&note),
        ["nets", "attention", "translator", "big-model", "span"]
    );
    assert!(note.iter().all(|m| m.origin == Origin::Note));
    assert_eq!(
        shown(with(|f| {
            f.only_note = true;
            f.era = Some("early");
        })),
        ["nets"]
    );
}

#[test]
fn tags_combine_with_and_organisations_with_or() {
    assert_eq!(
        shown(with(|f| f.tags = vec!["language", "scaling"])),
        ["translator", "big-model"]
    );
    assert_eq!(
        shown(with(|f| f.orgs = vec!["uni"])),
        ["tricks", "nets", "attention"]
    );
    assert_eq!(
        shown(with(|f| f.orgs = vec!["lab", "uni"])),
        ["tricks", "nets", "attention", "translator", "span", "moe"]
    );
}

#[test]
fn years_overlap_spans() {
    assert_eq!(
        shown(with(|f| (f.from, f.to) = (Some(2015), Some(2017)))),
        ["attention", "translator"]
    );
    // A span (2023-2024) overlaps a range that covers either end.
    assert_eq!(shown(with(|f| f.from = Some(2024))), ["span", "moe"]);
    assert_eq!(shown(with(|f| f.to = Some(2012))), ["tricks", "nets"]);
}

#[test]
fn search_combines_with_the_other_parts() {
    let f = with(|f| {
        f.search = Search::new("hinton");
        f.era = Some("early");
    });
    assert_eq!(shown(f), ["tricks", "nets"]);
    assert_eq!(
        shown(with(|f| f.search = Search::new("注意力"))),
        ["attention", "translator"]
    );
}

#[test]
fn matches_is_every_part() {
    let f = with(|f| {
        f.era = Some("late");
        f.tags = vec!["language"];
        f.search = Search::new("corp");
    });
    for m in T.milestones {
        assert_eq!(
            f.matches(m, &T),
            f.parts(m, &T).iter().all(|p| *p),
            "{}",
            m.id
        );
        let hiding = f.hiding(m, &T);
        assert_eq!(hiding.is_empty(), f.matches(m, &T), "{}", m.id);
    }
}

#[test]
fn each_part_clears_on_its_own() {
    let full = with(|f| {
        f.era = Some("late");
        f.only_note = true;
        f.search = Search::new("x");
        f.tags = vec!["vision"];
        f.orgs = vec!["lab"];
        (f.from, f.to) = (Some(2012), Some(2020));
    });
    for part in Part::ALL {
        assert!(full.is_active(part), "{part:?}");
        let cleared = full.without(part);
        assert!(!cleared.is_active(part), "{part:?}");
        for other in Part::ALL.into_iter().filter(|p| *p != part) {
            assert!(cleared.is_active(other), "clearing {part:?} kept {other:?}");
        }
    }
    assert_eq!(full.without(Part::Years).from, None);
    assert_eq!(full.without(Part::Years).to, None);
    let mut all = full.clone();
    for part in Part::ALL {
        all.clear(part);
    }
    assert_eq!(all, Filter::default());
    assert!(!all.any_active() && full.any_active());
}

#[test]
fn groups_follow_era_order_and_skip_empty_eras() {
    let groups = group_by_era(T.eras, &Filter::default().apply(&T));
    let order: Vec<&str> = groups.iter().map(|g| g.era.id).collect();
    assert_eq!(order, ["early", "middle", "late", "extra"]);
    assert_eq!(
        groups.iter().map(|g| g.milestones.len()).sum::<usize>(),
        T.milestones.len()
    );
    let one = with(|f| f.era = Some("middle")).apply(&T);
    let groups = group_by_era(T.eras, &one);
    assert_eq!(
        (groups.len(), groups[0].era.id, groups[0].milestones.len()),
        (1, "middle", 2)
    );
    assert!(group_by_era(T.eras, &[]).is_empty());
}

#[test]
fn facet_counts_follow_the_other_filters() {
    let none = facet_counts(&Filter::default(), &T);
    assert_eq!(FacetCounts::of(&none.eras, "late"), 3);
    assert_eq!(none.years.first(), Some(&(2010, 0)));
    assert_eq!(
        none.years.last(),
        Some(&(2025, 1)),
        "years come from the eras"
    );
    let corp = facet_counts(&with(|f| f.orgs = vec!["corp"]), &T);
    assert_eq!(FacetCounts::of(&corp.eras, "early"), 0);
    assert_eq!(FacetCounts::of(&corp.eras, "late"), 3);
    // An organisation's count ignores the organisations chosen.
    assert_eq!(FacetCounts::of(&corp.orgs, "uni"), 3);
    // A tag's count adds it to the selected ones.
    let language = facet_counts(&with(|f| f.tags = vec!["language"]), &T);
    assert_eq!(FacetCounts::of(&language.tags, "language"), 5);
    assert_eq!(FacetCounts::of(&language.tags, "scaling"), 2);
    // Years ignore the year range itself; a span counts in each of its years.
    let range = facet_counts(&with(|f| (f.from, f.to) = (Some(2017), Some(2017))), &T);
    assert_eq!(FacetCounts::of(&range.years, 2012), 2);
    assert_eq!(FacetCounts::of(&range.years, 2024), 1);
}

/// The one-pass facet counts equal the plain definition (apply the filter with that one value changed).
#[test]
fn facet_counts_equal_the_plain_definition() {
    let filters = [
        Filter::default(),
        with(|f| f.search = Search::new("corp")),
        with(|f| {
            f.era = Some("late");
            f.tags = vec!["language"];
        }),
        with(|f| {
            f.orgs = vec!["lab"];
            (f.from, f.to) = (Some(2015), Some(2024));
            f.only_note = true;
        }),
        with(|f| f.search = Search::new("注意力")),
    ];
    for filter in &filters {
        let fast = facet_counts(filter, &T);
        for (era, n) in &fast.eras {
            let plain = Filter {
                era: Some(era),
                ..filter.clone()
            }
            .count(&T);
            assert_eq!(*n, plain, "era {era} under {filter:?}");
        }
        for (org, n) in &fast.orgs {
            let plain = Filter {
                orgs: vec![org],
                ..filter.clone()
            }
            .count(&T);
            assert_eq!(*n, plain, "org {org} under {filter:?}");
        }
        for (tag, n) in &fast.tags {
            let mut f = filter.clone();
            if !f.tags.contains(tag) {
                f.tags.push(tag);
            }
            assert_eq!(*n, f.count(&T), "tag {tag} under {filter:?}");
        }
        for (year, n) in &fast.years {
            let f = Filter {
                from: Some(*year),
                to: Some(*year),
                ..filter.without(Part::Years)
            };
            assert_eq!(*n, f.count(&T), "year {year} under {filter:?}");
        }
    }
}

#[test]
fn the_empty_state_offers_the_part_that_brings_back_the_most() {
    let f = with(|f| {
        f.era = Some("early");
        f.orgs = vec!["corp"];
    });
    assert!(shown(f.clone()).is_empty());
    // Clearing the era gives Corp B's 3; clearing the organisation gives the era's 2.
    assert_eq!(best_part_to_clear(&f, &T), Some((Part::Era, 3)));
    let f = with(|f| {
        f.era = Some("extra");
        f.tags = vec!["vision"];
    });
    assert_eq!(best_part_to_clear(&f, &T), Some((Part::Era, 3)));
    assert_eq!(best_part_to_clear(&Filter::default(), &T), None);
}

#[test]
fn setting_one_end_of_the_year_range_keeps_it_ordered() {
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

#[test]
fn any_of_tags_counts_each_tag_under_the_other_filters() {
    let f = with(|f| {
        f.tags = vec!["vision", "scaling"];
        f.tags_any = true;
        f.era = Some("late");
    });
    assert_eq!(shown(f.clone()), ["big-model", "span"]);
    let counts = facet_counts(&f, &T);
    for (tag, n) in &counts.tags {
        let plain = T
            .milestones
            .iter()
            .filter(|m| m.era == "late" && m.tags.contains(tag))
            .count();
        assert_eq!(*n, plain, "{tag}");
    }
    assert!(f.is_active(Part::Tags));
    assert!(
        !with(|f| f.tags_any = true).is_active(Part::Tags),
        "a mode without tags filters nothing"
    );
}
