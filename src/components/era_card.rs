use leptos::prelude::*;

use crate::i18n;
use crate::model::{Era, Lang, Origin};

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
            <span class="era-card__count">{move || i18n::milestone_count(lang, count.get())}</span>
        </button>
    }
}
