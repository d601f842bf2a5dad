//! The first view renders a few milestones; the rest follows in chunks until all are rendered; rendered items
//! stay rendered when the filter changes.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::progress::{next, CHUNK, FIRST};

#[test]
fn the_rest_follows_in_chunks() {
    let total = FIRST + 3 * CHUNK + 1;
    let mut steps = vec![FIRST];
    while let Some(n) = next(*steps.last().unwrap(), total) {
        assert!(n > *steps.last().unwrap(), "every step makes progress");
        steps.push(n);
    }
    assert_eq!(
        steps,
        [
            FIRST,
            FIRST + CHUNK,
            FIRST + 2 * CHUNK,
            FIRST + 3 * CHUNK,
            total
        ]
    );
    assert_eq!(next(total, total), None);
    assert_eq!(
        next(usize::MAX, total),
        None,
        "everything asked for at once"
    );
    assert_eq!(next(0, 0), None, "no milestones: nothing to grow");
}

#[test]
fn a_windowed_timeline_takes_its_whole_list_in_one_step() {
    let total = ai_timeline::windowing::SMALL_TIMELINE + 1;
    assert_eq!(next(FIRST, total), Some(total));
    assert_eq!(next(total, total), None);
}

mod common;

#[test]
fn rendered_items_stay_rendered_when_the_filter_changes() {
    use ai_timeline::progress::rendered;
    use common::{ids, FIXTURE as T};
    let all: Vec<_> = T.milestones.iter().collect();
    let first = rendered(T.milestones, &all, 2, None);
    assert_eq!(ids(&first), ids(&all[..2]));
    // A filter that shows the last two: they render too, and the first two stay (hidden by the page).
    let last = &all[all.len() - 2..];
    let both = rendered(T.milestones, last, 2, Some(&first));
    assert_eq!(
        ids(&both),
        [ids(&all[..2]), ids(last)].concat(),
        "in the timeline's order"
    );
    // Showing everything again builds only what was never rendered.
    let grown = rendered(T.milestones, &all, 3, Some(&both));
    assert_eq!(grown.len(), 5);
    assert_eq!(
        ids(&rendered(T.milestones, &all, usize::MAX, Some(&grown))),
        ids(&all)
    );
}
