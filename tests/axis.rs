//! The time axis's decisions: date order, rows, years as groups, roving focus, tab stops, touch taps, the tooltip.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::axis::{
    date_order, dates, mark_rows, rove, tab_stop, tap, tip_box, year_groups, Layout, Tap,
};
use ai_timeline::model::Date;
use common::FIXTURE as T;

mod common;

const fn day(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

#[test]
fn marks_are_ordered_as_the_axis_draws_them() {
    // A month-only date sits mid-month (after the 12th), a year-only date mid-year; equal dates keep their order.
    let dates = [
        day(2017, 0, 0),
        day(2017, 6, 12),
        day(2012, 9, 30),
        day(2017, 6, 0),
        day(2012, 9, 30),
        day(2017, 12, 1),
    ];
    assert_eq!(date_order(&dates), vec![2, 4, 1, 3, 0, 5]);
    assert_eq!(date_order(&[]), Vec::<usize>::new());
    // The fixture is stored in date order already.
    let order = date_order(&dates_of_fixture());
    assert_eq!(order, (0..T.milestones.len()).collect::<Vec<_>>());
}

fn dates_of_fixture() -> Vec<Date> {
    dates(T.milestones)
}

#[test]
fn crowded_marks_stack_in_rows_whatever_their_order() {
    // Given out of order: the rows are those of the sorted positions.
    assert_eq!(
        mark_rows(&[100.0, 0.0, 5.0, 50.0, 8.0], 10.0),
        vec![0, 0, 1, 0, 2]
    );
    assert_eq!(mark_rows(&[], 10.0), Vec::<usize>::new());
    assert_eq!(mark_rows(&[0.0, 20.0, 40.0], 10.0), vec![0, 0, 0]);
}

#[test]
fn every_year_is_a_group_with_its_era_and_milestones_in_date_order() {
    let (first, last) = T.years();
    let groups = year_groups(&dates_of_fixture(), T.eras, first, last);
    assert_eq!(groups.len(), usize::from(last - first) + 1);
    let years: Vec<u16> = groups.iter().map(|g| g.year).collect();
    assert_eq!(years, (first..=last).collect::<Vec<_>>());
    // Every milestone is in the group of its verified year, once.
    let mut seen: Vec<usize> = groups.iter().flat_map(|g| g.members.clone()).collect();
    seen.sort();
    assert_eq!(seen, (0..T.milestones.len()).collect::<Vec<_>>());
    for g in &groups {
        for &i in &g.members {
            assert_eq!(T.milestones[i].date().year, g.year);
        }
        let era = &T.eras[g.era - 1];
        assert!(
            (era.start..=era.end).contains(&g.year),
            "{} in {}",
            g.year,
            era.id
        );
    }
    let ids = |year: u16| -> Vec<&str> {
        groups[usize::from(year - first)]
            .members
            .iter()
            .map(|&i| T.milestones[i].id)
            .collect()
    };
    assert_eq!(ids(2012), vec!["tricks", "nets"]);
    assert_eq!(ids(2023), vec!["secret", "span"]);
    assert!(ids(2011).is_empty(), "an empty year is kept");
}

#[test]
fn year_groups_sort_members_by_date_and_skip_dates_outside() {
    let dates = [
        day(2021, 9, 0),
        day(2021, 2, 3),
        day(2009, 1, 1),
        day(2030, 1, 1),
    ];
    let groups = year_groups(&dates, T.eras, 2020, 2021);
    assert_eq!(groups.len(), 2);
    assert!(groups[0].members.is_empty());
    assert_eq!(groups[1].members, vec![1, 0]);
    // A year no era covers has era 0 (no accent).
    assert_eq!(year_groups(&dates, T.eras, 2030, 2030)[0].era, 0);
    assert_eq!(year_groups(&dates, T.eras, 2030, 2030)[0].members, vec![3]);
}

#[test]
fn arrow_keys_move_along_a_row_and_stop_at_the_ends() {
    assert_eq!(rove("ArrowRight", 0, 5, Layout::Row), Some(1));
    assert_eq!(rove("ArrowLeft", 3, 5, Layout::Row), Some(2));
    assert_eq!(rove("ArrowLeft", 0, 5, Layout::Row), Some(0));
    assert_eq!(rove("ArrowRight", 4, 5, Layout::Row), Some(4));
    assert_eq!(rove("Home", 3, 5, Layout::Row), Some(0));
    assert_eq!(rove("End", 1, 5, Layout::Row), Some(4));
    // Up and Down are the page's in a row; other keys too.
    assert_eq!(rove("ArrowDown", 1, 5, Layout::Row), None);
    assert_eq!(rove("ArrowUp", 1, 5, Layout::Row), None);
    assert_eq!(rove("Enter", 1, 5, Layout::Row), None);
    assert_eq!(rove("a", 1, 5, Layout::Row), None);
    // Nothing to move to.
    assert_eq!(rove("ArrowRight", 0, 0, Layout::Row), None);
    // A position past the end is taken as the end.
    assert_eq!(rove("ArrowLeft", 9, 5, Layout::Row), Some(3));
}

#[test]
fn arrow_keys_move_down_a_column() {
    assert_eq!(rove("ArrowDown", 0, 3, Layout::Column), Some(1));
    assert_eq!(rove("ArrowUp", 2, 3, Layout::Column), Some(1));
    assert_eq!(rove("ArrowDown", 2, 3, Layout::Column), Some(2));
    assert_eq!(rove("End", 0, 3, Layout::Column), Some(2));
    assert_eq!(rove("ArrowRight", 0, 3, Layout::Column), None);
}

#[test]
fn arrow_keys_move_across_and_down_a_grid() {
    let grid = Layout::Grid(8);
    assert_eq!(
        rove("ArrowRight", 7, 16, grid),
        Some(8),
        "to the next row's start"
    );
    assert_eq!(rove("ArrowDown", 2, 16, grid), Some(10));
    assert_eq!(rove("ArrowUp", 10, 16, grid), Some(2));
    assert_eq!(rove("ArrowUp", 2, 16, grid), Some(2), "the top row stays");
    assert_eq!(
        rove("ArrowDown", 10, 16, grid),
        Some(10),
        "the bottom row stays"
    );
    // A short last row: Down from above a gap stays.
    assert_eq!(rove("ArrowDown", 6, 12, grid), Some(6));
    assert_eq!(rove("ArrowDown", 3, 12, grid), Some(11));
    assert_eq!(rove("End", 0, 12, grid), Some(11));
}

#[test]
fn the_tab_stop_is_where_focus_was_while_the_choice_holds() {
    // Nothing chosen, never focused: the first.
    assert_eq!(tab_stop::<Option<&str>>(None, None, None, 0), 0);
    // The chosen one.
    assert_eq!(tab_stop(None, Some("b"), Some(3), 0), 3);
    // Where focus last moved, under the same choice.
    assert_eq!(tab_stop(Some((5, Some("b"))), Some("b"), Some(3), 0), 5);
    assert_eq!(tab_stop(Some((5, None)), None::<&str>, None, 0), 5);
    // The choice changed since (elsewhere on the page): the chosen one again.
    assert_eq!(tab_stop(Some((5, Some("b"))), Some("c"), Some(1), 0), 1);
    assert_eq!(tab_stop(Some((5, Some("b"))), None, None, 2), 2);
}

#[test]
fn a_touch_previews_and_a_second_touch_follows() {
    assert_eq!(tap(true, false), Tap::Preview);
    assert_eq!(tap(true, true), Tap::Follow);
    // A mouse, a pen or a key follows at once.
    assert_eq!(tap(false, false), Tap::Follow);
    assert_eq!(tap(false, true), Tap::Follow);
}

#[test]
fn the_tooltip_sits_above_its_mark_inside_the_axis() {
    let middle = tip_box("AlexNet · 2012", 500.0, 100.0, 1000.0, 24.0, 10.0);
    assert!((middle.x + middle.w / 2.0 - 500.0).abs() < 1e-9, "centred");
    assert_eq!((middle.y, middle.h), (66.0, 24.0));
    assert!(middle.w > 60.0);
    let left = tip_box("AlexNet · 2012", 3.0, 100.0, 1000.0, 24.0, 10.0);
    assert_eq!(left.x, 0.0);
    let right = tip_box("AlexNet · 2012", 998.0, 100.0, 1000.0, 24.0, 10.0);
    assert!((right.x + right.w - 1000.0).abs() < 1e-9);
    // Chinese text is wider; a text wider than the axis is cut to it.
    let zh = tip_box("多層感知器 · 2012年", 500.0, 100.0, 1000.0, 24.0, 10.0);
    assert!(zh.w > middle.w);
    let long = tip_box(&"x".repeat(500), 500.0, 100.0, 1000.0, 24.0, 10.0);
    assert_eq!((long.x, long.w), (0.0, 1000.0));
}
