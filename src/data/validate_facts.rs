//! The verified facts of one milestone: dates, sources, figures, tags, organisations, links and correction.

use crate::kinds::Origin;
use crate::types::{Figure, Milestone, Timeline};
use crate::validate::Problems;
use std::collections::HashSet;

pub(crate) fn check(m: &Milestone, timeline: &Timeline, name: &str, problems: &mut Problems) {
    dates(m, timeline, name, problems);
    if m.venue.as_ref().is_some_and(|v| v.trim().is_empty()) {
        problems.add(name, "venue", "empty venue (leave it out instead)");
    }
    if m.sources.is_empty() {
        problems.add(name, "sources", "at least one source is required");
    }
    for (i, source) in m.sources.iter().enumerate() {
        if let Err(message) = check_url(&source.url) {
            problems.add(name, &format!("sources[{i}].url"), message);
        }
        if source.label.trim().is_empty() {
            problems.add(name, &format!("sources[{i}].label"), "empty label");
        }
    }
    for (i, f) in m.figures.iter().enumerate() {
        figure(f, &format!("figures[{i}]"), name, problems);
    }
    for metric in &m.undisclosed {
        if m.figures.iter().any(|f| f.metric == Some(*metric)) {
            let message = format!(
                "\"{}\" is undisclosed but also given as a figure",
                metric.id()
            );
            problems.add(name, "undisclosed", message);
        }
    }
    let known = |list: &[crate::types::Tag]| list.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    references(
        name,
        "tags",
        &m.tags,
        &known(&timeline.tags),
        "tag",
        problems,
    );
    references(
        name,
        "orgs",
        &m.orgs,
        &known(&timeline.orgs),
        "organisation",
        problems,
    );
    links(m, timeline, name, problems);
}

/// At least one date, each inside the timeline's years; the primary one places the milestone: an added
/// milestone sits in its primary date's year, and a note's milestone whose year differs needs a correction.
fn dates(m: &Milestone, timeline: &Timeline, name: &str, problems: &mut Problems) {
    if m.dates.is_empty() {
        problems.add(name, "dates", "at least one date is required");
    }
    let (first, last) = timeline.years().unwrap_or((0, u16::MAX));
    for (i, d) in m.dates.iter().enumerate() {
        let field = format!("dates[{i}]");
        if !(first..=last).contains(&d.date.year) {
            let message = format!("{} is outside {first}-{last}", d.date);
            problems.add(name, &format!("{field}.on"), message);
        }
    }
    let Some(date) = m.primary_date() else {
        return;
    };
    let placed = (m.year..=m.until.unwrap_or(m.year)).contains(&date.year);
    if m.origin == Origin::Added && !placed {
        let message = format!(
            "year {} must be the year of the primary date {date}",
            m.year
        );
        problems.add(name, "year", message);
    } else if !placed && m.correction.is_none() {
        let message = format!(
            "the note's year {} differs from the primary date {date}: add a correction saying so",
            m.year
        );
        problems.add(name, "correction", message);
    }
}

/// A key figure: a finite, non-negative value; the unit its metric needs; texts; a basis exactly when secondary.
fn figure(f: &Figure, field: &str, name: &str, problems: &mut Problems) {
    if !f.value.is_finite() || f.value < 0.0 {
        let message = format!("{} is not a non-negative number", f.value);
        problems.add(name, &format!("{field}.value"), message);
    }
    if let Some(metric) = f.metric.filter(|m| m.unit() != f.unit) {
        let (metric, unit, given) = (metric.id(), metric.unit().id(), f.unit.id());
        let message = format!("metric \"{metric}\" needs unit \"{unit}\", not \"{given}\"");
        problems.add(name, &format!("{field}.unit"), message);
    }
    match (&f.basis, f.secondary) {
        (None, true) => problems.add(
            name,
            &format!("{field}.basis"),
            "a secondary figure must say where it comes from",
        ),
        (Some(_), false) => problems.add(
            name,
            &format!("{field}.secondary"),
            "a basis is given, so mark the figure secondary = true",
        ),
        (Some(_), true) | (None, false) => {}
    }
}

/// A list of ids that must be known, each listed once, and at least one.
fn references(
    name: &str,
    field: &str,
    ids: &[String],
    known: &[String],
    what: &str,
    problems: &mut Problems,
) {
    if ids.is_empty() {
        problems.add(name, field, format!("at least one {what} is required"));
    }
    let mut seen = HashSet::new();
    for id in ids {
        if !known.contains(id) {
            let message = format!("unknown {what} \"{id}\" (known: {})", known.join(", "));
            problems.add(name, field, message);
        }
        if !seen.insert(id) {
            problems.add(name, field, format!("{what} \"{id}\" is listed twice"));
        }
    }
}

/// Builds-on links name other, existing milestones, each once.
fn links(m: &Milestone, timeline: &Timeline, name: &str, problems: &mut Problems) {
    let mut seen = HashSet::new();
    for target in &m.builds_on {
        if target == &m.id {
            problems.add(name, "builds_on", "a milestone cannot build on itself");
        } else if !timeline.milestones.iter().any(|o| &o.id == target) {
            problems.add(name, "builds_on", format!("unknown milestone \"{target}\""));
        }
        if !seen.insert(target) {
            problems.add(name, "builds_on", format!("\"{target}\" is listed twice"));
        }
    }
}

/// A source link: https, a host, no spaces or quotes.
fn check_url(url: &str) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("\"{url}\" must start with https://"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || !host.contains('.') {
        return Err(format!("\"{url}\" has no host"));
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>'))
    {
        return Err(format!("\"{url}\" contains spaces or quotes"));
    }
    Ok(())
}
