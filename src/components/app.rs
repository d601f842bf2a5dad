use leptos::ev;
use leptos::prelude::*;

use super::{
    era_picker::EraPicker, milestone_list::MilestoneList, notice_bar::NoticeBar,
    site_footer::SiteFooter, site_header::SiteHeader, trends::Trends,
};
use crate::filter::Filter;
use crate::model::{Lang, TIMELINE};
use crate::{browser, i18n, url_state};

/// The whole page. Owns the view state (era and language, each one signal), keeps it in the URL and in
/// history, and hands derived values to the components.
#[component]
pub fn App() -> impl IntoView {
    let (initial, initial_notices) = url_state::parse(&browser::current_query(), TIMELINE.eras);
    let lang = RwSignal::new(initial.lang.unwrap_or_else(|| {
        i18n::preferred_lang(
            browser::stored_lang().as_deref(),
            &browser::navigator_languages(),
        )
    }));
    let era = RwSignal::new(initial.era);
    let notices = RwSignal::new(initial_notices);
    // Canonical address from the start, so copying it always reproduces this view.
    browser::replace_query(&url_state::to_query(initial.era, lang.get_untracked()));

    // Back/forward walk through era choices; the language is a preference and stays as it is.
    let popstate = window_event_listener(ev::popstate, move |_| {
        let (state, found) = url_state::parse(&browser::current_query(), TIMELINE.eras);
        era.set(state.era);
        notices.set(found);
        if state.lang != Some(lang.get_untracked()) {
            browser::replace_query(&url_state::to_query(state.era, lang.get_untracked()));
        }
    });
    on_cleanup(move || popstate.remove());

    // The document's language and title follow the state (DOM only; no signal is written here).
    Effect::new(move |_| {
        let lang = lang.get();
        let era_title = era
            .get()
            .and_then(|id| TIMELINE.era(id))
            .map(|e| e.title.get(lang));
        let title = i18n::document_title(TIMELINE.meta.title.get(lang), era_title);
        browser::set_document_language(lang, &title);
    });

    let select_era = Callback::new(move |choice: Option<&'static str>| {
        notices.set(Vec::new());
        if era.get_untracked() != choice {
            era.set(choice);
            browser::push_query(&url_state::to_query(choice, lang.get_untracked()));
        }
    });
    let select_lang = Callback::new(move |choice: Lang| {
        browser::store_lang(choice);
        if lang.get_untracked() != choice {
            lang.set(choice);
            browser::replace_query(&url_state::to_query(era.get_untracked(), choice));
        }
    });
    let filter = Memo::new(move |_| Filter { era: era.get() });

    view! {
        <a class="skip-link" href="#milestones">
            {move || i18n::strings(lang.get()).skip_to_list}
        </a>
        <SiteHeader lang=lang on_lang=select_lang />
        <main class="page" id="main">
            <NoticeBar lang=lang notices=notices on_dismiss=Callback::new(move |()| notices.set(Vec::new())) />
            <EraPicker lang=lang selected=era on_select=select_era />
            <MilestoneList lang=lang filter=filter />
            <Trends lang=lang />
        </main>
        <SiteFooter lang=lang />
    }
}
