//! Era and "only the note" filtering, and grouping, over the real data.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::filter::{count_in_era, group_by_era, Filter};
use ai_timeline::model::{Origin, TIMELINE};

fn filter(era: Option<&'static str>, only_note: bool) -> Filter {
    Filter { era, only_note }
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
    assert!(Filter {
        era: None,
        only_note: true
    }
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
