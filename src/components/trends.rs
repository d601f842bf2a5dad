use leptos::prelude::*;

use super::milestone_link::MilestoneLink;
use crate::i18n;
use crate::model::{Lang, TIMELINE};

/// The note's five key trends, each with the milestones that show it, and the note's closing sentence.
#[component]
pub fn Trends(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
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
                <li class="trend" data-testid="trend" data-id=t.id>
                    <h3 class="trend__title">{move || t.title.get(lang.get())}</h3>
                    <p class="trend__text">{move || t.text.get(lang.get())}</p>
                    <p class="trend__evidence-label">{move || i18n::strings(lang.get()).evidence}</p>
                    <ul class="trend__evidence">{evidence}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="trends" aria-labelledby="trends-heading">
            <h2 class="trends__heading" id="trends-heading">{move || meta.trends_heading.get(lang.get())}</h2>
            <ol class="trends__list">{items}</ol>
            <p class="trends__closing">{move || meta.closing.get(lang.get())}</p>
        </section>
    }
}
