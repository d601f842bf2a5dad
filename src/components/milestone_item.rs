use leptos::prelude::*;

use super::app::Nav;
use super::correction_note::CorrectionNote;
use super::figure_list::FigureList;
use super::highlighted::Highlighted;
use super::milestone_link::MilestoneLink;
use crate::model::{Lang, Milestone, Origin, TIMELINE};
use crate::search::Query;
use crate::{format, i18n};

/// One milestone: note year, title, verified date, people, the note's description, any correction, key
/// figures, sources, tags and links to what it builds on and what built on it.
#[component]
pub fn MilestoneItem(
    milestone: &'static Milestone,
    #[prop(into)] lang: Signal<Lang>,
    /// The search, for highlighting matches.
    #[prop(into)]
    query: Signal<Query>,
    #[prop(into)] selected: Signal<bool>,
) -> impl IntoView {
    let m = milestone;
    let nav = expect_context::<Nav>();
    let strings = move || i18n::strings(lang.get());
    let number = TIMELINE.era_number(m.era);
    let title_id = format!("m-{}-title", m.id);
    let labelled_by = title_id.clone();
    let added = (m.origin == Origin::Added).then(|| {
        view! {
            <span class="milestone__badge" title=move || strings().added_hint data-testid="added-badge">
                {move || strings().added_badge}
            </span>
        }
    });
    let dates = move || {
        let lang = lang.get();
        m.dates
            .iter()
            .map(|d| {
                let what = d.what.map(|w| format!(" · {}", w.get(lang)));
                view! {
                    <li>
                        <time datetime=d.date.iso()>{format::date(lang, d.date)}</time>
                        " · "
                        {format::date_mark(lang, d.marks)}
                        {what}
                    </li>
                }
            })
            .collect_view()
    };
    let venue = m.venue.map(|venue| {
        view! {
            <p class="milestone__venue">
                <span class="milestone__label">{move || strings().venue}</span>
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
                    <a href=s.url target="_blank" rel="noopener noreferrer" data-testid="source-link">
                        {s.label}
                        <span class="visually-hidden">{move || strings().new_tab}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let tags = m
        .tags
        .iter()
        .filter_map(|id| TIMELINE.tag(id))
        .map(|t| view! { <li class="chip" data-tag=t.id>{move || t.label.get(lang.get())}</li> })
        .collect_view();
    let links = |label: fn(&i18n::Strings) -> &'static str,
                 ids: Vec<&'static str>,
                 testid: &'static str| {
        (!ids.is_empty()).then(|| {
            view! {
                <div class="milestone__links" data-testid=testid>
                    <span class="milestone__label">{move || label(strings())}</span>
                    <ul class="milestone__link-list">
                        {ids
                            .into_iter()
                            .map(|id| view! { <li><MilestoneLink id=id lang=lang /></li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let builds_on = links(|s| s.builds_on, m.builds_on.to_vec(), "builds-on");
    let built_on_by = links(
        |s| s.built_on_by,
        TIMELINE.built_on_by(m.id).iter().map(|o| o.id).collect(),
        "built-on-by",
    );
    view! {
        <li
            class=format!("milestone era-accent-{number}")
            class:is-selected=move || selected.get()
            data-testid="milestone"
            data-id=m.id
            data-origin=if m.origin == Origin::Note { "note" } else { "added" }
            id=format!("m-{}", m.id)
            tabindex="-1"
        >
            <article class="milestone__body" aria-labelledby=labelled_by>
                <p class="milestone__year">{m.years()}</p>
                <div class="milestone__main">
                    <h4 class="milestone__title" id=title_id>
                        <Highlighted text=Signal::derive(move || m.title.get(lang.get())) query=query />
                        {added}
                    </h4>
                    <ul class="milestone__dates">{dates}</ul>
                    <p class="milestone__who">
                        <Highlighted text=Signal::derive(move || m.who.get(lang.get())) query=query />
                    </p>
                    <p class="milestone__text">
                        <Highlighted text=Signal::derive(move || m.text.get(lang.get())) query=query />
                    </p>
                    {m.correction.as_ref().map(|c| view! { <CorrectionNote correction=c lang=lang /> })}
                    <FigureList figures=m.figures lang=lang query=query />
                    <div class="milestone__meta">
                        {venue}
                        <div class="milestone__sources">
                            <span class="milestone__label">{move || strings().sources_label}</span>
                            <ul class="milestone__source-list">{sources}</ul>
                        </div>
                        <ul class="milestone__tags" aria-label=move || strings().tags_label>{tags}</ul>
                        <button
                            type="button"
                            class="milestone__copy"
                            data-testid="copy-link"
                            on:click=move |_| nav.copy_link.run(m.id)
                        >
                            {move || strings().copy_link}
                        </button>
                    </div>
                    {builds_on}
                    {built_on_by}
                </div>
            </article>
        </li>
    }
}
