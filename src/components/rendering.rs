//! What of the page is rendered beyond the first view (`crate::progress`): how many milestones, and whether the
//! charts and trends below the list are. The one owner of both: the app grows the list when the browser is idle,
//! a jump or back/forward to a milestone asks for every milestone, printing asks for everything.

use leptos::prelude::*;

use crate::{browser, progress};

/// The parts below the list: the charts' section with the scaling chart's frame, its drawing, the ImageNet
/// chart, the trends.
const LATER_PARTS: u8 = 4;

#[derive(Clone, Copy)]
pub struct Rendering {
    /// How many milestones render (`progress::rendered`).
    limit: RwSignal<usize>,
    /// How many of the parts below the list render (`LATER_PARTS`), each next one in a task of its own after the
    /// frame that laid out the one before, so that no task builds them all and no frame lays them all out.
    later: RwSignal<u8>,
}

impl Rendering {
    /// The first view, or with `complete` everything (the static page for readers without JavaScript).
    pub fn new(complete: bool) -> Rendering {
        let limit = if complete {
            usize::MAX
        } else {
            progress::FIRST
        };
        Rendering {
            limit: RwSignal::new(limit),
            later: RwSignal::new(if complete { LATER_PARTS } else { 0 }),
        }
    }

    /// How many milestones render (tracked).
    pub fn limit(self) -> usize {
        self.limit.get()
    }

    /// Whether the `part`th part below the list renders (tracked): 0 the charts' section and the scaling
    /// chart's frame, 1 its drawing, 2 the ImageNet chart, 3 the trends.
    pub fn later(self, part: u8) -> bool {
        self.later.get() > part
    }

    /// Every milestone, at once (a milestone not rendered yet is about to be shown).
    pub fn all_milestones(self) {
        if self.limit.get_untracked() != usize::MAX {
            self.limit.set(usize::MAX);
        }
    }

    /// The charts and trends (the reader is near them or asked for them): the first part now, each next one in
    /// the task after the next frame (the one that lays out the part before).
    pub fn show_later(self) {
        if self.later.get_untracked() == 0 {
            self.one_more_later();
        }
    }

    fn one_more_later(self) {
        let now = self.later.get_untracked();
        if now < LATER_PARTS {
            self.later.set(now + 1);
            request_animation_frame(move || {
                set_timeout(move || self.one_more_later(), std::time::Duration::ZERO);
            });
        }
    }

    /// The charts and trends at once: the reader asked to go there (the bar's button), and the page must be
    /// tall enough to bring them under the bar.
    pub fn all_later(self) {
        if self.later.get_untracked() < LATER_PARTS {
            self.later.set(LATER_PARTS);
        }
    }

    /// Everything, as printing needs, at once.
    pub fn everything(self) {
        self.all_later();
        self.all_milestones();
    }

    /// Renders the rest of the list a step at a time when the browser is idle, then marks the page ready
    /// (`<html data-ready>`, which the end-to-end tests wait for), and calls `done`.
    pub fn grow(self, done: Callback<()>) {
        let total = crate::model::TIMELINE.milestones.len();
        match progress::next(self.limit.get_untracked(), total) {
            Some(more) => request_idle_callback(move || {
                if self.limit.get_untracked() < more {
                    self.limit.set(more);
                }
                self.grow(done);
            }),
            None => {
                browser::mark_ready();
                request_idle_callback(move || done.run(()));
            }
        }
    }
}
