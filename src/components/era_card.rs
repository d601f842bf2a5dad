use leptos::prelude::*;

use crate::model::{Era, Lang, Origin};
use crate::{dom, i18n};

/// One era as a toggle button: years, title, summary, number of milestones.
/// Pressing a selected card again goes back to all eras.
#[component]
pub fn EraCard(
    era: &'static Era,
    /// 1-based position, for the era's accent colour.
    number: usize,
    lang: Lang,
    #[prop(into)] selected: Signal<bool>,
    /// Milestones it would show under the other filters.
    #[prop(into)]
    count: Signal<usize>,
    on_select: Callback<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("era-card era-accent-{number}")
            data-era=era.id
            class:is-empty=move || count.get() == 0
            aria-pressed=move || selected.get().to_string()
            on:click=move |_| on_select.run(if selected.get_untracked() { None } else { Some(era.id) })
        >
            {card_text(era, lang)}
            <span class="era-card__count">{move || i18n::milestone_count(lang, count.get())}</span>
        </button>
    }
}

/// One era on the static page: the same card as a link to the era's part of the list.
#[component]
pub fn EraLink(era: &'static Era, number: usize, lang: Lang, count: usize) -> impl IntoView {
    view! {
        <a class=format!("era-card era-accent-{number}") data-era=era.id href=dom::fragment(&dom::era_heading(era.id))>
            {card_text(era, lang)}
            <span class="era-card__count">{i18n::milestone_count(lang, count)}</span>
        </a>
    }
}

/// What a card says of its era besides the count.
fn card_text(era: &'static Era, lang: Lang) -> impl IntoView {
    view! {
        <span class="era-card__years">
            {era.span()}
            {(era.origin == Origin::Added).then(|| view! {
                <span class="era-card__badge badge" title=i18n::strings(lang).added_era_hint>
                    {i18n::strings(lang).added_badge}
                </span>
            })}
        </span>
        <span class="era-card__title">{era.title.get(lang)}</span>
        <span class="era-card__summary">{era.summary.get(lang)}</span>
    }
}
