//! Which milestones are shown: the filter, its parts and how each part is cleared. Pure functions over a
//! [`Timeline`], tested natively on fixtures.

use crate::model::{Era, Milestone, Origin, Timeline};
use crate::search::Search;

/// The active filters; each empty or `None` part lets everything through. Parts combine with AND; several tags
/// mean a milestone must carry all of them (or any, with `tags_any`); several organisations mean any of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub era: Option<&'static str>,
    /// Only the source note's milestones.
    pub only_note: bool,
    pub search: Search,
    pub tags: Vec<&'static str>,
    /// A milestone needs any of the tags rather than all of them.
    pub tags_any: bool,
    pub orgs: Vec<&'static str>,
    /// Year range over the note's years (inclusive); a milestone spanning years matches if they overlap.
    pub from: Option<u16>,
    pub to: Option<u16>,
}

/// A part of the filter that can be cleared on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Query,
    Era,
    Tags,
    Orgs,
    Years,
    OnlyNote,
}

impl Part {
    /// Every part, in the order they are named to readers.
    pub const ALL: [Part; 6] = [
        Part::Query,
        Part::Era,
        Part::Tags,
        Part::Orgs,
        Part::Years,
        Part::OnlyNote,
    ];
    /// The order a milestone is checked in: the search, the costly part, last.
    const CHEAP_FIRST: [Part; 6] = [
        Part::Era,
        Part::OnlyNote,
        Part::Tags,
        Part::Orgs,
        Part::Years,
        Part::Query,
    ];
}

impl Filter {
    /// Whether `m` (one of `timeline`'s milestones) passes one part of the filter. The one definition of each
    /// part: matching, facet counts and clearing all use it.
    pub fn passes(&self, part: Part, m: &Milestone, timeline: &Timeline) -> bool {
        match part {
            Part::Query => self.search.query().matches(m, timeline),
            Part::Era => self.era.is_none_or(|era| m.era == era),
            Part::Tags if self.tags_any => {
                self.tags.is_empty() || self.tags.iter().any(|t| m.tags.contains(t))
            }
            Part::Tags => self.tags.iter().all(|t| m.tags.contains(t)),
            Part::Orgs => self.orgs.is_empty() || self.orgs.iter().any(|o| m.orgs.contains(o)),
            Part::Years => {
                self.from.is_none_or(|from| m.last_year() >= from)
                    && self.to.is_none_or(|to| m.year <= to)
            }
            Part::OnlyNote => !self.only_note || m.origin == Origin::Note,
        }
    }

    /// Whether `m` passes every part.
    pub fn matches(&self, m: &Milestone, timeline: &Timeline) -> bool {
        Part::CHEAP_FIRST
            .iter()
            .all(|&part| self.passes(part, m, timeline))
    }

    /// Whether `m` passes each part, in the order of [`Part::ALL`].
    pub fn parts(&self, m: &Milestone, timeline: &Timeline) -> [bool; 6] {
        Part::ALL.map(|part| self.passes(part, m, timeline))
    }

    /// The milestones that pass, in their (date) order.
    pub fn apply(&self, timeline: &Timeline) -> Vec<&'static Milestone> {
        timeline
            .milestones
            .iter()
            .filter(|m| self.matches(m, timeline))
            .collect()
    }

    pub fn count(&self, timeline: &Timeline) -> usize {
        timeline
            .milestones
            .iter()
            .filter(|m| self.matches(m, timeline))
            .count()
    }

    pub fn is_active(&self, part: Part) -> bool {
        match part {
            // The tag mode alone filters nothing.
            Part::Tags => !self.tags.is_empty(),
            _ => *self != self.without(part),
        }
    }

    /// The same filter in its canonical form: the tag mode means nothing without tags.
    pub fn normalised(mut self) -> Filter {
        if self.tags.is_empty() {
            self.tags_any = false;
        }
        self
    }

    pub fn any_active(&self) -> bool {
        Part::ALL.iter().any(|&p| self.is_active(p))
    }

    /// Clears one part. The one place a part is cleared.
    pub fn clear(&mut self, part: Part) {
        match part {
            Part::Era => self.era = None,
            Part::OnlyNote => self.only_note = false,
            Part::Query => self.search = Search::default(),
            Part::Tags => (self.tags.clear(), self.tags_any = false).0,
            Part::Orgs => self.orgs.clear(),
            Part::Years => (self.from, self.to) = (None, None),
        }
    }

    /// The same filter with one part cleared.
    pub fn without(&self, part: Part) -> Filter {
        let mut f = self.clone();
        f.clear(part);
        f
    }

    /// The parts that hide `m`, in the order of [`Part::ALL`].
    pub fn hiding(&self, m: &Milestone, timeline: &Timeline) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .zip(self.parts(m, timeline))
            .filter(|(_, passed)| !passed)
            .map(|(part, _)| part)
            .collect()
    }
}

/// Which end of the year range a control sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    From,
    To,
}

/// The year range after one end is set to `year`: the other end moves along if it would otherwise cross.
pub fn set_year(
    (from, to): (Option<u16>, Option<u16>),
    bound: Bound,
    year: Option<u16>,
) -> (Option<u16>, Option<u16>) {
    match (bound, year) {
        (Bound::From, Some(y)) => (Some(y), to.map(|t| t.max(y))),
        (Bound::To, Some(y)) => (from.map(|f| f.min(y)), Some(y)),
        (Bound::From, None) => (None, to),
        (Bound::To, None) => (from, None),
    }
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
