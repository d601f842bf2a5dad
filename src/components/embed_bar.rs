use leptos::prelude::*;

use crate::i18n;
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::page::Page;
use crate::url_state;

/// The embed view's only header: the timeline's name and a link that opens the full timeline, in a new tab,
/// with the same view (filters, search, selected milestone).
#[component]
pub fn EmbedBar(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let href = move || {
        let here = Page::new(lang.get(), true);
        let query = nav.view.with(url_state::to_query);
        format!("{}{query}", here.link_to(here.full()))
    };
    view! {
        <header class="embed-bar">
            <p class="embed-bar__title">{move || TIMELINE.meta.title.get(lang.get())}</p>
            <a class="embed-bar__full" href=href target="_blank" rel="noopener" data-testid="embed-full">
                {move || i18n::strings(lang.get()).embed_open_full}
                <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{move || i18n::strings(lang.get()).new_tab}</span>
            </a>
        </header>
    }
}
