//! The reader's actions while the page hydrates. Until the whole page is hydrated (`Shell::arrive`) a change of
//! view could not reach the regions not hydrated yet, whose markup must stay what was rendered at build time: the
//! actions wait and run, in order, once the address has been taken up. Back or forward meanwhile moves the
//! address itself, which the arrival then takes up: the reader's latest word, so the actions before it are
//! dropped (they never showed, and were never in the history).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::state::Action;

/// The actions held back while the page hydrates (`None` once it has, or where nothing hydrates).
#[derive(Clone, Copy)]
pub struct Early(StoredValue<Option<Rc<RefCell<Vec<Action>>>>, LocalStorage>);

impl Early {
    /// Holds actions back if `hydrating`.
    pub fn new(hydrating: bool) -> Early {
        Early(StoredValue::new_local(hydrating.then(Rc::default)))
    }

    /// Holds `action` back while the page hydrates; gives it back to be run now otherwise.
    pub fn hold(self, action: Action) -> Option<Action> {
        match self.0.get_value() {
            Some(held) => {
                held.borrow_mut().push(action);
                None
            }
            None => Some(action),
        }
    }

    /// Back or forward: true while the page hydrates (the arrival takes the address up; the actions held so far
    /// are dropped), false once it has (the listener restores the view itself).
    pub fn moved(self) -> bool {
        self.0
            .get_value()
            .map(|held| held.borrow_mut().clear())
            .is_some()
    }

    /// The page is hydrated: the actions held, in order, to be run now.
    pub fn end(self) -> Vec<Action> {
        let held = self.0.get_value();
        self.0.set_value(None);
        held.map(|h| h.take()).unwrap_or_default()
    }
}
