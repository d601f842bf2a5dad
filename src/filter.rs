//! Which milestones are shown: pure functions over the static data, tested natively.

use crate::model::{Era, Milestone, Origin};

/// The active filters. `era: None` means all eras; `only_note` hides the milestones added beyond the note.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub era: Option<&'static str>,
    pub only_note: bool,
}

impl Filter {
    pub fn matches(&self, milestone: &Milestone) -> bool {
        self.era.is_none_or(|era| milestone.era == era)
            && (!self.only_note || milestone.origin == Origin::Note)
    }

    /// The milestones that pass, in their (date) order.
    pub fn apply(&self, milestones: &'static [Milestone]) -> Vec<&'static Milestone> {
        milestones.iter().filter(|m| self.matches(m)).collect()
    }
}

/// How many milestones belong to `era`, counting only the note's when `only_note`.
pub fn count_in_era(milestones: &[Milestone], era: &str, only_note: bool) -> usize {
    let filter = Filter {
        era: None,
        only_note,
    };
    milestones
        .iter()
        .filter(|m| m.era == era && filter.matches(m))
        .count()
}

/// One era and its visible milestones, for rendering the list in sections.
#[derive(Clone, Debug, PartialEq)]
pub struct EraGroup {
    pub era: &'static Era,
    pub milestones: Vec<&'static Milestone>,
}

/// Splits visible milestones into era sections, in era order, leaving out eras with none visible.
pub fn group_by_era(eras: &'static [Era], visible: &[&'static Milestone]) -> Vec<EraGroup> {
    eras.iter()
        .map(|era| EraGroup {
            era,
            milestones: visible
                .iter()
                .copied()
                .filter(|m| m.era == era.id)
                .collect(),
        })
        .filter(|g| !g.milestones.is_empty())
        .collect()
}
