use leptos::ev;
use leptos::prelude::*;

use super::{
    era_picker::EraPicker, milestone_list::MilestoneList, notice_bar::NoticeBar,
    site_footer::SiteFooter, site_header::SiteHeader, trends::Trends,
};
use crate::model::{Lang, Origin, TIMELINE};
use crate::url_state::{self, View};
use crate::{browser, i18n};

/// What deep components need to link to a milestone: the current view (for `href`s) and the jump action.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: Signal<View>,
    pub jump: Callback<&'static str>,
}

/// The whole page. Owns the view state (one signal: era, "only the note", selected milestone, language), keeps
/// it in the URL and in history, and hands derived values to the components.
#[component]
pub fn App() -> impl IntoView {
    let (initial, initial_notices) = url_state::parse(&browser::current_query(), &TIMELINE);
    let fallback = initial.lang.unwrap_or_else(|| {
        i18n::preferred_lang(
            browser::stored_lang().as_deref(),
            &browser::navigator_languages(),
        )
    });
    let view = RwSignal::new(initial.view(fallback));
    let notices = RwSignal::new(initial_notices);
    // Canonical address from the start, so copying it always reproduces this view.
    browser::replace_query(&url_state::to_query(&view.get_untracked()));
    if let Some(id) = initial.selected {
        request_animation_frame(move || browser::reveal_milestone(id));
    }

    // Back/forward walk through the view's steps; the language is a preference and stays as it is.
    let popstate = window_event_listener(ev::popstate, move |_| {
        let (state, found) = url_state::parse(&browser::current_query(), &TIMELINE);
        let lang = view.get_untracked().lang;
        let next = state.view(lang);
        view.set(next);
        notices.set(found);
        if state.lang != Some(lang) {
            browser::replace_query(&url_state::to_query(&next));
        }
        if let Some(id) = next.selected {
            request_animation_frame(move || browser::reveal_milestone(id));
        }
    });
    on_cleanup(move || popstate.remove());

    // The document's language and title follow the state (DOM only; no signal is written here).
    Effect::new(move |_| {
        let View { lang, era, .. } = view.get();
        let era_title = era
            .and_then(|id| TIMELINE.era(id))
            .map(|e| e.title.get(lang));
        let title = i18n::document_title(TIMELINE.meta.title.get(lang), era_title);
        browser::set_document_language(lang, &title);
    });

    // Every change of view goes through here: a new history entry, or (`replace`) an update of the current one.
    let change = move |update: &dyn Fn(&mut View), replace: bool| {
        notices.set(Vec::new());
        let before = view.get_untracked();
        let mut next = before;
        update(&mut next);
        if next != before {
            view.set(next);
            let query = url_state::to_query(&next);
            if replace {
                browser::replace_query(&query);
            } else {
                browser::push_query(&query);
            }
        }
    };
    let select_era = Callback::new(move |era: Option<&'static str>| {
        change(
            &|v: &mut View| {
                v.era = era;
                v.selected = None;
            },
            false,
        )
    });
    let set_only_note = Callback::new(move |only: bool| {
        change(
            &|v: &mut View| {
                v.only_note = only;
                v.selected = None;
            },
            false,
        )
    });
    let select_lang = Callback::new(move |lang: Lang| {
        browser::store_lang(lang);
        change(&|v: &mut View| v.lang = lang, true);
    });
    // Following a link to a milestone: make sure the filters show it, select it, scroll to it.
    let jump = Callback::new(move |id: &'static str| {
        if let Some(target) = TIMELINE.milestone(id) {
            change(
                &|v: &mut View| {
                    if v.era.is_some_and(|era| era != target.era) {
                        v.era = None;
                    }
                    if v.only_note && target.origin == Origin::Added {
                        v.only_note = false;
                    }
                    v.selected = Some(id);
                },
                false,
            );
            request_animation_frame(move || browser::reveal_milestone(id));
        }
    });
    let view_signal: Signal<View> = view.into();
    provide_context(Nav {
        view: view_signal,
        jump,
    });

    let lang = Memo::new(move |_| view.get().lang);
    let era = Memo::new(move |_| view.get().era);
    let only_note = Memo::new(move |_| view.get().only_note);
    let filter = Memo::new(move |_| view.get().filter());
    let selected = Memo::new(move |_| view.get().selected);

    view! {
        <a class="skip-link" href="#milestones">
            {move || i18n::strings(lang.get()).skip_to_list}
        </a>
        <SiteHeader lang=lang on_lang=select_lang />
        <main class="page" id="main">
            <NoticeBar
                lang=lang
                notices=notices
                on_dismiss=Callback::new(move |()| notices.set(Vec::new()))
            />
            <EraPicker lang=lang selected=era only_note=only_note on_select=select_era />
            <MilestoneList
                lang=lang
                filter=filter
                selected=selected
                on_only_note=set_only_note
            />
            <Trends lang=lang />
        </main>
        <SiteFooter lang=lang />
    }
}
