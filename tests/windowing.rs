//! Windowed rendering: which items render for the screen's position, and the space standing in for the rest.

use ai_timeline::windowing::{
    offset_of, slice, Heights, Slice, FIRST_ESTIMATE, FIRST_ITEMS, OVERSCAN,
};

fn ids(n: usize) -> Vec<&'static str> {
    named("m", n)
}

/// `n` ids made of `prefix` and a number.
fn named(prefix: &str, n: usize) -> Vec<&'static str> {
    (0..n)
        .map(|i| &*Box::leak(format!("{prefix}{i}").into_boxed_str()))
        .collect()
}

/// Heights where every item measured `h`.
fn uniform(ids: &[&'static str], h: f64) -> Heights {
    let mut heights = Heights::default();
    for id in ids {
        heights.record(id, h);
    }
    heights
}

#[test]
fn unmeasured_items_count_as_the_average_of_measured_ones() {
    let ids = ids(3);
    let mut heights = Heights::default();
    assert_eq!(heights.of(ids[0]), FIRST_ESTIMATE);
    assert!(heights.record(ids[0], 100.0));
    assert!(heights.record(ids[1], 300.0));
    assert_eq!(heights.of(ids[2]), 200.0);
    assert!(
        !heights.record(ids[1], 300.2),
        "sub-pixel changes are not news"
    );
    assert!(heights.record(ids[1], 200.0));
    assert_eq!(heights.of(ids[2]), 150.0);
    assert!(!heights.record(ids[2], f64::NAN) && !heights.record(ids[2], 0.0));
}

#[test]
fn a_list_whose_place_is_unknown_renders_its_first_items() {
    let ids = ids(1000);
    let s = slice(&ids, &uniform(&ids, 100.0), None, OVERSCAN);
    assert_eq!((s.start, s.end, s.before), (0, FIRST_ITEMS, 0.0));
    assert_eq!(s.after, (1000 - FIRST_ITEMS) as f64 * 100.0);
}

#[test]
fn the_screen_and_its_margin_are_rendered_and_the_rest_stood_in_for() {
    let ids = ids(10_000);
    let heights = uniform(&ids, 100.0);
    // Screen from 50,000 to 50,900 px into the list.
    let s = slice(&ids, &heights, Some((50_000.0, 50_900.0)), OVERSCAN);
    let first = ((50_000.0 - OVERSCAN) / 100.0) as usize;
    let last = ((50_900.0 + OVERSCAN) / 100.0).ceil() as usize;
    assert_eq!((s.start, s.end), (first, last));
    assert_eq!(s.before, first as f64 * 100.0);
    // Rendered plus stood-in space is the whole list: the page keeps its height.
    assert_eq!(
        s.before + (s.end - s.start) as f64 * 100.0 + s.after,
        1_000_000.0
    );
    assert!(s.end - s.start < 40, "{} items rendered", s.end - s.start);
}

#[test]
fn mixed_heights_are_added_up_item_by_item() {
    let ids = ids(6);
    let mut heights = Heights::default();
    for (id, h) in ids.iter().zip([500.0, 1500.0, 100.0, 100.0, 2000.0, 300.0]) {
        heights.record(id, h);
    }
    // Screen 2,000..2,100 -> with the margin -> 800..3,300: items 1 (500..2,000) to 4 (2,200..4,200).
    let s = slice(&ids, &heights, Some((2_000.0, 2_100.0)), OVERSCAN);
    assert_eq!(
        s,
        Slice {
            start: 1,
            end: 5,
            before: 500.0,
            after: 300.0
        }
    );
    assert_eq!(offset_of(&ids, &heights, 4), 2_200.0);
    assert_eq!(offset_of(&ids, &heights, 99), 4_500.0);
}

#[test]
fn a_list_far_above_or_below_the_screen_renders_nothing_and_keeps_its_height() {
    let ids = ids(100);
    let heights = uniform(&ids, 50.0);
    let below = slice(&ids, &heights, Some((-20_000.0, -19_000.0)), OVERSCAN);
    assert_eq!(
        (below.start, below.end, below.before, below.after),
        (0, 0, 0.0, 5_000.0)
    );
    let above = slice(&ids, &heights, Some((90_000.0, 91_000.0)), OVERSCAN);
    assert_eq!(
        (above.start, above.end, above.before, above.after),
        (100, 100, 5_000.0, 0.0)
    );
    assert!(above.start == above.end && below.start == below.end);
}

#[test]
fn a_short_list_on_screen_renders_whole() {
    let ids = ids(5);
    let s = slice(&ids, &uniform(&ids, 100.0), Some((0.0, 900.0)), OVERSCAN);
    assert_eq!(s, Slice::whole(5));
    assert_eq!(
        slice(&[], &Heights::default(), Some((0.0, 900.0)), OVERSCAN),
        Slice::whole(0)
    );
}

#[test]
fn each_list_follows_the_screen_except_the_one_holding_the_pinned_item() {
    use ai_timeline::windowing::{slices, Screen};
    let a = ids(500);
    let b = named("other", 500);
    // List b is not measured: its items count as the average of a's, 100 px.
    let heights = uniform(&a, 100.0);
    let lists = vec![("a", a.clone()), ("b", b.clone())];
    // The screen is 20,000 px into list a, far above list b.
    let screen = Screen {
        lists: vec![("a", 20_000.0, 20_900.0), ("b", -60_000.0, -59_100.0)],
        revision: 0,
    };
    let free = slices(&lists, &screen, &heights, None, OVERSCAN);
    assert_eq!(
        free[0].1,
        slice(&a, &heights, Some((20_000.0, 20_900.0)), OVERSCAN)
    );
    assert!(free[1].1.start == free[1].1.end && free[1].1.start == 0);
    // Pinning item 400 of list b renders b around it, whatever the screen; a still follows the screen.
    let pinned = slices(&lists, &screen, &heights, Some(b[400]), OVERSCAN);
    assert_eq!(pinned[0].1, free[0].1);
    let s = pinned[1].1;
    assert!(s.start <= 400 && 400 < s.end, "{s:?}");
    assert_eq!(s.before, s.start as f64 * 100.0);
    // Before any list is measured, each renders its first items.
    let unmeasured = slices(&lists, &Screen::default(), &heights, None, OVERSCAN);
    assert_eq!(unmeasured[1].1, slice(&b, &heights, None, OVERSCAN));
}

#[test]
fn a_list_shown_again_is_placed_after_the_measured_lists_before_it() {
    use ai_timeline::windowing::{slices, Screen};
    let (a, b, c) = (ids(300), named("b", 300), named("c", 300));
    let heights = uniform(&a, 100.0);
    let lists = vec![("a", a.clone()), ("b", b.clone()), ("c", c.clone())];
    // Only list b was measured (it was the one shown): the screen is 5,000 px into it.
    let screen = Screen {
        lists: vec![("b", 5_000.0, 5_900.0)],
        revision: 0,
    };
    let s = slices(&lists, &screen, &heights, None, OVERSCAN);
    // List a, 30,000 px tall, ends 5,000 px above the screen: all of it is stood in for, nothing renders.
    assert_eq!((s[0].1.start, s[0].1.end), (300, 300), "{:?}", s[0].1);
    assert_eq!(
        s[1].1,
        slice(&b, &heights, Some((5_000.0, 5_900.0)), OVERSCAN)
    );
    // List c begins 25,000 px below the screen: nothing renders either (it rendered its first items before).
    assert_eq!((s[2].1.start, s[2].1.end), (0, 0), "{:?}", s[2].1);
    // Measured further down, into list c's first screen: c renders there, as if it had been measured.
    let near = Screen {
        lists: vec![("b", 29_500.0, 30_400.0)],
        revision: 0,
    };
    let s = slices(&lists, &near, &heights, None, OVERSCAN);
    assert_eq!(s[2].1, slice(&c, &heights, Some((-500.0, 400.0)), OVERSCAN));
    assert!(s[2].1.end > 0);
    // Placed from the nearest measured list: above it too.
    let from_c = Screen {
        lists: vec![("c", -29_000.0, -28_100.0)],
        revision: 0,
    };
    let s = slices(&lists, &from_c, &heights, None, OVERSCAN);
    assert_eq!(
        s[1].1,
        slice(&b, &heights, Some((1_000.0, 1_900.0)), OVERSCAN)
    );
    assert_eq!(
        s[0].1,
        slice(&a, &heights, Some((31_000.0, 31_900.0)), OVERSCAN)
    );
}

#[test]
fn small_timelines_and_short_lists_render_whole() {
    use ai_timeline::windowing::{windowed, SMALL_TIMELINE, WHOLE_UP_TO};
    assert!(
        !windowed(SMALL_TIMELINE, SMALL_TIMELINE),
        "a small timeline renders whole, all of it shown"
    );
    assert!(!windowed(1000, WHOLE_UP_TO), "a short list renders whole");
    assert!(windowed(1000, WHOLE_UP_TO + 1));
    assert!(windowed(SMALL_TIMELINE + 1, SMALL_TIMELINE + 1));
}

#[test]
fn a_changed_estimate_keeps_what_is_on_screen_in_place() {
    use ai_timeline::windowing::{keep_place, Screen};
    let a = ids(100);
    let b = named("below", 100);
    let lists = vec![("a", a.clone()), ("b", b.clone())];
    // One item measured at 100 px: the rest are laid out at 100 px each; list b begins 60 px below list a.
    let mut heights = Heights::default();
    heights.record(a[0], 100.0);
    let old = heights.estimate();
    let screen = Screen {
        lists: vec![
            ("a", 10_060.0 + 5_000.0, 10_060.0 + 5_900.0),
            ("b", 5_000.0, 5_900.0),
        ],
        revision: 3,
    };
    // Nothing new: nothing moves.
    assert_eq!(
        keep_place(&lists, &screen, &heights, old),
        (0.0, screen.clone())
    );
    // The screen's top is at b[50]. Three items on screen measure 400 px: the estimate goes 100 -> 325 px, so the
    // 99 unmeasured items of a and the 50 of b above the screen grow by 225 px each.
    for id in &b[50..53] {
        heights.record(id, 400.0);
    }
    let (scroll, after) = keep_place(&lists, &screen, &heights, old);
    assert_eq!(scroll, 225.0 * 149.0);
    // Laid out again, b[50] is where the screen's top is, relative to both lists.
    let at = offset_of(&b, &heights, 50);
    assert_eq!(after.of("b").unwrap(), (at, at + 900.0));
    assert_eq!(after.of("a").unwrap().0, heights.total(&a) + 60.0 + at);
    assert_eq!(after.revision, 3);
}

#[test]
fn the_frame_of_a_change_of_view_renders_only_what_is_near_the_screen() {
    use ai_timeline::windowing::{slices, Screen, NEAR};
    let ids = ids(1_000);
    let heights = uniform(&ids, 100.0);
    // The start of the results pinned, the screen 900 px tall over it.
    let lists = vec![("a", ids.clone())];
    let screen = Screen {
        lists: vec![("a", 0.0, 900.0)],
        revision: 0,
    };
    let near = slice(&ids, &heights, Some((0.0, 900.0)), NEAR);
    let full = slice(&ids, &heights, Some((0.0, 900.0)), OVERSCAN);
    assert_eq!(
        (near.start, near.end),
        (0, ((900.0 + NEAR) / 100.0) as usize)
    );
    assert_eq!(
        (full.start, full.end),
        (0, ((900.0 + OVERSCAN) / 100.0) as usize)
    );
    // The page keeps its height either way.
    assert_eq!(
        near.before + (near.end - near.start) as f64 * 100.0 + near.after,
        100_000.0
    );
    // Pinned: around the pinned item, with the same margin.
    let pinned = slices(&lists, &screen, &heights, Some(ids[0]), NEAR);
    assert_eq!(
        (pinned[0].1.start, pinned[0].1.end),
        (0, (100.0 + NEAR) as usize / 100)
    );
}
