//! What the page renders at first and what follows: the first view (rendered at build time and hydrated) holds
//! the overview and the first few milestones; once the app runs, the rest of the list renders in small chunks
//! when the browser is idle, then the charts and trends. Hydration stays cheap, the first view's bytes small,
//! and no task long. Pure.

/// Milestones in the first view.
pub const FIRST: usize = 4;
/// Milestones added per idle moment after that.
pub const CHUNK: usize = 3;

/// How many milestones to render after the next idle moment, or `None` when all `total` are.
pub fn next(rendered: usize, total: usize) -> Option<usize> {
    (rendered < total).then(|| (rendered + CHUNK).min(total))
}
