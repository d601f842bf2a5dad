//! A milestone's article as markup: one string that its list item holds (`inner_html`), which the page rendered
//! at build time carries as is and the browser parses in one step when the app renders an item. The article is
//! static (the search's hits are marked over its texts, `browser::mark_search`), its copy button and links are
//! served by delegated listeners, so it needs no view of its own: a view built it one call across to JavaScript
//! per node and walked every node when it hydrated. Pure.

use std::fmt::Write;

use crate::html::escape;
use crate::i18n::{self, Strings};
use crate::model::{Correction, Figure, Lang, Milestone, Origin, Timeline, Verdict};
use crate::{dom, format};

/// What the article's markup depends on besides the milestone: the page's language, the address of a link to a
/// milestone (`Nav::milestone_href`), and whether it offers to copy its link (not on the static page).
pub struct Article<'a> {
    pub lang: Lang,
    pub href: &'a dyn Fn(&'static str) -> String,
    pub copy: bool,
}

/// The milestone's article: note year, title, verified dates, people, the note's description, any correction,
/// key figures, venue, sources, tags, the copy button, and links to what it builds on and what built on it.
pub fn article(m: &'static Milestone, t: &Timeline, a: &Article) -> String {
    let s = i18n::strings(a.lang);
    let lang = a.lang;
    let title_id = dom::milestone_title(m.id);
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        r#"<article class="milestone__body" aria-labelledby="{title_id}"><p class="milestone__year">"#
    );
    if m.origin == Origin::Note {
        let _ = write!(
            out,
            r#"<span class="milestone__year-label">{}</span>"#,
            escape(s.note_year)
        );
    }
    let _ = write!(
        out,
        r#"{}</p><div class="milestone__main"><h4 class="milestone__title" id="{title_id}">{}"#,
        m.years(),
        escape(m.title.get(lang))
    );
    if m.origin == Origin::Added {
        let _ = write!(
            out,
            r#"<span class="milestone__badge badge" title="{}">{}</span>"#,
            escape(s.added_hint),
            escape(s.added_badge)
        );
    }
    out.push_str(r#"</h4><ul class="milestone__dates">"#);
    for (i, d) in m.dates.iter().enumerate() {
        out.push_str("<li>");
        if i == 0 {
            let _ = write!(
                out,
                r#"<span class="milestone__label milestone__date-label">{}</span>"#,
                escape(s.verified_date)
            );
        }
        let _ = write!(
            out,
            r#"<time datetime="{}">{}</time> · {}"#,
            d.date.iso(),
            format::date(lang, d.date),
            escape(format::date_mark(lang, d.marks))
        );
        if let Some(what) = d.what {
            let _ = write!(out, " · {}", escape(what.get(lang)));
        }
        out.push_str("</li>");
    }
    let _ = write!(
        out,
        r#"</ul><p class="milestone__who">{}</p><p class="milestone__text">{}</p>"#,
        escape(m.who.get(lang)),
        escape(m.text.get(lang))
    );
    if let Some(c) = &m.correction {
        correction(&mut out, c, lang, s);
    }
    figures(&mut out, m.figures, lang, s);
    out.push_str(r#"<div class="milestone__meta">"#);
    if let Some(venue) = m.venue {
        let _ = write!(
            out,
            r#"<p class="milestone__venue"><span class="milestone__label">{}</span> {}</p>"#,
            escape(s.venue),
            escape(venue)
        );
    }
    let _ = write!(
        out,
        r#"<div class="milestone__sources"><span class="milestone__label">{}</span><ul class="milestone__source-list">"#,
        escape(s.sources_label)
    );
    for source in m.sources {
        let _ = write!(
            out,
            r#"<li><a class="milestone__source-link" href="{}" target="_blank" rel="noopener noreferrer" aria-describedby="{}">{}</a></li>"#,
            escape(source.url),
            dom::NEW_TAB_HINT,
            escape(source.label)
        );
    }
    let _ = write!(
        out,
        r#"</ul></div><ul class="milestone__tags" aria-label="{}">"#,
        escape(s.tags_label)
    );
    for tag in m.tags.iter().filter_map(|id| t.tag(id)) {
        let _ = write!(
            out,
            r#"<li class="chip" data-tag="{}">{}</li>"#,
            escape(tag.id),
            escape(tag.label.get(lang))
        );
    }
    out.push_str("</ul>");
    if a.copy {
        let _ = write!(
            out,
            r#"<button type="button" class="{}">{}</button>"#,
            dom::COPY_LINK_CLASS,
            escape(s.copy_link)
        );
    }
    out.push_str("</div>");
    let built_on_by: Vec<&'static str> = t.built_on_by(m.id).iter().map(|o| o.id).collect();
    for (label, ids, kind) in [
        (s.builds_on, m.builds_on, "builds-on"),
        (s.built_on_by, &built_on_by[..], "built-on-by"),
    ] {
        links(&mut out, t, a, label, ids, kind);
    }
    out.push_str("</div></article>");
    out
}

/// "The note says ... / The record shows ...": the note keeps its wording; the record is shown beside it.
fn correction(out: &mut String, c: &Correction, lang: Lang, s: &Strings) {
    let (kind, verdict) = match c.verdict {
        Verdict::Imprecise => ("imprecise", s.verdict_imprecise),
        Verdict::Wrong => ("wrong", s.verdict_wrong),
    };
    let _ = write!(
        out,
        r#"<aside class="correction correction--{kind}"><p class="correction__verdict">{}</p>"#,
        escape(verdict)
    );
    for (label, text) in [(s.note_says, c.note), (s.record_shows, c.record)] {
        let _ = write!(
            out,
            r#"<p><span class="correction__label">{}</span>{}{}</p>"#,
            escape(label),
            escape(s.colon),
            escape(text.get(lang))
        );
    }
    out.push_str("</aside>");
}

/// Key figures as data: value with unit, what it measures, and a marker on estimates and secondary figures.
fn figures(out: &mut String, figures: &[Figure], lang: Lang, s: &Strings) {
    if figures.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<ul class="milestone__figures" aria-label="{}">"#,
        escape(s.figures_label)
    );
    for f in figures {
        let _ = write!(
            out,
            r#"<li class="figure"><span class="figure__value">{}</span><span class="figure__measure">{}</span>"#,
            escape(&format::figure_value(lang, f)),
            escape(f.measure.get(lang))
        );
        let mut notes = Vec::new();
        if f.estimate {
            notes.push(s.estimate.to_string());
        }
        if f.secondary {
            let basis = f
                .basis
                .map(|b| format!(": {}", b.get(lang)))
                .unwrap_or_default();
            notes.push(format!("{}{basis}", s.secondary));
        }
        if !notes.is_empty() {
            let _ = write!(
                out,
                r#"<span class="figure__mark">{}</span>"#,
                escape(&notes.join(" · "))
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// Links to other milestones (what it builds on, what built on it), none if there are none: real `href`s that
/// the page's delegated listener turns into jumps, as `MilestoneLink`'s.
fn links(
    out: &mut String,
    t: &Timeline,
    a: &Article,
    label: &str,
    ids: &[&'static str],
    kind: &str,
) {
    if ids.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<div class="milestone__links milestone__links--{kind}"><span class="milestone__label">{}</span><ul class="milestone__link-list">"#,
        escape(label)
    );
    for &id in ids {
        let target = t.milestone(id);
        let _ = write!(
            out,
            r#"<li><a class="milestone-link" href="{}" data-target="{}">{}<span class="milestone-link__year">{}</span></a></li>"#,
            escape(&(a.href)(id)),
            escape(id),
            escape(target.map_or(id, |m| m.title.get(a.lang))),
            target.map(|m| m.years()).unwrap_or_default()
        );
    }
    out.push_str("</ul></div>");
}
