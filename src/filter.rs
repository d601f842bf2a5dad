//! Which milestones are shown, facet counts and the empty-state hint: pure functions over the static data,
//! tested natively.

use crate::model::{Era, Milestone, Origin, TIMELINE};
use crate::search::Query;

/// The active filters; each empty or `None` part lets everything through. All parts combine with AND, and
/// several tags mean a milestone must carry all of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub era: Option<&'static str>,
    /// Only the source note's milestones.
    pub only_note: bool,
    pub query: Query,
    pub tags: Vec<&'static str>,
    pub org: Option<&'static str>,
    /// Year range over the note's years (inclusive); a milestone spanning years matches if they overlap.
    pub from: Option<u16>,
    pub to: Option<u16>,
}

/// A part of the filter that can be cleared on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Era,
    OnlyNote,
    Query,
    Tags,
    Org,
    Years,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Query,
        Part::Era,
        Part::Tags,
        Part::Org,
        Part::Years,
        Part::OnlyNote,
    ];
}

impl Filter {
    pub fn matches(&self, m: &Milestone) -> bool {
        self.era.is_none_or(|era| m.era == era)
            && (!self.only_note || m.origin == Origin::Note)
            && self.tags.iter().all(|t| m.tags.contains(t))
            && self.org.is_none_or(|org| m.orgs.contains(&org))
            && self.in_years(m)
            && self.query.matches(m)
    }

    fn in_years(&self, m: &Milestone) -> bool {
        let last = m.until.unwrap_or(m.year);
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| m.year <= to)
    }

    /// Whether `m` passes each part, in the order of [`Part::ALL`].
    pub fn parts(&self, m: &Milestone) -> [bool; 6] {
        Part::ALL.map(|part| match part {
            Part::Query => self.query.matches(m),
            Part::Era => self.era.is_none_or(|era| m.era == era),
            Part::Tags => self.tags.iter().all(|t| m.tags.contains(t)),
            Part::Org => self.org.is_none_or(|org| m.orgs.contains(&org)),
            Part::Years => self.in_years(m),
            Part::OnlyNote => !self.only_note || m.origin == Origin::Note,
        })
    }

    /// The milestones that pass, in their (date) order.
    pub fn apply(&self, milestones: &'static [Milestone]) -> Vec<&'static Milestone> {
        milestones.iter().filter(|m| self.matches(m)).collect()
    }

    pub fn count(&self, milestones: &[Milestone]) -> usize {
        milestones.iter().filter(|m| self.matches(m)).count()
    }

    pub fn is_active(&self, part: Part) -> bool {
        match part {
            Part::Era => self.era.is_some(),
            Part::OnlyNote => self.only_note,
            Part::Query => !self.query.is_empty(),
            Part::Tags => !self.tags.is_empty(),
            Part::Org => self.org.is_some(),
            Part::Years => self.from.is_some() || self.to.is_some(),
        }
    }

    /// The same filter with one part cleared.
    pub fn without(&self, part: Part) -> Filter {
        let mut f = self.clone();
        match part {
            Part::Era => f.era = None,
            Part::OnlyNote => f.only_note = false,
            Part::Query => f.query = Query::default(),
            Part::Tags => f.tags.clear(),
            Part::Org => f.org = None,
            Part::Years => (f.from, f.to) = (None, None),
        }
        f
    }

    pub fn any_active(&self) -> bool {
        Part::ALL.iter().any(|&p| self.is_active(p))
    }
}

/// For each value of each facet, how many milestones it would give together with the other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub eras: Vec<(&'static str, usize)>,
    /// Adding this tag to the selected ones (a selected tag shows the current count).
    pub tags: Vec<(&'static str, usize)>,
    pub orgs: Vec<(&'static str, usize)>,
    /// Milestones in each year, ignoring the year range.
    pub years: Vec<(u16, usize)>,
}

/// One pass over the milestones: each part of the filter (the search above all) is evaluated once per milestone,
/// and every facet value is counted from those results. Linear in the number of milestones.
pub fn facet_counts(filter: &Filter, milestones: &[Milestone]) -> FacetCounts {
    let mut eras: Vec<(&'static str, usize)> = TIMELINE.eras.iter().map(|e| (e.id, 0)).collect();
    let mut tags: Vec<(&'static str, usize)> = TIMELINE.tags.iter().map(|t| (t.id, 0)).collect();
    let mut orgs: Vec<(&'static str, usize)> = TIMELINE.orgs.iter().map(|o| (o.id, 0)).collect();
    let mut years: Vec<(u16, usize)> = (FIRST_YEAR..=LAST_YEAR).map(|y| (y, 0)).collect();
    let bump = |list: &mut Vec<(&'static str, usize)>, id: &str| {
        if let Some(entry) = list.iter_mut().find(|(k, _)| *k == id) {
            entry.1 += 1;
        }
    };
    for m in milestones {
        let pass = filter.parts(m);
        let all_but = |part: Part| Part::ALL.iter().zip(pass).all(|(p, ok)| ok || *p == part);
        if all_but(Part::Era) {
            bump(&mut eras, m.era);
        }
        if all_but(Part::Org) {
            for org in m.orgs {
                bump(&mut orgs, org);
            }
        }
        if pass.iter().all(|ok| *ok) {
            // Adding a tag the milestone carries keeps it; a selected tag shows the current count.
            for tag in m.tags {
                bump(&mut tags, tag);
            }
        }
        if all_but(Part::Years) {
            let last = m.until.unwrap_or(m.year);
            for entry in years
                .iter_mut()
                .filter(|(y, _)| (m.year..=last).contains(y))
            {
                entry.1 += 1;
            }
        }
    }
    FacetCounts {
        eras,
        tags,
        orgs,
        years,
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

/// First and last year a range can name.
pub const FIRST_YEAR: u16 = 2010;
pub const LAST_YEAR: u16 = 2025;

/// When nothing matches: the active part whose removal brings back the most milestones, and how many.
pub fn best_part_to_clear(filter: &Filter, milestones: &[Milestone]) -> Option<(Part, usize)> {
    Part::ALL
        .iter()
        .filter(|&&p| filter.is_active(p))
        .map(|&p| (p, filter.without(p).count(milestones)))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(p, n)| (n, std::cmp::Reverse(Part::ALL.iter().position(|&q| q == p))))
}

/// How many milestones belong to `era`, counting only the note's when `only_note`.
pub fn count_in_era(milestones: &[Milestone], era: &str, only_note: bool) -> usize {
    milestones
        .iter()
        .filter(|m| m.era == era && (!only_note || m.origin == Origin::Note))
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
