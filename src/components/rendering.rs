//! What of the page is rendered beyond the first view (`crate::progress`): how many milestones, and whether the
//! charts and trends below the list are. The one owner of both: the app grows the list when the browser is idle,
//! a jump or back/forward to a milestone asks for every milestone, printing asks for everything.

use leptos::prelude::*;

use crate::{browser, progress};

#[derive(Clone, Copy)]
pub struct Rendering {
    /// How many milestones render (`progress::rendered`).
    limit: RwSignal<usize>,
    /// Whether the charts and trends render.
    later: RwSignal<bool>,
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
            later: RwSignal::new(complete),
        }
    }

    /// How many milestones render (tracked).
    pub fn limit(self) -> usize {
        self.limit.get()
    }

    /// Whether the charts and trends render (tracked).
    pub fn later(self) -> bool {
        self.later.get()
    }

    /// Every milestone, at once (a milestone not rendered yet is about to be shown).
    pub fn all_milestones(self) {
        if self.limit.get_untracked() != usize::MAX {
            self.limit.set(usize::MAX);
        }
    }

    /// The charts and trends (the reader is near them or asked for them).
    pub fn show_later(self) {
        if !self.later.get_untracked() {
            self.later.set(true);
        }
    }

    /// Everything, as printing needs.
    pub fn everything(self) {
        self.show_later();
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
