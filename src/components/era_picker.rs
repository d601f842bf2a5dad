use leptos::prelude::*;

use super::era_card::{EraCard, EraLink};
use crate::i18n;
use crate::model::{Lang, Origin, TIMELINE};
use crate::nav::Nav;

/// The era cards: choosing one filters the milestone list, choosing it again shows all eras (as does the bar's
/// "All eras", the one such control on screen). An era this project added is hidden
/// while only the note's milestones are shown. On the static page, the cards are links to each era's list.
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
    if expect_context::<Nav>().is_static() {
        return static_cards(lang).into_any();
    }
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
            </div>
            <ul class="eras__list">{cards}</ul>
        </section>
    }
    .into_any()
}

/// The cards as links, each era's count of milestones fixed (the static page filters nothing).
fn static_cards(lang: Lang) -> impl IntoView {
    let cards = TIMELINE.eras.iter().enumerate().map(|(index, era)| {
        let count = TIMELINE
            .milestones
            .iter()
            .filter(|m| m.era == era.id)
            .count();
        view! {
            <li class="eras__item">
                <EraLink era=era number=index + 1 lang=lang count=count />
            </li>
        }
    });
    view! {
        <section class="eras" aria-labelledby="eras-heading">
            <div class="eras__head section-head">
                <h2 class="eras__heading section-title" id="eras-heading">{i18n::strings(lang).eras_heading}</h2>
            </div>
            <ul class="eras__list">{cards.collect_view()}</ul>
        </section>
    }
}
