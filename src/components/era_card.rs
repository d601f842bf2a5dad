use leptos::prelude::*;

use crate::filter::count_in_era;
use crate::i18n;
use crate::model::{Era, Lang, TIMELINE};

/// One era as a toggle button: years, title, summary, number of milestones.
/// Pressing a selected card again goes back to all eras.
#[component]
pub fn EraCard(
    era: &'static Era,
    /// 1-based position, for the era's accent colour.
    number: usize,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] selected: Signal<bool>,
    /// Count only the note's milestones.
    #[prop(into)]
    only_note: Signal<bool>,
    on_select: Callback<Option<&'static str>>,
) -> impl IntoView {
    let count = move || count_in_era(TIMELINE.milestones, era.id, only_note.get());
    view! {
        <button
            type="button"
            class=format!("era-card era-accent-{number}")
            data-testid="era-card"
            data-era=era.id
            aria-pressed=move || selected.get().to_string()
            on:click=move |_| on_select.run(if selected.get_untracked() { None } else { Some(era.id) })
        >
            <span class="era-card__years">{era.span()}</span>
            <span class="era-card__title">{move || era.title.get(lang.get())}</span>
            <span class="era-card__summary">{move || era.summary.get(lang.get())}</span>
            <span class="era-card__count">{move || i18n::milestone_count(lang.get(), count())}</span>
        </button>
    }
}
