use leptos::prelude::*;

use crate::filter::{group_by_era, EraGroup};
use crate::model::{Milestone, TIMELINE};
use crate::windowing::{self, Heights, Screen, Slice};
use crate::{browser, dom};

/// The visible milestones in era sections, and for a long list which of them to render: the pure windowing of
/// `crate::windowing` fed with the screen's position and measured heights. Short lists render whole.
#[derive(Clone, Copy)]
pub struct ListWindow {
    pub groups: Memo<Vec<EraGroup>>,
    /// Per era, the slice to render; `None` while the list renders whole.
    slices: Memo<Option<Vec<(&'static str, Slice)>>>,
    screen: RwSignal<Screen>,
    heights: StoredValue<Heights>,
    /// A milestone being revealed: its list renders around it, wherever the screen is, until it is on screen.
    pin: RwSignal<Option<&'static str>>,
    /// A change of view is being shown: the lists render only [`windowing::NEAR`] around the screen until it is
    /// painted, then [`windowing::OVERSCAN`] (at 1,000 milestones, "show all" built and laid out twice the items
    /// its first frame shows).
    near: RwSignal<bool>,
}

impl ListWindow {
    pub fn new(visible: Memo<Vec<&'static Milestone>>) -> ListWindow {
        let groups = Memo::new(move |_| visible.with(|v| group_by_era(TIMELINE.eras, v)));
        let screen = RwSignal::new(Screen::default());
        let heights = StoredValue::new(Heights::default());
        let pin = RwSignal::new(None::<&'static str>);
        let near = RwSignal::new(false);
        let slices = Memo::new(move |_| {
            if !windowing::windowed(TIMELINE.milestones.len(), visible.with(Vec::len)) {
                return None;
            }
            let pin = pin.get();
            let overscan = match near.get() {
                true => windowing::NEAR,
                false => windowing::OVERSCAN,
            };
            Some(screen.with(|screen| {
                heights.with_value(|heights| {
                    groups.with(|groups| {
                        windowing::slices(&id_lists(groups), screen, heights, pin, overscan)
                    })
                })
            }))
        });
        ListWindow {
            groups,
            slices,
            screen,
            heights,
            pin,
            near,
        }
    }

    /// Whether the list renders only what is near the screen.
    pub fn is_windowed(&self) -> bool {
        self.slices.with(Option::is_some)
    }

    /// The slice of an era's list to render (the whole list when not windowed).
    pub fn slice(&self, era: &'static str, len: usize) -> Slice {
        self.slices
            .with(|slices| slice_of(slices.as_deref(), era, len))
    }

    /// Tracks what is rendered (the era groups and, on a long list, their slices), for an effect that follows it.
    pub fn track_rendered(&self) {
        self.groups.track();
        self.slices.track();
    }

    /// The milestones rendered now: each era's slice of the list (untracked: for effects that touch the DOM).
    pub fn rendered_ids(&self) -> Vec<&'static str> {
        self.slices.with_untracked(|slices| {
            self.groups.with_untracked(|groups| {
                groups
                    .iter()
                    .flat_map(|g| {
                        let len = g.milestones.len();
                        let s = slice_of(slices.as_deref(), g.era.id, len);
                        g.milestones[s.start.min(len)..s.end.min(len)]
                            .iter()
                            .map(|m| m.id)
                    })
                    .collect()
            })
        })
    }

