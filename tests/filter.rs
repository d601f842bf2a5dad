//! Era filtering and grouping over the real data.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::filter::{count_in_era, group_by_era, Filter};
use ai_timeline::model::TIMELINE;

fn ids(filter: Filter) -> Vec<&'static str> {
    filter
        .apply(TIMELINE.milestones)
        .iter()
        .map(|m| m.id)
        .collect()
}

#[test]
fn no_era_shows_everything_in_order() {
    let all = Filter::default().apply(TIMELINE.milestones);
    assert_eq!(all.len(), 27);
    assert_eq!(all.first().unwrap().id, "alexnet");
    assert_eq!(all.last().unwrap().id, "agents");
}

#[test]
fn an_era_shows_only_its_milestones() {
    assert_eq!(
        ids(Filter {
            era: Some("transformer")
        }),
        ["transformer", "bert", "gpt-1", "gpt-2"]
    );
    assert_eq!(
        ids(Filter {
            era: Some("foundations")
        }),
        ["alexnet", "word2vec", "gan", "seq2seq"]
    );
    assert_eq!(
        ids(Filter {
            era: Some("scaling")
        })
        .len(),
        7
    );
    assert_eq!(
        ids(Filter {
            era: Some("multimodal")
        })
        .len(),
        8
    );
}

#[test]
fn unknown_era_shows_nothing() {
    // The URL layer never passes one; the filter itself stays strict.
    assert!(ids(Filter { era: Some("nope") }).is_empty());
}

#[test]
fn era_counts_add_up() {
    let counts: Vec<usize> = TIMELINE
        .eras
        .iter()
        .map(|e| count_in_era(TIMELINE.milestones, e.id))
        .collect();
    assert_eq!(counts, [4, 4, 4, 7, 8]);
    assert_eq!(counts.iter().sum::<usize>(), TIMELINE.milestones.len());
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
    assert_eq!(groups.iter().map(|g| g.milestones.len()).sum::<usize>(), 27);

    let one = Filter {
        era: Some("emergence"),
    }
    .apply(TIMELINE.milestones);
    let groups = group_by_era(TIMELINE.eras, &one);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].era.id, "emergence");
    assert_eq!(groups[0].milestones.len(), 4);

    assert!(group_by_era(TIMELINE.eras, &[]).is_empty());
}
