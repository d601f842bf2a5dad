use leptos::prelude::*;

use crate::model::{Lang, TIMELINE};

/// The note's five key trends and its closing sentence.
#[component]
pub fn Trends(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let meta = &TIMELINE.meta;
    let items = TIMELINE
        .trends
        .iter()
        .map(|t| {
            view! {
                <li class="trend" data-testid="trend" data-id=t.id>
                    <h3 class="trend__title">{move || t.title.get(lang.get())}</h3>
                    <p class="trend__text">{move || t.text.get(lang.get())}</p>
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