    /// Measures where the screen is and how tall the rendered items are; called on scroll, resize and when the
    /// list changes size. When that changes the height assumed for the items not measured yet, scrolls so that
    /// what is on screen stays there (see `windowing::keep_place`). On a timeline that is never windowed, does
    /// nothing. On one that can be, the lists' places are measured while the list still renders whole (the first
    /// view, a short filtered list): once it is windowed, it renders only what is near the screen from the first
    /// step (before, every era's list first rendered 8 items, built and laid out for nothing: 44 items when the
    /// first view grew to the whole list).
    pub fn measure(&self) {
        let total = TIMELINE.milestones.len();
        if !windowing::windowed(total, total) {
            return;
        }
        let screen_h = browser::screen_height();
        let revision = self.screen.with_untracked(|s| s.revision);
        let slices = self.slices.get_untracked().unwrap_or_default();
        let (next, scroll) = self.groups.with_untracked(|groups| {
            let mut heights = self.heights.write_value();
            let estimate = heights.estimate();
            let mut changed = false;
            let lists = groups
                .iter()
                .filter_map(|g| {
                    if let Some((_, s)) = slices.iter().find(|(era, _)| *era == g.era.id) {
                        let len = g.milestones.len();
                        for m in &g.milestones[s.start.min(len)..s.end.min(len)] {
                            if let Some((_, h)) = browser::element_box(&dom::milestone(m.id)) {
                                changed |= heights.record(m.id, h);
                            }
                        }
                    }
                    let (top, _) = browser::element_box(&dom::era_list(g.era.id))?;
                    Some((g.era.id, -top, screen_h - top))
                })
                .collect();
            let next = Screen {
                lists,
                revision: revision.wrapping_add(u32::from(changed)),
            };
            if !changed {
                return (next, 0.0);
            }
            // The estimate for the items not measured yet may have moved: keep what is on screen there.
            match windowing::keep_place(&id_lists(groups), &next, &heights, estimate) {
                (scroll, kept) if scroll.abs() >= 0.5 => (kept, scroll),
                _ => (next, 0.0),
            }
        });
        if scroll != 0.0 {
            browser::scroll_by(scroll);
        }
        if self.screen.with_untracked(|s| *s != next) {
            self.screen.set(next);
        }
    }

    /// For a change of view that goes to the start of the results: a windowed list first renders its first
    /// milestone (its list around it, wherever the screen was), then `go` runs in the next frame (it scrolls
    /// there), and the list follows the screen again. Without it, the list rendered what was near the screen as
    /// it was before the change, and the scroll went to the first of those.
    pub fn to_start(&self, go: impl FnOnce() + 'static) {
        let first = self.is_windowed().then(|| {
            self.groups
                .with_untracked(|g| g.first().and_then(|g| g.milestones.first().map(|m| m.id)))
        });
        self.pinned_then(first.flatten(), true, go);
    }

    /// Scrolls to a milestone and focuses it. In a windowed list it may not be rendered: its list first renders
    /// around it (wherever the screen is), and once it is there the page scrolls to it and the list follows the
    /// screen again.
    pub fn reveal(&self, id: &'static str) {
        if browser::element_box(&dom::milestone(id)).is_some() || !self.is_windowed() {
            browser::reveal_milestone(id);
            return;
        }
        self.pinned_then(Some(id), false, move || browser::reveal_milestone(id));
    }

    /// Renders the list of `pin` around it (wherever the screen is), then in the next frame runs `go` (which
    /// scrolls there) and lets the list follow the screen again. With `near` (the pin is the first of the results:
    /// nothing renders above it), only what is near the screen until that frame is painted, then all it renders
    /// around it. Without a milestone to pin, only `go`, a frame on.
    fn pinned_then(&self, pin: Option<&'static str>, near: bool, go: impl FnOnce() + 'static) {
        let near = near && pin.is_some();
        if pin.is_some() {
            self.near.set(near);
            self.pin.set(pin);
        }
        let this = *self;
        request_animation_frame(move || {
            go();
            if pin.is_some() {
                this.measure();
                this.pin.set(None);
            }
            if near {
                // A task queued in a frame's callbacks runs after that frame is painted.
                set_timeout(move || this.near.set(false), std::time::Duration::ZERO);
            }
        });
    }
}

/// The slice of an era's list of `len` milestones: from the windowed slices, or the whole list.
fn slice_of(slices: Option<&[(&'static str, Slice)]>, era: &str, len: usize) -> Slice {
    match slices {
        Some(slices) => slices
            .iter()
            .find(|(id, _)| *id == era)
            .map_or(Slice::whole(0), |&(_, s)| s),
        None => Slice::whole(len),
    }
}

/// Each era's list as the ids of its milestones.
fn id_lists(groups: &[EraGroup]) -> Vec<(&'static str, Vec<&'static str>)> {
    groups
        .iter()
        .map(|g| (g.era.id, g.milestones.iter().map(|m| m.id).collect()))
        .collect()
}
