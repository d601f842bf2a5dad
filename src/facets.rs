//! Facet counts and the empty-state hint: for each value of each facet, how many milestones it would give under
//! the other filters. Pure; one pass over the milestones.

use crate::filter::{Filter, Part};
use crate::model::Timeline;

/// For each value of each facet, how many milestones it would give together with the other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub eras: Vec<(&'static str, usize)>,
    /// Adding this tag to the selected ones (a selected tag shows the current count); with any-of tags, the
    /// milestones carrying this tag under the other filters.
    pub tags: Vec<(&'static str, usize)>,
    /// Milestones of each organisation under the other filters.
    pub orgs: Vec<(&'static str, usize)>,
    /// Milestones in each year, ignoring the year range.
    pub years: Vec<(u16, usize)>,
}

impl FacetCounts {
    /// The count of one value of a facet (0 for a value not listed).
    pub fn of<K: PartialEq + Copy>(list: &[(K, usize)], key: K) -> usize {
        list.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n)
    }
}

/// One pass over the milestones: each part of the filter (the search above all) is evaluated once per milestone,
/// and every facet value is counted from those results. Linear in the number of milestones.
pub fn facet_counts(filter: &Filter, timeline: &Timeline) -> FacetCounts {
    let ids = |list: &[crate::model::Tag]| list.iter().map(|t| (t.id, 0)).collect::<Vec<_>>();
    let mut eras: Vec<(&'static str, usize)> = timeline.eras.iter().map(|e| (e.id, 0)).collect();
    let (mut tags, mut orgs) = (ids(timeline.tags), ids(timeline.orgs));
    let (first, last) = timeline.years();
    let mut years: Vec<(u16, usize)> = (first..=last).map(|y| (y, 0)).collect();
    let bump = |list: &mut Vec<(&'static str, usize)>, id: &str| {
        if let Some(entry) = list.iter_mut().find(|(k, _)| *k == id) {
            entry.1 += 1;
        }
    };
    for m in timeline.milestones {
        let pass = filter.parts(m, timeline);
        let all_but = |part: Part| Part::ALL.iter().zip(pass).all(|(p, ok)| ok || *p == part);
        if all_but(Part::Era) {
            bump(&mut eras, m.era);
        }
        if all_but(Part::Orgs) {
            for org in m.orgs {
                bump(&mut orgs, org);
            }
        }
        let counts_for_tags = if filter.tags_any {
            all_but(Part::Tags)
        } else {
            pass.iter().all(|ok| *ok)
        };
        if counts_for_tags {
            // All-of: adding a tag the milestone carries keeps it (a selected tag shows the current count).
            // Any-of: each tag counts its own milestones under the other filters.
            for tag in m.tags {
                bump(&mut tags, tag);
            }
        }
        if all_but(Part::Years) {
            for entry in years
                .iter_mut()
                .filter(|(y, _)| (m.year..=m.last_year()).contains(y))
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

/// When nothing matches: the active part whose removal brings back the most milestones, and how many.
pub fn best_part_to_clear(filter: &Filter, timeline: &Timeline) -> Option<(Part, usize)> {
    Part::ALL
        .iter()
        .filter(|&&p| filter.is_active(p))
        .map(|&p| (p, filter.without(p).count(timeline)))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(p, n)| (n, std::cmp::Reverse(Part::ALL.iter().position(|&q| q == p))))
}
