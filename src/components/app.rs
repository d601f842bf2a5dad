use leptos::prelude::*;

use super::regions::{self, Region};
use super::shell::Shell;
use crate::dom;
use crate::page::Page;

/// The whole page, as rendered at build time (and by `trunk serve`): its regions (`super::regions`) in their
/// wrappers, around one `Shell`. It starts as `page`'s language with nothing filtered, so hydration finds the
/// markup it would render; in the browser each region hydrates on its own (`crate::start`).
///
/// The first view renders a few milestones (`crate::progress`); the rest follows in the browser, the charts and
/// trends when the reader comes near them. `complete` renders everything at once (the static page for readers
/// without JavaScript).
#[component]
pub fn App(page: Page, #[prop(optional)] complete: bool) -> impl IntoView {
    let shell = Shell::new(page, complete, false);
    provide_context(shell.nav);
    if cfg!(target_arch = "wasm32") {
        // `trunk serve`: rendered here, nothing to wait for.
        leptos::task::spawn_local(async move { shell.arrive() });
    }
    let region =
        |(id, render): Region| view! { <div class="app__region" id=id>{render(shell)}</div> };
    view! {
        {region(regions::HEADER)}
        {region(regions::BAR)}
        <main class="page" id=dom::MAIN tabindex="-1">
            {region(regions::ERAS)}
            {region(regions::AXIS)}
            {region(regions::LIST)}
        </main>
        {region(regions::REST)}
    }
}

/// Hydrates the page rendered at build time one task at a time: the state first (`Shell::new`, in the task
/// after the one that compiled the app), then each region and the parts of it that wait for a task of their own
/// (`Apart`), then the address is taken up (`Shell::arrive`).
/// Actions taken before that wait for it.
#[cfg(target_arch = "wasm32")]
pub fn hydrate(page: Page) {
    gloo::timers::callback::Timeout::new(0, move || {
        let Some(root) = crate::browser::detached_div() else {
            return;
        };
        // A root outside the page, rendering nothing: it owns the state (for as long as the page lives) and
        // starts Leptos's task executor, which the state's effects need.
        let shell = std::rc::Rc::new(std::cell::Cell::new(None));
        let made = shell.clone();
        leptos::mount::mount_to(root, move || made.set(Some(Shell::new(page, false, true))))
            .forget();
        if let Some(shell) = shell.get() {
            hydrate_next(shell, regions::ALL.to_vec());
        }
    })
    .forget();
}

#[cfg(target_arch = "wasm32")]
fn hydrate_region((id, render): Region, shell: Shell) {
    let Some(root) = crate::browser::element(id) else {
        return;
    };
    super::apart::hydrate_root(root, Some(shell.nav), Box::new(move || render(shell)));
}

#[cfg(target_arch = "wasm32")]
fn hydrate_next(shell: Shell, mut regions: Vec<Region>) {
    gloo::timers::callback::Timeout::new(0, move || {
        // A part of the region just hydrated (`Apart`) first, in a task of its own.
        if let Some(part) = super::apart::next_part() {
            part();
            hydrate_next(shell, regions);
            return;
        }
        if regions.is_empty() {
            shell.arrive();
            return;
        }
        hydrate_region(regions.remove(0), shell);
        hydrate_next(shell, regions);
    })
    .forget();
}
