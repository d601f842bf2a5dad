//! The app's one stable sort (src/order.rs) against the standard library's.

use ai_timeline::order::{sort_by, sort_by_key};

#[test]
fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
    // A deterministic spread of lists: empty, one item, sorted, reversed, many ties, longer than a small-sort.
    let mut seed = 7u32;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        seed >> 16
    };
    let mut lists: Vec<Vec<(u32, usize)>> = vec![vec![], vec![(3, 0)]];
    lists.push((0..40).map(|i| (i, 0)).collect());
    lists.push((0..40).rev().map(|i| (i, 0)).collect());
    for len in [5, 17, 64, 300] {
        lists.push((0..len).map(|_| (next() % 7, 0)).collect());
    }
    for mut list in lists {
        for (i, item) in list.iter_mut().enumerate() {
            item.1 = i; // the original place, to see that ties keep their order
        }
        let mut expected = list.clone();
        expected.sort_by_key(|&(value, _)| value);
        let mut by_key = list.clone();
        sort_by_key(&mut by_key, |&(value, _)| value);
        assert_eq!(by_key, expected);
        let mut by = list.clone();
        sort_by(&mut by, |a, b| a.0.cmp(&b.0));
        assert_eq!(by, expected);
    }
}

#[test]
fn sorts_items_that_cannot_be_copied() {
    let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi", "date"]
        .map(String::from)
        .to_vec();
    sort_by_key(&mut words, |w| w.len());
    assert_eq!(words, ["fig", "pear", "kiwi", "date", "apple"]);
}
