//! The page's state and wiring, shared by its regions (`super::regions`): the pure state machine
//! (`crate::state`) connected to the browser (address bar, history, keys, clipboard, scrolling), and the values
//! the components derive from it. Not a component: `App` (and, in the browser, each region's hydration) reads it.

use leptos::prelude::*;

use super::early::Early;
use super::list_window::ListWindow;
use super::page_events;
use super::rendering::Rendering;
use super::shown::Shown;
use crate::facets::{facet_counts, FacetCounts};
use crate::filter::{Filter, Part};
use crate::model::{Lang, TIMELINE};
use crate::nav::{Confirmation, Nav, ToastMessage};
use crate::page::Page;
use crate::state::{Action, Results, State};
use crate::url_state::Notice;
use crate::view::View;
use crate::{browser, dom, i18n, progress, url_state};

/// A callback that dispatches the action `make` builds from its value.
pub fn act<T: 'static>(dispatch: Callback<Action>, make: fn(T) -> Action) -> Callback<T> {
    Callback::new(move |value| dispatch.run(make(value)))
}

/// Every handle the regions read: signals, the memos derived from them and the actions that change them.
#[derive(Clone, Copy)]
pub struct Shell {
    pub page: Page,
    pub lang: Lang,
    pub state: RwSignal<State>,
    /// How much of the page is rendered.
    pub rendering: Rendering,
    pub view: Memo<View>,
    pub filter: Memo<Filter>,
    /// What the reader is shown: the visible milestones, their ids and the selected one.
    pub shown: Shown,
    pub facets: Memo<FacetCounts>,
    pub era: Memo<Option<&'static str>>,
    pub query_text: Memo<String>,
    /// The axis marks render once the first view is done.
    pub marks_shown: Memo<bool>,
    pub list_window: ListWindow,
    pub notices: RwSignal<Vec<Notice>>,
    pub address: RwSignal<String>,
    pub today: RwSignal<String>,
    pub toast: RwSignal<Option<ToastMessage>>,
    pub help_open: RwSignal<bool>,
    pub filters_open: RwSignal<bool>,
    pub update_ready: RwSignal<bool>,
    pub dispatch: Callback<Action>,
    /// Clears one filter (or all): focus stays in the list.
    pub clear: Callback<Option<Part>>,
    /// Esc in the search: clears it, keeping the reader's place.
    pub clear_search: Callback<()>,
    pub nav: Nav,
    /// Actions taken before the whole page is hydrated, run once it is (`arrive`).
    early: Early,
}

impl Shell {
    /// The page as rendered at build time: `page`'s language, nothing filtered. `complete` renders everything
    /// at once (the static page for readers without JavaScript). `hydrating` holds actions back until `arrive`.
    pub fn new(page: Page, complete: bool, hydrating: bool) -> Shell {
        let lang = page.lang;
        let state = RwSignal::new(State::new(View::new(lang)));
        let rendering = Rendering::new(complete);
        let view = Memo::new(move |_| state.with(|s| s.view.clone()));
        let filter = Memo::new(move |_| view.with(|v| v.filter.clone()));
        let visible = Memo::new(move |_| filter.with(|f| f.apply(&TIMELINE)));
        let facets = Memo::new(move |_| filter.with(|f| facet_counts(f, &TIMELINE)));
        let rendered = Memo::new(move |previous: Option<&Vec<_>>| {
            let limit = rendering.limit();
            visible.with(|v| {
                progress::rendered(TIMELINE.milestones, v, limit, previous.map(Vec::as_slice))
            })
        });
        if cfg!(target_arch = "wasm32") {
            browser::on_print(move || rendering.everything());
        }
        let list_window = ListWindow::new(rendered);
        let notices = RwSignal::new(Vec::new());
        let address = RwSignal::new(String::new());
        let toast = RwSignal::new(None::<ToastMessage>);
        let help_open = RwSignal::new(false);
        let filters_open = RwSignal::new(false);
        let early = Early::new(hydrating);

        // Every change of view goes through here: the state machine decides, the browser records and scrolls.
        let dispatch = Callback::new(move |action: Action| {
            let Some(action) = early.hold(action) else {
                return;
            };
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
                rendering.all_milestones();
                if !change.cleared.is_empty() {
                    let title = TIMELINE.milestone(id).map_or(id, |m| m.title.get(lang));
                    toast.set(Some(ToastMessage::cleared(lang, title, &change.cleared)));
                }
                request_animation_frame(move || list_window.reveal(id));
            }
            match change.results {
                Results::Stay => {}
                Results::Show => list_window.to_start(|| browser::show_results(false)),
                Results::Focus => list_window.to_start(|| browser::show_results(true)),
            }
        });
        page_events::listen(page_events::Listened {
            page,
            state,
            notices,
            toast,
            help_open,
            filters_open,
            dispatch,
            list_window,
            rendering,
            early,
        });

