use leptos::prelude::*;

use super::milestone_link::MilestoneLink;
use crate::i18n;
use crate::model::{Lang, TIMELINE};

/// The note's five key trends, each with the milestones that show it, and the note's closing sentence.
#[component]
pub fn Trends(lang: Lang) -> impl IntoView {
    let meta = &TIMELINE.meta;
    let items = TIMELINE
        .trends
        .iter()
        .map(|t| {
            let evidence = t
                .milestones
                .iter()
                .map(|id| view! { <li><MilestoneLink id=*id lang=lang /></li> })
                .collect_view();
            view! {
                <li class="trend" data-id=t.id>
                    <h3 class="trend__title">{t.title.get(lang)}</h3>
                    <p class="trend__text">{t.text.get(lang)}</p>
                    <p class="trend__evidence-label">{i18n::strings(lang).evidence}</p>
                    <ul class="trend__evidence">{evidence}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="trends" aria-labelledby="trends-heading">
            <h2 class="trends__heading" id="trends-heading">{meta.trends_heading.get(lang)}</h2>
            <ol class="trends__list">{items}</ol>
            <p class="trends__closing">{meta.closing.get(lang)}</p>
        </section>
    }
}
