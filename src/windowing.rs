//! Windowed rendering of long lists: which items of a list to render for the part of the page on screen, and
//! how much space stands in for the rest, so the page keeps its full height and scroll position. Pure: item
//! heights come from measuring rendered items, the screen's position from scrolling.
//!
//! Lists up to [`WHOLE_UP_TO`] items render whole (the real record always does), so find-in-page, printing
//! and screen readers see everything there; longer lists render what is on screen plus [`OVERSCAN`] around it.

use std::collections::HashMap;

/// Lists up to this many items (over all groups) render whole.
pub const WHOLE_UP_TO: usize = 60;
/// Timelines up to this many milestones render whole, whatever is shown.
pub const SMALL_TIMELINE: usize = 250;

/// Whether a list of `shown` items out of a timeline of `total` renders only what is near the screen.
pub fn windowed(total: usize, shown: usize) -> bool {
    total > SMALL_TIMELINE && shown > WHOLE_UP_TO
}
/// Height rendered above and below the screen, in px, so that scrolling never reaches unrendered space.
pub const OVERSCAN: f64 = 1200.0;
/// Height rendered above and below the screen in the frame that shows a change of view going to the start of the
/// results: what the reader sees then is built first, the rest of [`OVERSCAN`] in the task after its paint.
pub const NEAR: f64 = 300.0;
/// The height assumed for an item before any has been measured, in px.
pub const FIRST_ESTIMATE: f64 = 220.0;
/// How many items a list renders before its place on the page is known.
pub const FIRST_ITEMS: usize = 8;

/// Measured heights of items by id; items not measured yet count as the average of those that were.
#[derive(Clone, Debug, Default)]
pub struct Heights {
    known: HashMap<&'static str, f64>,
    sum: f64,
}

impl Heights {
    /// The height to assume for an item not measured yet.
    pub fn estimate(&self) -> f64 {
        if self.known.is_empty() {
            FIRST_ESTIMATE
        } else {
            self.sum / self.known.len() as f64
        }
    }

    /// The measured height of an item, or the estimate.
    pub fn of(&self, id: &str) -> f64 {
        self.known
            .get(id)
            .copied()
            .unwrap_or_else(|| self.estimate())
    }

    /// Records a measurement. Returns whether it changed what is known by half a pixel or more.
    pub fn record(&mut self, id: &'static str, height: f64) -> bool {
        if !height.is_finite() || height <= 0.0 {
            return false;
        }
        match self.known.insert(id, height) {
            Some(old) => {
                self.sum += height - old;
                (height - old).abs() >= 0.5
            }
            None => {
                self.sum += height;
                true
            }
        }
    }

    /// Whether this item has been measured.
    pub fn knows(&self, id: &str) -> bool {
        self.known.contains_key(id)
    }

    /// Sum of the heights of `ids`.
    pub fn total(&self, ids: &[&'static str]) -> f64 {
        ids.iter().map(|id| self.of(id)).sum()
    }
}

/// The items of a list to render, `start..end`, and the space standing in for those before and after.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slice {
    pub start: usize,
    pub end: usize,
    /// Height of the items before `start`, in px.
    pub before: f64,
    /// Height of the items from `end` on, in px.
    pub after: f64,
}

impl Slice {
    /// The whole list, nothing stood in for.
    pub fn whole(len: usize) -> Slice {
        Slice {
            start: 0,
            end: len,
            before: 0.0,
            after: 0.0,
        }
    }
}