        // The document's title follows the era, and only the era (DOM only; no signal is written here).
        let era = Memo::new(move |_| view.with(|v| v.filter.era));
        Effect::new(move |_| {
            let era_title = era
                .get()
                .and_then(|id| TIMELINE.era(id))
                .map(|e| e.title.get(lang));
            let title = i18n::document_title(TIMELINE.meta.title.get(lang), era_title);
            browser::set_document_language(lang, &title);
        });

        let clear = Callback::new(move |part| {
            dispatch.run(Action::Clear(part));
            // The control that asked may be gone now (the empty state, "Clear all"): keep focus in the list.
            browser::focus_element(dom::LIST);
        });
        let clear_search = Callback::new(move |()| {
            let anchor = browser::reading_anchor();
            dispatch.run(Action::ClearSearch);
            if let Some((id, top)) = anchor {
                request_animation_frame(move || browser::hold_place(id, top));
            }
        });
        let copy = move |link: String, confirm: Confirmation| {
            browser::copy_text(link.clone(), move |copied| {
                let message =
                    ToastMessage::copied(lang, copied, link, confirm(i18n::strings(lang)));
                toast.set(Some(message));
            });
        };
        let copy_link = Callback::new(move |id: &'static str| {
            let link = address.get_untracked() + &url_state::milestone_link(lang, id);
            let title = TIMELINE.milestone(id).map_or(id, |m| m.title.get(lang));
            if !browser::share(title, &link) {
                copy(link, |s| s.link_copied);
            }
        });
        let copy_view_link = Callback::new(move |()| {
            let query = view.with_untracked(url_state::to_query);
            copy(address.get_untracked() + &query, |s| s.view_link_copied);
        });
        let copy_text =
            Callback::new(move |(text, confirm): (String, Confirmation)| copy(text, confirm));
        let today = RwSignal::new(String::new());
        let nav = Nav {
            view: view.into(),
            address: address.into(),
            today: today.into(),
            jump: act(dispatch, Action::Jump),
            copy_link,
            copy_view_link,
            copy: copy_text,
            whole: complete,
        };
        Shell {
            page,
            lang,
            state,
            rendering,
            view,
            filter,
            shown: Shown::new(lang, visible, Memo::new(move |_| view.with(|v| v.selected))),
            facets,
            era,
            query_text: Memo::new(move |_| view.with(|v| v.filter.search.text().to_string())),
            // A memo, so what it shows renders once when it turns true, not again at every step of the list.
            marks_shown: Memo::new(move |_| rendering.limit() > progress::FIRST),
            list_window,
            notices,
            address,
            today,
            toast,
            help_open,
            filters_open,
            update_ready: RwSignal::new(false),
            dispatch,
            clear,
            clear_search,
            nav,
            early,
        }
    }

    /// The number of filters set besides the search.
    pub fn active(self) -> Signal<usize> {
        let filter = self.filter;
        Signal::derive(move || {
            filter.with(|f| {
                Part::ALL
                    .iter()
                    .filter(|&&p| p != Part::Query && f.is_active(p))
                    .count()
            })
        })
    }

    /// Milestones per era under the other filters.
    pub fn era_counts(self) -> Signal<Vec<(&'static str, usize)>> {
        let facets = self.facets;
        Signal::derive(move || facets.with(|f| f.eras.clone()))
    }

    /// In the browser, once every region is hydrated: the address taken up (`page_events::Arrival`), then the
    /// actions the reader took meanwhile.
    pub fn arrive(self) {
        let arrival = page_events::Arrival {
            page: self.page,
            state: self.state,
            rendering: self.rendering,
            notices: self.notices,
            address: self.address,
            today: self.today,
            list_window: self.list_window,
            update_ready: self.update_ready,
        };
        arrival.arrive();
        for action in self.early.end() {
            self.dispatch.run(action);
        }
    }
}
