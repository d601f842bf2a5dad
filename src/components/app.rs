use leptos::ev;
use leptos::prelude::*;

use super::{
    charts::Charts, era_picker::EraPicker, facet_panel::FacetPanel, keyboard_help::KeyboardHelp,
    list_window::ListWindow, milestone_list::MilestoneList, notice_bar::NoticeBar,
    search_box::SearchBox, site_footer::SiteFooter, site_header::SiteHeader, time_axis::TimeAxis,
    toast::Toast, trends::Trends,
};
use crate::filter::{facet_counts, Part};
use crate::keys::{self, Key};
use crate::model::{Lang, TIMELINE};
use crate::url_state::{self, View};
use crate::{browser, i18n};

/// How a change of view is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry: a step back/forward walks through.
    Push,
    /// Update the current entry (typing, keyboard moves, language).
    Replace,
}

/// What deep components need: the current view (for `href`s), and actions that change it.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: Signal<View>,
    /// Follow a link to a milestone: show it past the filters, select it, scroll to it.
    pub jump: Callback<&'static str>,
    /// Copy the permalink of a milestone.
    pub copy_link: Callback<&'static str>,
}

/// A short message for the live region: text, and a link to select when the clipboard was unavailable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToastMessage {
    pub text: String,
    pub fallback_link: Option<String>,
}

