use leptos::prelude::*;

use super::facet_panel::{FacetActions, FacetPanel};
use super::toolbar::{Toolbar, ToolbarActions};
use super::{
    charts::Charts, embed_bar::EmbedBar, era_picker::EraPicker, keyboard_help::KeyboardHelp,
    list_window::ListWindow, milestone_list::MilestoneList, notice_bar::NoticeBar, page_events,
    site_footer::SiteFooter, site_header::SiteHeader, time_axis::TimeAxis, toast::Toast,
    trends::Trends, update_notice::UpdateNotice,
};
use crate::facets::facet_counts;
use crate::filter::Part;
use crate::model::TIMELINE;
use crate::nav::{Nav, ToastMessage};
use crate::page::Page;
use crate::state::{Action, Results, State, View};
use crate::{browser, dom, i18n, progress, url_state};

/// A callback that dispatches the action `make` builds from its value.
fn act<T: 'static>(dispatch: Callback<Action>, make: fn(T) -> Action) -> Callback<T> {
    Callback::new(move |value| dispatch.run(make(value)))
}

/// The whole page: wires the pure state machine (`crate::state`) to the browser (address bar, history, keys,
/// clipboard, scrolling) and hands derived values to the components.
///
/// It starts as the page was rendered at build time: `page`'s language, nothing filtered, so hydration finds
/// the markup it would render. Once running in the browser it takes up the address (`arrive`): the view a link
/// asks for, its notices, the page's address for citations.
///
/// The first view renders a few milestones (`crate::progress`); the rest follows in the browser, the charts and
/// trends when the reader comes near them. `complete` renders everything at once (the static page for readers
/// without JavaScript).
#[component]
pub fn App(page: Page, #[prop(optional)] complete: bool) -> impl IntoView {
    // The language is the page's: each language has a page of its own, and nothing changes it in place.
    let lang = page.lang;
    let state = RwSignal::new(State::new(View::new(lang)));
    let limit = RwSignal::new(if complete {
        usize::MAX
    } else {
        progress::FIRST
    });
    let view = Memo::new(move |_| state.with(|s| s.view.clone()));
    let filter = Memo::new(move |_| view.with(|v| v.filter.clone()));
    let visible = Memo::new(move |_| filter.with(|f| f.apply(&TIMELINE)));
    let facets = Memo::new(move |_| filter.with(|f| facet_counts(f, &TIMELINE)));
    let rendered = Memo::new(move |previous: Option<&Vec<_>>| {
        let limit = limit.get();
        visible.with(|v| {
            progress::rendered(TIMELINE.milestones, v, limit, previous.map(Vec::as_slice))
        })
    });
    // Memos, so what they show renders once when they turn true, not again at every step of `limit`.
    let marks_shown = Memo::new(move |_| limit.get() > progress::FIRST);
    // The charts and trends below the list: when the reader comes near them or prints (at once on the static
    // page), never in the way of a first view that is busy hydrating.
    let later = RwSignal::new(complete);
    let later_anchor = NodeRef::<leptos::html::Div>::new();
    // In an idle moment once near: never in the way of the list catching up with a scroll.
    later_anchor.on_load(move |anchor| {
        browser::when_near(&anchor, move || {
            request_idle_callback(move || later.set(true));
        })
    });
    if cfg!(target_arch = "wasm32") {
        browser::on_print(move || {
            later.set(true);
            limit.set(usize::MAX);
        });
    }
    let list_window = ListWindow::new(rendered);
    let notices = RwSignal::new(Vec::new());
    let address = RwSignal::new(String::new());
    let today = RwSignal::new(String::new());
    let toast = RwSignal::new(None::<ToastMessage>);
    let help_open = RwSignal::new(false);
    let filters_open = RwSignal::new(false);
    let update_ready = RwSignal::new(false);

    // Every change of view goes through here: the state machine decides, the browser records and scrolls.
    let dispatch = Callback::new(move |action: Action| {
        let mut next = state.get_untracked();
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
            limit.set(usize::MAX);
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
    page_events::listen(
        state,
        notices,
        toast,
        help_open,
        dispatch,
        list_window,
        limit,
    );
    if cfg!(target_arch = "wasm32") {
        let arrival = page_events::Arrival {
            page,
            state,
            limit,
            notices,
            address,
            today,
            list_window,
            update_ready,
        };
        leptos::task::spawn_local(async move { arrival.arrive() });
    }

    // The document's title follows the era (DOM only; no signal is written here).
    Effect::new(move |_| {
        let era = view.with(|v| v.filter.era);
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
    // Esc in the search clears it without losing the reader's place in the list.
    let clear_search = Callback::new(move |()| {
        let anchor = browser::reading_anchor();
        dispatch.run(Action::ClearSearch);
        if let Some((id, top)) = anchor {
            request_animation_frame(move || browser::hold_place(id, top));
        }
    });
    let copy = move |link: String, confirm: fn(&'static i18n::Strings) -> &'static str| {
        browser::copy_text(link.clone(), move |copied| {
            let message = ToastMessage::copied(lang, copied, link, confirm(i18n::strings(lang)));
            toast.set(Some(message));
        });
    };
    let copy_link = Callback::new(move |id: &'static str| {
        let link = address.get_untracked() + &url_state::milestone_link(lang, id);
        copy(link, |s| s.link_copied);
    });
    let copy_view_link = Callback::new(move |()| {
        let query = view.with_untracked(url_state::to_query);
        copy(address.get_untracked() + &query, |s| s.view_link_copied);
    });
    provide_context(Nav {
        view: view.into(),
        address: address.into(),
        today: today.into(),
        jump: act(dispatch, Action::Jump),
        copy_link,
        copy_view_link,
        whole: complete,
    });

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
            {i18n::strings(lang).skip_to_list}
        </a>
        {match page.embed {
            false => view! {
                <SiteHeader page=page on_help=Callback::new(move |()| help_open.set(true)) />
            }
                .into_any(),
            true => view! { <EmbedBar lang=lang /> }.into_any(),
        }}
        <Toolbar
            page=page
            query=query_text
            era=era
            era_counts=era_counts
            shown=Signal::derive(move || visible.with(Vec::len))
            active=active
            filters_open=filters_open
            actions=toolbar
        >
            // The panel's many values render when it opens.
            <Show when=move || filters_open.get()>
                <FacetPanel lang=lang filter=filter facets=facets actions=facet_actions />
            </Show>
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
            {(!page.embed).then(|| view! {
            <EraPicker
                lang=lang
                selected=era
                only_note=Signal::derive(move || filter.with(|f| f.only_note))
                counts=era_counts
                on_select=act(dispatch, Action::SelectEra)
            />
            <TimeAxis
                lang=lang
                visible=visible
                selected_era=era
                selected=selected
                on_era=act(dispatch, Action::SelectEra)
                marks=marks_shown
            />
            })}
            <MilestoneList
                lang=lang
                filter=filter
                visible=visible
                selected=selected
                window=list_window
                on_only_note=act(dispatch, Action::SetOnlyNote)
                on_clear=clear
                full=!page.embed
            />
            <div class="later-anchor" aria-hidden="true" node_ref=later_anchor></div>
            <Show when=move || !page.embed && later.get()>
                <Charts lang=lang />
                <Trends lang=lang />
            </Show>
        </main>
        {(!page.embed).then(|| view! { <SiteFooter lang=lang /> })}
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
        <UpdateNotice lang=lang ready=update_ready />
    }
}
