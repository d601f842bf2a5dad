use leptos::prelude::*;

use super::era_card::EraCard;
use crate::i18n;
use crate::model::{Lang, Origin, TIMELINE};

/// The era cards and "All eras": choosing one filters the milestone list. An era this project added is hidden
/// while only the note's milestones are shown.
#[component]
pub fn EraPicker(
    lang: Lang,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    #[prop(into)] only_note: Signal<bool>,
    /// How many milestones each era would show under the other filters.
    #[prop(into)]
    counts: Signal<Vec<(&'static str, usize)>>,
    on_select: Callback<Option<&'static str>>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let cards = TIMELINE
        .eras
        .iter()
        .enumerate()
        .map(|(index, era)| {
            let is_selected = Signal::derive(move || selected.get() == Some(era.id));
            view! {
                <li class="eras__item" hidden=move || era.origin == Origin::Added && only_note.get()>
                    <EraCard
                        era=era
                        number=index + 1
                        lang=lang
                        selected=is_selected
                        count=Signal::derive(move || {
                            counts.with(|c| c.iter().find(|(id, _)| *id == era.id).map_or(0, |(_, n)| *n))
                        })
                        on_select=on_select
                    />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="eras" aria-labelledby="eras-heading">
            <div class="eras__head section-head">
                <h2 class="eras__heading section-title" id="eras-heading">{strings.eras_heading}</h2>
                <button
                    type="button"
                    class="eras__all"
                    aria-pressed=move || selected.get().is_none().to_string()
                    on:click=move |_| on_select.run(None)
                >
                    {strings.all_eras}
                </button>
            </div>
            <ul class="eras__list">{cards}</ul>
        </section>
    }
}
