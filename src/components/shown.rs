//! What the reader is shown, as the milestone list and the time axis read it: one bag, and one set of the shown
//! ids per change of view (not one per component).

use std::collections::HashSet;

use leptos::prelude::*;

use crate::model::{Lang, Milestone};

#[derive(Clone, Copy)]
pub struct Shown {
    pub lang: Lang,
    /// The milestones the filters show, in order.
    pub visible: Memo<Vec<&'static Milestone>>,
    /// Their ids: each item's or mark's check is O(1), so a change stays linear in the number of milestones.
    pub ids: Memo<HashSet<&'static str>>,
    /// The milestone the address names, if any.
    pub selected: Memo<Option<&'static str>>,
}

impl Shown {
    pub fn new(
        lang: Lang,
        visible: Memo<Vec<&'static Milestone>>,
        selected: Memo<Option<&'static str>>,
    ) -> Shown {
        let ids = Memo::new(move |_| visible.with(|v| v.iter().map(|m| m.id).collect()));
        Shown {
            lang,
            visible,
            ids,
            selected,
        }
    }
}
