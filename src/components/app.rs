use leptos::ev;
use leptos::prelude::*;

use super::{
    charts::Charts, era_picker::EraPicker, facet_panel::FacetPanel, keyboard_help::KeyboardHelp,
    list_window::ListWindow, milestone_list::MilestoneList, notice_bar::NoticeBar,
    search_box::SearchBox, site_footer::SiteFooter, site_header::SiteHeader, time_axis::TimeAxis,
    toast::Toast, trends::Trends,
};
use crate::facets::facet_counts;
use crate::keys::{self, Command};
use crate::model::{Lang, TIMELINE};
use crate::nav::{Nav, ToastMessage};
use crate::state::{Action, State};
use crate::{browser, dom, i18n, url_state};

/// A callback that dispatches the action `make` builds from its value.
fn act<T: 'static>(dispatch: Callback<Action>, make: fn(T) -> Action) -> Callback<T> {
    Callback::new(move |value| dispatch.run(make(value)))
}

/// The whole page: wires the pure state machine (`crate::state`) to the browser (address bar, history, keys,
/// clipboard) and hands derived values to the components.
#[component]
pub fn App() -> impl IntoView {
    let (mut start, initial_notices) = State::from_address(
        &browser::current_query(),
        browser::stored_lang().as_deref(),
        &browser::navigator_languages(),
        &TIMELINE,
    );
    // A link to a milestone that its own filters hide shows it (the selection rule); then the address is made
    // canonical, so copying it always reproduces this view.
    let opened = start.open(&TIMELINE);
    browser::replace_query(&url_state::to_query(&start.view));
    let state = RwSignal::new(start);
    let view = Memo::new(move |_| state.with(|s| s.view.clone()));
    let filter = Memo::new(move |_| view.with(|v| v.filter.clone()));
    let visible = Memo::new(move |_| filter.with(|f| f.apply(&TIMELINE)));
    let facets = Memo::new(move |_| filter.with(|f| facet_counts(f, &TIMELINE)));
    let list_window = ListWindow::new(visible);
    request_idle_callback(|| crate::search::warm(&TIMELINE));
    if let Some(id) = opened {
        request_animation_frame(move || list_window.reveal(id));
    }
    let notices = RwSignal::new(initial_notices);
    let toast = RwSignal::new(None::<ToastMessage>);
    let help_open = RwSignal::new(false);

    // Every change of view goes through here: the state machine decides, the browser records.
    let dispatch = Callback::new(move |action: Action| {
        let mut next = state.get_untracked();
        let change = next.apply(action, &TIMELINE);
        if let Some(history) = change.history {
            notices.set(Vec::new());
            browser::record(history, &url_state::to_query(&next.view));
        }
        if state.with_untracked(|s| *s != next) {
            state.set(next);
        }
        if let Some(id) = change.reveal {
            request_animation_frame(move || list_window.reveal(id));
        }
    });

    // Back/forward walk through the view's steps; the language is a preference and stays as it is.
    let popstate = window_event_listener(ev::popstate, move |_| {
        let mut next = state.get_untracked();
        let (found, rewrite) = next.restore(&browser::current_query(), &TIMELINE);
        if let Some(query) = rewrite {
            browser::replace_query(&query);
        }
        let selected = next.view.selected;
        state.set(next);
        notices.set(found);
        if let Some(id) = selected {
            request_animation_frame(move || list_window.reveal(id));
        }
    });
    on_cleanup(move || popstate.remove());

    // The document's language and title follow the state (DOM only; no signal is written here).
    Effect::new(move |_| {
        let (lang, era) = view.with(|v| (v.lang, v.filter.era));
        let era_title = era
            .and_then(|id| TIMELINE.era(id))
            .map(|e| e.title.get(lang));
        let title = i18n::document_title(TIMELINE.meta.title.get(lang), era_title);
        browser::set_document_language(lang, &title);
    });

    let clear = Callback::new(move |part| {
        dispatch.run(Action::Clear(part));
        // The control that asked for this may be gone now (the empty state, "Clear all"): keep focus in the list.
        browser::focus_element(dom::LIST);
    });
    let select_lang = Callback::new(move |lang: Lang| {
        browser::store_lang(lang);
        dispatch.run(Action::SetLang(lang));
    });
    let copy_link = Callback::new(move |id: &'static str| {
        let (lang, link) = view.with_untracked(|v| {
            (
                v.lang,
                browser::page_address() + &url_state::milestone_link(v, id),
            )
        });
        browser::copy_text(link.clone(), move |copied| {
            toast.set(Some(ToastMessage::copied(lang, copied, link)));
        });
    });
    provide_context(Nav {
        view: view.into(),
        jump: act(dispatch, Action::Jump),
        copy_link,
    });

    // Keyboard: / focuses search, j/k and arrows move, Enter opens the source, ? shows help, Esc closes it.
    let keydown = window_event_listener(ev::keydown, move |ev| {
        let Some(key) = browser::read_key(&ev) else {
            return;
        };
        match keys::command(key, help_open.get_untracked()) {
            Command::ToggleHelp => help_open.update(|open| *open = !*open),
            Command::CloseHelp => help_open.set(false),
            Command::FocusSearch => browser::focus_element(dom::SEARCH),
            Command::Step(forward) => dispatch.run(Action::Step { forward }),
            Command::OpenSource => {
                let selected = view.with_untracked(|v| v.selected);
                match selected.and_then(|id| TIMELINE.milestone(id)) {
                    Some(m) => browser::open_in_new_tab(m.sources[0].url),
                    None => return,
                }
            }
            Command::Pass => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keydown.remove());

    let lang = Memo::new(move |_| view.with(|v| v.lang));
    let era = Memo::new(move |_| view.with(|v| v.filter.era));
    let selected = Memo::new(move |_| view.with(|v| v.selected));
    let query_text = Memo::new(move |_| view.with(|v| v.filter.search.text().to_string()));

    view! {
        <a class="skip-link" href=dom::fragment(dom::LIST)>
            {move || i18n::strings(lang.get()).skip_to_list}
        </a>
        <SiteHeader lang=lang on_lang=select_lang on_help=Callback::new(move |()| help_open.set(true)) />
        <main class="page" id=dom::MAIN tabindex="-1">
            <NoticeBar
                lang=lang
                notices=notices
                on_dismiss=Callback::new(move |()| {
                    notices.set(Vec::new());
                    browser::focus_element(dom::MAIN);
                })
            />
            <EraPicker
                lang=lang
                selected=era
                only_note=Signal::derive(move || filter.with(|f| f.only_note))
                counts=Signal::derive(move || facets.with(|f| f.eras.clone()))
                on_select=act(dispatch, Action::SelectEra)
            />
            <TimeAxis lang=lang visible=visible selected_era=era selected=selected on_era=act(dispatch, Action::SelectEra) />
            <section class="explore" aria-label=move || i18n::strings(lang.get()).explore_label>
                <SearchBox lang=lang query=query_text on_type=act(dispatch, Action::Type) on_search=act(dispatch, Action::Search) />
                <FacetPanel
                    lang=lang
                    filter=filter
                    facets=facets
                    on_tag=act(dispatch, Action::ToggleTag)
                    on_orgs=act(dispatch, Action::SetOrgs)
                    on_years=Callback::new(move |(from, to)| dispatch.run(Action::SetYears(from, to)))
                    on_clear=clear
                />
            </section>
            <MilestoneList
                lang=lang
                filter=filter
                visible=visible
                selected=selected
                window=list_window
                on_only_note=act(dispatch, Action::SetOnlyNote)
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
