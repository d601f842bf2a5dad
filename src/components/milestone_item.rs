use leptos::prelude::*;

use crate::model::{Lang, Milestone, TIMELINE};

/// One milestone: year, title, people or organisation, and the note's description.
#[component]
pub fn MilestoneItem(
    milestone: &'static Milestone,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let m = milestone;
    let number = TIMELINE
        .eras
        .iter()
        .position(|e| e.id == m.era)
        .unwrap_or(0)
        + 1;
    let title_id = format!("m-{}-title", m.id);
    let labelled_by = title_id.clone();
    view! {
        <li
            class=format!("milestone era-accent-{number}")
            data-testid="milestone"
            data-id=m.id
            id=format!("m-{}", m.id)
        >
            <article class="milestone__body" aria-labelledby=labelled_by>
                <p class="milestone__year">
                    <time datetime=m.year.to_string()>{m.years()}</time>
                </p>
                <h4 class="milestone__title" id=title_id>{move || m.title.get(lang.get())}</h4>
                <p class="milestone__who">{move || m.who.get(lang.get())}</p>
                <p class="milestone__text">{move || m.text.get(lang.get())}</p>
            </article>
        </li>
    }
}
