//! One stable sort for the whole app. The standard library's `sort_by` is compiled anew for every element type
//! and comparison (about 3 KB of wasm each, seven of them in this app); these sort a list of positions with one
//! compiled sort and then move the items into place. Pure.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by `key`, keeping the order of equal items (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| {
        let (a, b) = (key(a), key(b));
        a.cmp(&b)
    });
}

/// The one compiled sort: positions, compared through a trait object.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Rearranges `items` so that `items[i]` is the old `items[order[i]]`, one cycle of the permutation at a time.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}
