//! Which milestones are shown: pure functions over the static data, tested natively.

use crate::model::{Era, Milestone};

/// The active filters. `era: None` means all eras.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub era: Option<&'static str>,
}

impl Filter {
    pub fn matches(&self, milestone: &Milestone) -> bool {
        self.era.is_none_or(|era| milestone.era == era)
    }

    /// The milestones that pass, in their (date) order.
    pub fn apply(&self, milestones: &'static [Milestone]) -> Vec<&'static Milestone> {
        milestones.iter().filter(|m| self.matches(m)).collect()
    }
}

/// How many milestones belong to `era`.
pub fn count_in_era(milestones: &[Milestone], era: &str) -> usize {
    milestones.iter().filter(|m| m.era == era).count()
}

/// One era and its visible milestones, for rendering the list in sections.
#[derive(Clone, Debug, PartialEq, Eq)]
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
