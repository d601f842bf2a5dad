//! The rules that types alone cannot state: ids, references, years. Facts of a milestone (dates, sources,
//! figures, links) are checked in `validate_facts`; translations where the file is read (`load::translations`),
//! so that no text field has to be listed to be checked.

use crate::load::{entry_name, DataError};
use crate::types::{Milestone, Timeline};
use std::collections::HashSet;

/// Collects problems.
#[derive(Default)]
pub(crate) struct Problems(pub Vec<DataError>);

impl Problems {
    pub fn add(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.0.push(DataError::new(entry, field, message));
    }

    /// An id is used in URLs and HTML ids: lowercase ASCII letters, digits and single hyphens, unique in its kind.
    pub fn id(&mut self, id: &str, seen: &mut HashSet<String>, entry: &str) {
        let well_formed = !id.is_empty()
            && id.len() <= 40
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--");
        if !well_formed {
            self.add(entry, "id", format!("\"{id}\" is not a valid id (lowercase letters, digits and single hyphens, at most 40)"));
        }
        if !seen.insert(id.to_string()) {
            self.add(entry, "id", format!("duplicate id \"{id}\""));
        }
    }
}

/// Checks the whole timeline; returns every problem.
pub fn validate(timeline: &Timeline) -> Vec<DataError> {
    let mut problems = Problems::default();
    eras(timeline, &mut problems);
    let mut ids = HashSet::new();
    for (i, m) in timeline.milestones.iter().enumerate() {
        let name = entry_name("milestone", Some(&m.id), i);
        problems.id(&m.id, &mut ids, &name);
        placement(m, timeline, &name, &mut problems);
        crate::validate_facts::check(m, timeline, &name, &mut problems);
    }
    builds_on_cycles(&timeline.milestones, &mut problems);
    for (kind, list) in [("tag", &timeline.tags), ("org", &timeline.orgs)] {
        let mut ids = HashSet::new();
        for (i, t) in list.iter().enumerate() {
            let name = entry_name(kind, Some(&t.id), i);
            problems.id(&t.id, &mut ids, &name);
        }
    }
    trends(timeline, &mut problems);
    problems.0
}

/// Eras: at least one, in order without overlap; each spans start..=end.
fn eras(timeline: &Timeline, problems: &mut Problems) {
    if timeline.eras.is_empty() {
        problems.add("[[era]]", "", "at least one era is required");
    }
    let mut ids = HashSet::new();
    let mut previous_end: Option<u16> = None;
    for (i, era) in timeline.eras.iter().enumerate() {
        let name = entry_name("era", Some(&era.id), i);
        problems.id(&era.id, &mut ids, &name);
        if era.start > era.end {
            let message = format!("end year {} is before start year {}", era.end, era.start);
            problems.add(&name, "end", message);
        }
        if let Some(prev) = previous_end.filter(|&prev| era.start <= prev) {
            problems.add(&name, "start", format!("eras must be in order without overlap: starts in {} but the previous era ends in {prev}", era.start));
        }
        previous_end = Some(era.end);
    }
}

/// A milestone's era exists and holds its year (and the end of its span).
fn placement(m: &Milestone, timeline: &Timeline, name: &str, problems: &mut Problems) {
    let Some(era) = timeline.eras.iter().find(|e| e.id == m.era) else {
        let known: Vec<&str> = timeline.eras.iter().map(|e| e.id.as_str()).collect();
        let message = format!("unknown era \"{}\" (known: {})", m.era, known.join(", "));
        return problems.add(name, "era", message);
    };
    let span = format!("\"{}\" ({}-{})", era.id, era.start, era.end);
    if !(era.start..=era.end).contains(&m.year) {
        let message = format!("year {} is outside its era {span}", m.year);
        problems.add(name, "year", message);
    }
    match m.until {
        Some(until) if until <= m.year => {
            let message = format!("until {until} must be after year {}", m.year);
            problems.add(name, "until", message);
        }
        Some(until) if until > era.end => {
            let message = format!("until {until} is outside its era {span}");
            problems.add(name, "until", message);
        }
        _ => {}
    }
}

/// Each trend has a known id and at least one known milestone.
fn trends(timeline: &Timeline, problems: &mut Problems) {
    let mut ids = HashSet::new();
    for (i, t) in timeline.trends.iter().enumerate() {
        let name = entry_name("trend", Some(&t.id), i);
        problems.id(&t.id, &mut ids, &name);
        if t.milestones.is_empty() {
            let message = "list at least one milestone that shows the trend";
            problems.add(&name, "milestones", message);
        }
        for id in &t.milestones {
            if !timeline.milestones.iter().any(|m| &m.id == id) {
                problems.add(&name, "milestones", format!("unknown milestone \"{id}\""));
            }
        }
    }
}

/// Builds-on links must not loop (A builds on B builds on A): each cycle is reported once, at its first entry.
fn builds_on_cycles(milestones: &[Milestone], problems: &mut Problems) {
    let index = |id: &str| milestones.iter().position(|m| m.id == id);
    // 0 = unvisited, 1 = on the current path, 2 = done
    let mut state = vec![0u8; milestones.len()];
    for start in 0..milestones.len() {
        if state[start] != 0 {
            continue;
        }
        let mut path = vec![start];
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            let Some(target) = milestones[node].builds_on.get(*next) else {
                state[node] = 2;
                path.pop();
                stack.pop();
                continue;
            };
            *next += 1;
            match index(target).map(|t| (t, state[t])) {
                Some((t, 0)) => {
                    state[t] = 1;
                    path.push(t);
                    stack.push((t, 0));
                }
                Some((t, 1)) => {
                    let from = path.iter().position(|&p| p == t).unwrap_or(0);
                    let mut cycle: Vec<&str> = path[from..]
                        .iter()
                        .map(|&p| milestones[p].id.as_str())
                        .collect();
                    cycle.push(milestones[t].id.as_str());
                    let name = entry_name("milestone", Some(&milestones[t].id), t);
                    problems.add(&name, "builds_on", format!("cycle: {}", cycle.join(" -> ")));
                }
                _ => {}
            }
        }
    }
}
