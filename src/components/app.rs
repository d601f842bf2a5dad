use leptos::prelude::*;

use super::facet_panel::{FacetActions, FacetPanel};
use super::toolbar::{Toolbar, ToolbarActions};
use super::{
    charts::Charts, era_picker::EraPicker, keyboard_help::KeyboardHelp, list_window::ListWindow,
    milestone_list::MilestoneList, notice_bar::NoticeBar, page_events, site_footer::SiteFooter,
    site_header::SiteHeader, time_axis::TimeAxis, toast::Toast, trends::Trends,
};
use crate::facets::facet_counts;
use crate::filter::Part;
use crate::model::{Lang, TIMELINE};
use crate::nav::{Nav, ToastMessage};
use crate::state::{Action, Results, State};
use crate::{browser, dom, i18n, url_state};

/// A callback that dispatches the action `make` builds from its value.
fn act<T: 'static>(dispatch: Callback<Action>, make: fn(T) -> Action) -> Callback<T> {
    Callback::new(move |value| dispatch.run(make(value)))
}

/// The whole page: wires the pure state machine (`crate::state`) to the browser (address bar, history, keys,
/// clipboard, scrolling) and hands derived values to the components.
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
    let filters_open = RwSignal::new(false);

    // Every change of view goes through here: the state machine decides, the browser records and scrolls.
    let dispatch = Callback::new(move |action: Action| {
        let mut next = state.get_untracked();
        let lang = next.view.lang;
        let change = next.apply(action, &TIMELINE);
        if let Some(history) = change.history {
            notices.set(Vec::new());
            toast.set(None);
            browser::record(history, &url_state::to_query(&next.view));
        }
        if state.with_untracked(|s| *s != next) {
            state.set(next);
        }
        if let Some(id) = change.reveal {
            if !change.cleared.is_empty() {
                let title = TIMELINE.milestone(id).map_or(id, |m| m.title.get(lang));
                toast.set(Some(ToastMessage::cleared(lang, title, &change.cleared)));
            }
            request_animation_frame(move || list_window.reveal(id));
        }
        match change.results {
            Results::Stay => {}
            Results::Show => request_animation_frame(|| browser::show_results(false)),
            Results::Focus => request_animation_frame(|| browser::show_results(true)),
        }
    });
    page_events::listen(state, notices, toast, help_open, dispatch, list_window);

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
    // Esc in the search clears it without losing the reader's place in the list.
    let clear_search = Callback::new(move |()| {
        let anchor = browser::reading_anchor();
        dispatch.run(Action::ClearSearch);
        if let Some((id, top)) = anchor {
            request_animation_frame(move || browser::keep_at(&id, top));
        }
    });
    let copy = move |link: String, confirm: fn(&'static i18n::Strings) -> &'static str| {
        let lang = view.with_untracked(|v| v.lang);
        browser::copy_text(link.clone(), move |copied| {
            let message = ToastMessage::copied(lang, copied, link, confirm(i18n::strings(lang)));
            toast.set(Some(message));
        });
    };
    let copy_link = Callback::new(move |id: &'static str| {
        let lang = view.with_untracked(|v| v.lang);
        copy(
            browser::page_address() + &url_state::milestone_link(lang, id),
            |s| s.link_copied,
        );
    });
    let copy_view_link = Callback::new(move |()| {
        let query = view.with_untracked(url_state::to_query);
        copy(browser::page_address() + &query, |s| s.view_link_copied);
    });
    provide_context(Nav {
        view: view.into(),
        jump: act(dispatch, Action::Jump),
        copy_link,
        copy_view_link,
    });

    let lang = Memo::new(move |_| view.with(|v| v.lang));
    let era = Memo::new(move |_| view.with(|v| v.filter.era));
    let selected = Memo::new(move |_| view.with(|v| v.selected));
    let query_text = Memo::new(move |_| view.with(|v| v.filter.search.text().to_string()));
    let era_counts = Signal::derive(move || facets.with(|f| f.eras.clone()));
    let active = Signal::derive(move || {
        filter.with(|f| {
            Part::ALL
                .iter()
                .filter(|&&p| p != Part::Query && f.is_active(p))
                .count()
        })
    });
    let toolbar = ToolbarActions {
        on_type: act(dispatch, Action::Type),
        on_search: act(dispatch, Action::Search),
        on_submit: act(dispatch, Action::SubmitSearch),
        on_clear_search: clear_search,
        on_era: act(dispatch, Action::SelectEra),
        on_lang: select_lang,
        on_top: Callback::new(|()| browser::scroll_to_top()),
    };
    let facet_actions = FacetActions {
        on_tag: act(dispatch, Action::ToggleTag),
        on_tags_any: act(dispatch, Action::SetTagsAny),
        on_org: act(dispatch, Action::ToggleOrg),
        on_years: Callback::new(move |(from, to)| dispatch.run(Action::SetYears(from, to))),
        on_clear: clear,
    };

    view! {
        <a class="skip-link" href=dom::fragment(dom::LIST)>
            {move || i18n::strings(lang.get()).skip_to_list}
        </a>
        <SiteHeader lang=lang on_lang=select_lang on_help=Callback::new(move |()| help_open.set(true)) />
        <Toolbar
            lang=lang
            query=query_text
            era=era
            era_counts=era_counts
            shown=Signal::derive(move || visible.with(Vec::len))
            active=active
            filters_open=filters_open
            actions=toolbar
        >
            <FacetPanel lang=lang filter=filter facets=facets actions=facet_actions />
        </Toolbar>
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
                counts=era_counts
                on_select=act(dispatch, Action::SelectEra)
            />
            <TimeAxis lang=lang visible=visible selected_era=era selected=selected on_era=act(dispatch, Action::SelectEra) />
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
        <Toast
            lang=lang
            message=toast
            on_close=Callback::new(move |()| toast.set(None))
            on_restore=Callback::new(move |()| {
                toast.set(None);
                browser::history_back();
            })
        />
        <KeyboardHelp lang=lang open=help_open on_close=Callback::new(move |()| help_open.set(false)) />
    }
}