/// The slice of a list to render: `overscan` px above and below the screen ([`OVERSCAN`], or [`NEAR`] in the
/// frame of a change of view). `screen` is the top and bottom of the screen relative to the top of the list, in
/// px, or `None` when the list's place is not known yet (then its first [`FIRST_ITEMS`] items render). Linear in
/// the length of the list.
pub fn slice(
    ids: &[&'static str],
    heights: &Heights,
    screen: Option<(f64, f64)>,
    overscan: f64,
) -> Slice {
    let Some((top, bottom)) = screen else {
        let end = ids.len().min(FIRST_ITEMS);
        return Slice {
            start: 0,
            end,
            before: 0.0,
            after: heights.total(&ids[end..]),
        };
    };
    let (top, bottom) = (top - overscan, bottom + overscan);
    let mut y = 0.0;
    let mut start = None;
    let mut before = 0.0;
    let mut end = ids.len();
    for (i, id) in ids.iter().enumerate() {
        if y >= bottom {
            end = i;
            break;
        }
        let h = heights.of(id);
        if start.is_none() && y + h > top {
            start = Some(i);
            before = y;
        }
        y += h;
    }
    let start = start.unwrap_or(end);
    if start == end {
        // Nothing of the list is near the screen: all of it is stood in for, above or below.
        let total = heights.total(ids);
        let before = if top > 0.0 { total } else { 0.0 };
        let at = if top > 0.0 { ids.len() } else { 0 };
        return Slice {
            start: at,
            end: at,
            before,
            after: total - before,
        };
    }
    Slice {
        start,
        end,
        before,
        after: heights.total(&ids[end..]),
    }
}

/// Where item `index` begins, relative to the top of the list, in px.
pub fn offset_of(ids: &[&'static str], heights: &Heights, index: usize) -> f64 {
    heights.total(&ids[..index.min(ids.len())])
}

/// Where the screen is relative to each list, by the list's key: (key, top, bottom) in px, as last measured; and
/// a revision that moves when measured item heights change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screen {
    pub lists: Vec<(&'static str, f64, f64)>,
    pub revision: u32,
}

impl Screen {
    /// The screen's top and bottom relative to the list `key`, if it was measured.
    pub fn of(&self, key: &str) -> Option<(f64, f64)> {
        self.lists
            .iter()
            .find(|(k, ..)| *k == key)
            .map(|&(_, top, bottom)| (top, bottom))
    }
}

/// The slice of each list (key, item ids), with `overscan` as in [`slice`]: around the item `pin` in the list
/// that holds it (a milestone being revealed, wherever the screen is), around the screen in the others.
pub fn slices(
    lists: &[(&'static str, Vec<&'static str>)],
    screen: &Screen,
    heights: &Heights,
    pin: Option<&str>,
    overscan: f64,
) -> Vec<(&'static str, Slice)> {
    let placed = placed(lists, screen, heights);
    lists
        .iter()
        .zip(placed)
        .map(|((key, ids), placed)| {
            let pinned = pin.and_then(|id| ids.iter().position(|m| *m == id));
            let at = match pinned {
                Some(index) => {
                    let top = offset_of(ids, heights, index);
                    Some((top, top + heights.of(ids[index])))
                }
                None => placed,
            };
            (*key, slice(ids, heights, at, overscan))
        })
        .collect()
}

/// Where the screen is relative to each list: as measured, or for a list not measured yet (shown again by a
/// change of filter) from the nearest measured list and the heights of the lists between them, which follow each
/// other on the page (their headings, a few dozen px each, are within [`OVERSCAN`]). Without it, every list
/// shown again rendered its first items, laid out for nothing when they are screens away ("show all" after an
/// era: five lists, 40 items). `None` only while no list has been measured.
fn placed(
    lists: &[(&'static str, Vec<&'static str>)],
    screen: &Screen,
    heights: &Heights,
) -> Vec<Option<(f64, f64)>> {
    let measured: Vec<_> = lists.iter().map(|(key, _)| screen.of(key)).collect();
    if measured.iter().all(Option::is_some) || measured.iter().all(Option::is_none) {
        // Nothing to place (every scroll measures every list shown): no need to add up the lists' heights.
        return measured;
    }
    let totals: Vec<f64> = lists.iter().map(|(_, ids)| heights.total(ids)).collect();
    (0..lists.len())
        .map(|j| {
            measured[j].or_else(|| {
                let k = (0..lists.len())
                    .filter(|&k| measured[k].is_some())
                    .min_by_key(|&k| k.abs_diff(j))?;
                let (top, bottom) = measured[k]?;
                // How far list j begins below list k (negative: above it).
                let below = if j > k {
                    totals[k..j].iter().sum::<f64>()
                } else {
                    -totals[j..k].iter().sum::<f64>()
                };
                Some((top - below, bottom - below))
            })
        })
        .collect()
}

/// Keeps the reader's place when measuring changed the height assumed for the items not measured yet (the
/// estimate, an average) from `old_estimate`: every such item above the screen's top grows or shrinks with it,
/// which would carry the page away from what is on screen by screens in a long list. `screen` is where the screen
/// is relative to each list as laid out now (with `old_estimate`), `heights` what is known after measuring.
/// Returns how far to scroll, in px, and the screen relative to each list once they are laid out again.
pub fn keep_place(
    lists: &[(&'static str, Vec<&'static str>)],
    screen: &Screen,
    heights: &Heights,
    old_estimate: f64,
) -> (f64, Screen) {
    let change = heights.estimate() - old_estimate;
    // Per list, how many unmeasured items the lists before it hold (its top moves by that many changes).
    let mut before = Vec::with_capacity(lists.len());
    let (mut unmeasured, mut above) = (0usize, 0usize);
    for (key, ids) in lists {
        before.push((*key, unmeasured));
        let top = screen.of(key).map_or(f64::NEG_INFINITY, |(top, _)| top);
        let mut y = 0.0;
        for id in ids {
            let measured = heights.knows(id);
            y += if measured {
                heights.of(id)
            } else {
                old_estimate
            };
            if !measured {
                unmeasured += 1;
                above += usize::from(y <= top);
            }
        }
    }
    let scroll = change * above as f64;
    let lists = screen
        .lists
        .iter()
        .map(|&(key, top, bottom)| {
            let moved = before
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(0.0, |&(_, n)| change * n as f64);
            (key, top + scroll - moved, bottom + scroll - moved)
        })
        .collect();
    (
        scroll,
        Screen {
            lists,
            revision: screen.revision,
        },
    )
}
