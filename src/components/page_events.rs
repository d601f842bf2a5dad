//! What `App` does in the browser only: taking up the address once hydrated (`Arrival`), and the window's
//! listeners for back/forward and the keyboard shortcuts. Not a component; never runs at build time.

use leptos::ev;
use leptos::prelude::*;

use super::early::Early;
use super::list_window::ListWindow;
use super::rendering::Rendering;
use crate::keys::{self, Command};
use crate::model::TIMELINE;
use crate::nav::ToastMessage;
use crate::page::Page;
use crate::state::{Action, State};
use crate::url_state::{self, Notice};
use crate::view::View;
use crate::{browser, dom};

/// The page's handles the app needs when it starts in the browser.
pub struct Arrival {
    pub page: Page,
    pub state: RwSignal<State>,
    pub rendering: Rendering,
    pub notices: RwSignal<Vec<Notice>>,
    pub address: RwSignal<String>,
    pub today: RwSignal<String>,
    pub list_window: ListWindow,
    /// Set when a new deployment is ready (the service worker says so).
    pub update_ready: RwSignal<bool>,
}

impl Arrival {
    /// After hydration: the view the address asks for (in the page's language unless it names the other; a
    /// page not rendered at build time takes the reader's language), shown at once; the address made
    /// canonical; a milestone it selects scrolled to; and what is known only here (the page's own address,
    /// today's date) handed to the citations.
    pub fn arrive(self) {
        let Arrival {
            page,
            state,
            rendering,
            notices,
            address,
            today,
            list_window,
            update_ready,
        } = self;
        let (next, found, opened) = State::on_page(&browser::current_query(), page.lang, &TIMELINE);
        let prerendered = browser::is_prerendered();
        let root = page.root_of(&browser::current_path());
        // Each language has its page where pages were rendered; elsewhere (trunk serve) one page holds both.
        let here = if prerendered { page.path() } else { "" };
        browser::replace_address(&format!("{root}{here}"), &url_state::to_query(&next.view));
        // Links and citations name the full view, also from the embed view.
        address.set(browser::origin() + &root + page.full().path());
        today.set(browser::today());
        if state.with_untracked(|s| s.view != View::new(page.lang) || *s != next) {
            state.set(next);
        }
        notices.set(found);
        if let Some(id) = opened {
            rendering.all_milestones();
            request_animation_frame(move || list_window.reveal(id));
        }
        if page.embed {
            crate::embed::follow_height();
            browser::remember_places();
        }
        // Where the lists are, before the list grows (on a long timeline it then renders only what is near the
        // screen): the size observer measures too, but not always before the first idle step.
        list_window.measure();
        rendering.grow(Callback::new(move |()| {
            // Offline after the first visit, where pages were rendered (not under trunk serve).
            if prerendered {
                crate::offline::register(&root, move || update_ready.set(true));
            }
        }));
    }
}

/// What the window's listeners read and change.
#[derive(Clone, Copy)]
pub struct Listened {
    pub page: Page,
    pub state: RwSignal<State>,
    pub notices: RwSignal<Vec<Notice>>,
    pub toast: RwSignal<Option<ToastMessage>>,
    pub help_open: RwSignal<bool>,
    /// The filters panel (Esc closes it).
    pub filters_open: RwSignal<bool>,
    pub dispatch: Callback<Action>,
    pub list_window: ListWindow,
    pub rendering: Rendering,
    /// The actions held back while the page hydrates: back/forward meanwhile is left to the arrival.
    pub early: Early,
}

/// Listens for back/forward (which walk through the view's steps; the language is a preference and stays) and
/// for the keyboard (`/` search, j/k and arrows move, Enter opens the source, `?` help, Esc closes it).
pub fn listen(l: Listened) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    let popstate = window_event_listener(ev::popstate, move |_| {
        // Still hydrating: the regions not hydrated yet must find the view they were rendered with; the arrival
        // takes the address up, as it is now.
        if l.early.moved() {
            return;
        }
        browser::drop_history_writes();
        let mut next = l.state.get_untracked();
        let (found, rewrite) = next.restore(&browser::current_query(), &TIMELINE);
        if let Some(query) = rewrite {
            browser::replace_query(&query);
        }
        let selected = next.view.selected;
        l.state.set(next);
        l.notices.set(found);
        l.toast.set(None);
        if let Some(id) = selected {
            l.rendering.all_milestones();
            request_animation_frame(move || l.list_window.reveal(id));
        }
    });
    on_cleanup(move || popstate.remove());

    let keydown = window_event_listener(ev::keydown, move |ev| {
        let Some(key) = browser::read_key(&ev) else {
            return;
        };
        match keys::command(
            key,
            l.help_open.get_untracked(),
            l.filters_open.get_untracked(),
        ) {
            Command::ToggleHelp => l.help_open.update(|open| *open = !*open),
            Command::CloseHelp => l.help_open.set(false),
            Command::CloseFilters => {
                l.filters_open.set(false);
                browser::focus_quietly(dom::FILTERS_TOGGLE);
            }
            Command::FocusSearch => browser::focus_element(dom::SEARCH),
            Command::Step(forward) => l.dispatch.run(Action::Step { forward }),
            Command::OpenSource => {
                let selected = l.state.with_untracked(|s| s.view.selected);
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

    // Links to milestones (`MilestoneLink`), delegated: a plain click jumps in the page; before a link can be
    // followed some other way (pressed, focused) its address takes up the current view with it selected. In the
    // embed view, a milestone the view leaves out opens in the full view, in a new tab: the embed keeps its view.
    let outside = move |m: &'static crate::model::Milestone| {
        l.page.embed
            && !l
                .state
                .with_untracked(|s| s.view.filter.matches(m, &TIMELINE))
    };
    let point = move |ev: &web_sys::Event| {
        let Some((link, id)) = browser::milestone_link_of(ev) else {
            return;
        };
        if let Some(m) = TIMELINE.milestone(&id) {
            let href = match outside(m) {
                true => {
                    l.page.link_to(l.page.full()) + &url_state::milestone_link(l.page.lang, m.id)
                }
                false => l
                    .state
                    .with_untracked(|s| url_state::link_in_view(&s.view, m.id)),
            };
            link.set_href(&href);
            browser::open_in_new_tab_on_follow(&link, outside(m));
        }
    };
    let click = window_event_listener(ev::click, move |ev| {
        let Some((_, id)) = browser::milestone_link_of(&ev) else {
            return;
        };
        let Some(m) = TIMELINE.milestone(&id) else {
            return;
        };
        if outside(m) {
            // Followed by the browser, to the full view in a new tab.
            point(&ev);
        } else if browser::is_plain_click(&ev) {
            ev.prevent_default();
            l.dispatch.run(Action::Jump(m.id));
        }
    });
    let pointerdown = window_event_listener(ev::pointerdown, move |ev| point(&ev));
    let focusin = window_event_listener(ev::focusin, move |ev| point(&ev));
    on_cleanup(move || {
        click.remove();
        pointerdown.remove();
        focusin.remove();
    });
}
