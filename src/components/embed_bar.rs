use leptos::prelude::*;

use crate::i18n;
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::page::Page;
use crate::url_state;

/// The embed view's only header: the timeline's name and a link that opens the full timeline, in a new tab,
/// with the same view (filters, search, selected milestone).
#[component]
pub fn EmbedBar(lang: Lang) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let href = move || {
        let here = Page::new(lang, true);
        let query = nav.view.with(url_state::to_query);
        format!("{}{query}", here.link_to(here.full()))
    };
    view! {
        <header class="embed-bar">
            <p class="embed-bar__title">{TIMELINE.meta.title.get(lang)}</p>
            <a class="embed-bar__full" href=href target="_blank" rel="noopener">
                {i18n::strings(lang).embed_open_full}
                <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{i18n::strings(lang).new_tab}</span>
            </a>
        </header>
    }
}
