//! What the page renders at first and what follows: the first view (rendered at build time and hydrated) holds
//! the overview and the first few milestones; once the app runs, the rest of the list renders a milestone per
//! idle moment (each step short: a slow phone's long tasks are what it feels). The charts and trends below the
//! list render when the reader comes near them, or prints (`App`). Pure.
//!
//! The page counts its progress in steps: `rendered` steps show `rendered` milestones (at most all of them).
//! `usize::MAX` shows everything at once. A timeline long enough to be windowed (`crate::windowing`) takes its
//! whole list in one step.

use std::collections::HashSet;

use crate::model::Milestone;

/// Milestones in the first view.
pub const FIRST: usize = 4;
/// Milestones added per idle moment after that.
pub const CHUNK: usize = 1;

/// The step after `rendered` for a list of `total` milestones, or `None` when everything shows.
pub fn next(rendered: usize, total: usize) -> Option<usize> {
    (rendered < total).then(|| {
        if crate::windowing::windowed(total, total) {
            // A long timeline's list renders only what is near the screen: all of it at once costs no more.
            total
        } else {
            (rendered + CHUNK).min(total)
        }
    })
}

/// The milestones the list renders, in the timeline's order: the first `limit` of the `visible` ones, plus, on a
/// timeline small enough to render whole, every milestone rendered before (`previous`). A change of filter then
/// only hides and shows items that stay rendered, instead of building them again ("show all" after an era, or
/// clearing a search, touches no item's content). A long timeline renders only what is visible (and windowed).
pub fn rendered(
    all: &'static [Milestone],
    visible: &[&'static Milestone],
    limit: usize,
    previous: Option<&[&'static Milestone]>,
) -> Vec<&'static Milestone> {
    let first = &visible[..limit.min(visible.len())];
    let previous = previous.unwrap_or_default();
    if crate::windowing::windowed(all.len(), all.len()) || previous.is_empty() {
        return first.to_vec();
    }
    let keep: HashSet<&str> = first.iter().chain(previous).map(|m| m.id).collect();
    all.iter().filter(|m| keep.contains(m.id)).collect()
}
