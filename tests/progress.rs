//! The first view renders a few milestones; the rest follows in chunks until all are rendered, then the charts,
//! then the trends, a step each.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::progress::{charts, next, trends, CHUNK, FIRST};

#[test]
fn the_rest_follows_in_chunks_then_charts_then_trends() {
    let total = FIRST + 3 * CHUNK + 1;
    let mut steps = vec![FIRST];
    while let Some(n) = next(*steps.last().unwrap(), total) {
        assert!(n > *steps.last().unwrap(), "every step makes progress");
        steps.push(n);
    }
    let list: Vec<usize> = steps.iter().copied().filter(|&n| n <= total).collect();
    assert_eq!(
        list,
        [
            FIRST,
            FIRST + CHUNK,
            FIRST + 2 * CHUNK,
            FIRST + 3 * CHUNK,
            total
        ]
    );
    assert_eq!(&steps[list.len()..], [total + 1, total + 2]);
    let at = |n| (charts(n, total), trends(n, total));
    assert_eq!(at(total), (false, false), "the list first");
    assert_eq!(at(total + 1), (true, false), "then the charts");
    assert_eq!(at(total + 2), (true, true), "then the trends");
    assert_eq!(next(total + 2, total), None);
    assert_eq!(
        next(usize::MAX, total),
        None,
        "everything asked for at once"
    );
    assert_eq!(at(usize::MAX), (true, true));
    assert_eq!(
        next(0, 0),
        Some(1),
        "no milestones: charts and trends still follow"
    );
}

#[test]
fn a_windowed_timeline_takes_its_whole_list_in_one_step() {
    let total = ai_timeline::windowing::SMALL_TIMELINE + 1;
    assert_eq!(next(FIRST, total), Some(total));
    assert_eq!(next(total, total), Some(total + 1));
}