/// The whole page. Owns the view state (one signal), keeps it in the URL and history, and hands derived values
/// to the components.
#[component]
pub fn App() -> impl IntoView {
    let (initial, initial_notices) = url_state::parse(&browser::current_query(), &TIMELINE);
    let fallback = initial.lang.unwrap_or_else(|| {
        i18n::preferred_lang(
            browser::stored_lang().as_deref(),
            &browser::navigator_languages(),
        )
    });
    let start = initial.view(fallback);
    // Canonical address from the start, so copying it always reproduces this view.
    browser::replace_query(&url_state::to_query(&start));
    let start_selected = start.selected;
    let view = RwSignal::new(start);
    let filter = Memo::new(move |_| view.with(View::filter));
    let visible = Memo::new(move |_| filter.with(|f| f.apply(TIMELINE.milestones)));
    let facets = Memo::new(move |_| filter.with(|f| facet_counts(f, TIMELINE.milestones)));
    let list_window = ListWindow::new(visible);
    request_idle_callback(crate::search::warm);
    if let Some(id) = start_selected {
        request_animation_frame(move || list_window.reveal(id));
    }
    let notices = RwSignal::new(initial_notices);
    let toast = RwSignal::new(None::<ToastMessage>);
    let help_open = RwSignal::new(false);

    // Back/forward walk through the view's steps; the language is a preference and stays as it is.
    let popstate = window_event_listener(ev::popstate, move |_| {
        let (state, found) = url_state::parse(&browser::current_query(), &TIMELINE);
        let lang = view.get_untracked().lang;
        let next = state.view(lang);
        if state.lang != Some(lang) {
            browser::replace_query(&url_state::to_query(&next));
        }
        let selected = next.selected;
        view.set(next);
        notices.set(found);
        if let Some(id) = selected {
            request_animation_frame(move || list_window.reveal(id));
        }
    });
    on_cleanup(move || popstate.remove());

    // The document's language and title follow the state (DOM only; no signal is written here).
    Effect::new(move |_| {
        let (lang, era) = view.with(|v| (v.lang, v.era));
        let era_title = era
            .and_then(|id| TIMELINE.era(id))
            .map(|e| e.title.get(lang));
        let title = i18n::document_title(TIMELINE.meta.title.get(lang), era_title);
        browser::set_document_language(lang, &title);
    });

    // Every change of view goes through here, and is recorded in history.
    let change = move |update: &dyn Fn(&mut View), history: History| {
        notices.set(Vec::new());
        let mut next = view.get_untracked();
        update(&mut next);
        if view.with_untracked(|v| *v != next) {
            let query = url_state::to_query(&next);
            view.set(next);
            match history {
                History::Push => browser::push_query(&query),
                History::Replace => browser::replace_query(&query),
            }
        }
    };

    let select_era = Callback::new(move |era: Option<&'static str>| {
        change(
            &|v: &mut View| (v.era, v.selected) = (era, None),
            History::Push,
        )
    });
    let set_only_note = Callback::new(move |only: bool| {
        change(
            &|v: &mut View| (v.only_note, v.selected) = (only, None),
            History::Push,
        )
    });
    let set_query = Callback::new(move |(text, history): (String, History)| {
        change(&|v: &mut View| v.query = text.clone(), history)
    });
    let toggle_tag = Callback::new(move |tag: &'static str| {
        change(
            &|v: &mut View| {
                if let Some(at) = v.tags.iter().position(|t| *t == tag) {
                    v.tags.remove(at);
                } else {
                    v.tags.push(tag);
                }
            },
            History::Push,
        )
    });
    let set_org = Callback::new(move |org: Option<&'static str>| {
        change(&|v: &mut View| v.org = org, History::Push)
    });
    let set_years = Callback::new(move |(from, to): (Option<u16>, Option<u16>)| {
        change(&|v: &mut View| (v.from, v.to) = (from, to), History::Push)
    });
    let clear = Callback::new(move |part: Option<Part>| {
        change(
            &|v: &mut View| {
                for p in part.map_or(Part::ALL.to_vec(), |p| vec![p]) {
                    v.clear(p);
                }
                v.selected = None;
            },
            History::Push,
        );
        // The control that asked for this may be gone now (the empty state, "Clear all"): keep focus in the list.
        browser::focus_element("milestones");
    });
    let select_lang = Callback::new(move |lang: Lang| {
        browser::store_lang(lang);
        change(&|v: &mut View| v.lang = lang, History::Replace);
    });
    let jump = Callback::new(move |id: &'static str| {
        if let Some(target) = TIMELINE.milestone(id) {
            change(&|v: &mut View| v.reveal(target), History::Push);
            request_animation_frame(move || list_window.reveal(id));
        }
    });
    let copy_link = Callback::new(move |id: &'static str| {
        let view_now = view.get_untracked();
        let link = browser::page_address()
            + &url_state::to_query(&View {
                selected: Some(id),
                ..view_now.clone()
            });
        let strings = i18n::strings(view_now.lang);
        browser::copy_text(link.clone(), move |copied| {
            toast.set(Some(if copied {
                ToastMessage {
                    text: strings.link_copied.to_string(),
                    fallback_link: None,
                }
            } else {
                ToastMessage {
                    text: strings.copy_fallback.to_string(),
                    fallback_link: Some(link),
                }
            }));
        });
    });
    provide_context(Nav {
        view: view.into(),
        jump,
        copy_link,
    });

    // Keyboard: / focuses search, j/k and arrows move, Enter opens the source, ? shows help, Esc closes it.
    let keydown = window_event_listener(ev::keydown, move |ev| {
        let Some(key) = browser::read_key(&ev) else {
            return;
        };
        match key {
            Key::Help => help_open.update(|open| *open = !*open),
            Key::Escape if help_open.get_untracked() => help_open.set(false),
            Key::Escape => return,
            _ if help_open.get_untracked() => return,
            Key::Search => browser::focus_search(),
            Key::Next | Key::Previous => {
                let ids: Vec<&'static str> =
                    visible.with_untracked(|v| v.iter().map(|m| m.id).collect());
                let current = view.with_untracked(|v| v.selected);
                if let Some(id) = keys::step(&ids, current, key == Key::Next) {
                    change(&|v: &mut View| v.selected = Some(id), History::Replace);
                    list_window.reveal(id);
                }
            }
            Key::Open => {
                let selected = view.with_untracked(|v| v.selected);
                match selected.and_then(|id| TIMELINE.milestone(id)) {
                    Some(m) => browser::open_in_new_tab(m.sources[0].url),
                    None => return,
                }
            }
        }
        ev.prevent_default();
    });
    on_cleanup(move || keydown.remove());

    let lang = Memo::new(move |_| view.with(|v| v.lang));
    let era = Memo::new(move |_| view.with(|v| v.era));
    let selected = Memo::new(move |_| view.with(|v| v.selected));
    let query_text = Memo::new(move |_| view.with(|v| v.query.clone()));

    view! {
        <a class="skip-link" href="#milestones">
            {move || i18n::strings(lang.get()).skip_to_list}
        </a>
        <SiteHeader lang=lang on_lang=select_lang on_help=Callback::new(move |()| help_open.set(true)) />
        <main class="page" id="main" tabindex="-1">
            <NoticeBar
                lang=lang
                notices=notices
                on_dismiss=Callback::new(move |()| {
                    notices.set(Vec::new());
                    browser::focus_element("main");
                })
            />
            <EraPicker
                lang=lang
                selected=era
                counts=Signal::derive(move || facets.with(|f| f.eras.clone()))
                on_select=select_era
            />
            <TimeAxis lang=lang visible=visible selected_era=era selected=selected on_era=select_era />
            <section class="explore" aria-label=move || i18n::strings(lang.get()).explore_label>
                <SearchBox lang=lang query=query_text on_search=set_query />
                <FacetPanel
                    lang=lang
                    filter=filter
                    facets=facets
                    on_tag=toggle_tag
                    on_org=set_org
                    on_years=set_years
                    on_clear=clear
                />
            </section>
            <MilestoneList
                lang=lang
                filter=filter
                visible=visible
                selected=selected
                window=list_window
                on_only_note=set_only_note
                on_clear=clear
            />
            <Charts lang=lang />
            <Trends lang=lang />
        </main>
        <SiteFooter lang=lang />
        <Toast lang=lang message=toast on_close=Callback::new(move |()| toast.set(None)) />
        <KeyboardHelp lang=lang open=help_open on_close=Callback::new(move |()| help_open.set(false)) />
    }
}
