//! What the page renders at first and what follows: the first view (rendered at build time and hydrated) holds
//! the overview and the first few milestones; once the app runs, the rest of the list renders a milestone per
//! idle moment, then the charts, then the trends, each in an idle moment of its own. Hydration stays cheap, the
//! first view's bytes small, and each step short (a slow phone's long tasks are what it feels). Pure.
//!
//! The page counts its progress in steps: `rendered` steps show `rendered` milestones (at most all of them);
//! one step more shows the charts, two more the trends. `usize::MAX` shows everything at once. A timeline long
//! enough to be windowed (`crate::windowing`) takes its whole list in one step.

/// Milestones in the first view.
pub const FIRST: usize = 4;
/// Milestones added per idle moment after that.
pub const CHUNK: usize = 1;

/// The step after `rendered` for a list of `total` milestones, or `None` when everything shows.
pub fn next(rendered: usize, total: usize) -> Option<usize> {
    let end = total + 2;
    (rendered < end).then(|| {
        if rendered < total && crate::windowing::windowed(total, total) {
            // A long timeline's list renders only what is near the screen: all of it at once costs no more.
            total
        } else if rendered < total {
            (rendered + CHUNK).min(total)
        } else {
            rendered + 1
        }
    })
}

/// Whether the charts show at step `rendered`.
pub fn charts(rendered: usize, total: usize) -> bool {
    rendered > total
}

/// Whether the trends show at step `rendered`.
pub fn trends(rendered: usize, total: usize) -> bool {
    rendered > total.saturating_add(1)
}
