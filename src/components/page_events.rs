//! The page's window listeners, wired by `App`: back/forward, and the keyboard shortcuts. Not a component.

use leptos::ev;
use leptos::prelude::*;

use super::list_window::ListWindow;
use crate::keys::{self, Command};
use crate::model::TIMELINE;
use crate::nav::ToastMessage;
use crate::state::{Action, State};
use crate::url_state::Notice;
use crate::{browser, dom};

/// Listens for back/forward (which walk through the view's steps; the language is a preference and stays) and
/// for the keyboard (`/` search, j/k and arrows move, Enter opens the source, `?` help, Esc closes it).
pub fn listen(
    state: RwSignal<State>,
    notices: RwSignal<Vec<Notice>>,
    toast: RwSignal<Option<ToastMessage>>,
    help_open: RwSignal<bool>,
    dispatch: Callback<Action>,
    list_window: ListWindow,
) {
    let popstate = window_event_listener(ev::popstate, move |_| {
        let mut next = state.get_untracked();
        let (found, rewrite) = next.restore(&browser::current_query(), &TIMELINE);
        if let Some(query) = rewrite {
            browser::replace_query(&query);
        }
        let selected = next.view.selected;
        state.set(next);
        notices.set(found);
        toast.set(None);
        if let Some(id) = selected {
            request_animation_frame(move || list_window.reveal(id));
        }
    });
    on_cleanup(move || popstate.remove());

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
                let selected = state.with_untracked(|s| s.view.selected);
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
}
