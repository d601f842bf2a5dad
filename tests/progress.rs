//! The first view renders a few milestones; the rest follows in chunks until all are rendered.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::progress::{next, CHUNK, FIRST};

#[test]
fn the_rest_follows_in_chunks_until_all_are_rendered() {
    let total = FIRST + 3 * CHUNK + 1;
    let mut steps = vec![FIRST];
    while let Some(n) = next(*steps.last().unwrap(), total) {
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
    assert_eq!(next(0, 0), None);
    assert_eq!(
        next(usize::MAX, total),
        None,
        "everything asked for at once"
    );
    assert_eq!(next(0, 2), Some(2), "a short list renders at once");
}
