use leptos::prelude::*;

use super::correction_note::CorrectionNote;
use super::figure_list::figure_list;
use super::milestone_link::MilestoneLink;
use crate::model::{Lang, Milestone, Origin, TIMELINE};
use crate::nav::Nav;
use crate::{dom, format, i18n};

/// One milestone: note year, title, verified date, people, the note's description, any correction, key
/// figures, sources, tags and links to what it builds on and what built on it.
///
/// An item, once rendered, stays: a filter that leaves it out hides it. `shown` and `selected` are its state when
/// it is built; the list keeps them up to date for all its items in one effect each (`MilestoneList`), so a
/// change of view costs no memo or effect per item. The body is static, its searched texts too: the search's
/// hits are marked over them (`browser::mark_search`), not in the DOM.
#[component]
pub fn MilestoneItem(
    milestone: &'static Milestone,
    lang: Lang,
    /// Whether it is the selected milestone, when built.
    selected: bool,
    /// Whether the filters show it, when built.
    shown: bool,
) -> impl IntoView {
    let m = milestone;
    let nav = expect_context::<Nav>();
    let number = TIMELINE.era_number(m.era);
    view! {
        <li
            class=format!("milestone era-accent-{number}")
            class:is-selected=selected
            hidden=!shown
            data-id=m.id
            data-era=m.era
            data-origin=m.origin.id()
            data-tags=m.tags.join(" ")
            data-orgs=m.orgs.join(" ")
            data-years=format!("{} {}", m.year, m.last_year())
            id=dom::milestone(m.id)
            tabindex="-1"
        >
            {body(m, lang, nav)}
        </li>
    }
}

/// The milestone's article in one language.
fn body(m: &'static Milestone, lang: Lang, nav: Nav) -> impl IntoView {
    let strings = i18n::strings(lang);
    let title_id = dom::milestone_title(m.id);
    let labelled_by = title_id.clone();
    let added = (m.origin == Origin::Added).then(|| {
        view! {
            <span class="milestone__badge badge" title=strings.added_hint>
                {strings.added_badge}
            </span>
        }
    });
    let dates = m
        .dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let what = d.what.map(|w| format!(" · {}", w.get(lang)));
            let label = (i == 0).then(|| {
                view! { <span class="milestone__label milestone__date-label">{strings.verified_date}</span> }
            });
            view! {
                <li>
                    {label}
                    <time datetime=d.date.iso()>{format::date(lang, d.date)}</time>
                    " · "
                    {format::date_mark(lang, d.marks)}
                    {what}
                </li>
            }
        })
        .collect_view();
    let venue = m.venue.map(|venue| {
        view! {
            <p class="milestone__venue">
                <span class="milestone__label">{strings.venue}</span>
                " "
                {venue}
            </p>
        }
    });
    let sources = m
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    <a
                        class="milestone__source-link"
                        href=s.url
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-describedby=dom::NEW_TAB_HINT
                    >
                        {s.label}
                    </a>
                </li>
            }
        })
        .collect_view();
    let tags = m
        .tags
        .iter()
        .filter_map(|id| TIMELINE.tag(id))
        .map(|t| view! { <li class="chip" data-tag=t.id>{t.label.get(lang)}</li> })
        .collect_view();
    let links = |label: &'static str, ids: Vec<&'static str>, class: &'static str| {
        (!ids.is_empty()).then(|| {
            view! {
                <div class=class>
                    <span class="milestone__label">{label}</span>
                    <ul class="milestone__link-list">
                        {ids.into_iter().map(|id| view! { <li><MilestoneLink id=id lang=lang /></li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let builds_on = links(
        strings.builds_on,
        m.builds_on.to_vec(),
        "milestone__links milestone__links--builds-on",
    );
    let built_on_by = links(
        strings.built_on_by,
        TIMELINE.built_on_by(m.id).iter().map(|o| o.id).collect(),
        "milestone__links milestone__links--built-on-by",
    );
    view! {
        <article class="milestone__body" aria-labelledby=labelled_by>
            <p class="milestone__year">
                {(m.origin == Origin::Note).then(|| view! { <span class="milestone__year-label">{strings.note_year}</span> })}
                {m.years()}
            </p>
            <div class="milestone__main">
                <h4 class="milestone__title" id=title_id>
                    {m.title.get(lang)}
                    {added}
                </h4>
                <ul class="milestone__dates">{dates}</ul>
                <p class="milestone__who">
                    {m.who.get(lang)}
                </p>
                <p class="milestone__text">
                    {m.text.get(lang)}
                </p>
                {m.correction.as_ref().map(|c| view! { <CorrectionNote correction=c lang=lang /> })}
                {figure_list(m.figures, lang)}
                <div class="milestone__meta">
                    {venue}
                    <div class="milestone__sources">
                        <span class="milestone__label">{strings.sources_label}</span>
                        <ul class="milestone__source-list">{sources}</ul>
                    </div>
                    <ul class="milestone__tags" aria-label=strings.tags_label>{tags}</ul>
                    {(!nav.is_static()).then(|| view! {
                        <button
                            type="button"
                            class="milestone__copy"
                            on:click=move |_| nav.copy_link.run(m.id)
                        >
                            {strings.copy_link}
                        </button>
                    })}
                </div>
                {builds_on}
                {built_on_by}
            </div>
        </article>
    }
}
