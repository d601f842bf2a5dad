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

/// Hydrates the page rendered at build time one region at a time, a task each (the first after the task that
/// compiled the app), then takes up the address (`Shell::arrive`). Actions taken before that wait for it.
#[cfg(target_arch = "wasm32")]
pub fn hydrate(page: Page) {
    use std::cell::Cell;
    use std::rc::Rc;

    gloo::timers::callback::Timeout::new(0, move || {
        let first = Rc::new(Cell::new(None::<Shell>));
        let made = first.clone();
        let [top, rest @ ..] = regions::ALL;
        hydrate_region(top, move || {
            let shell = Shell::new(page, false, true);
            made.set(Some(shell));
            shell
        });
        if let Some(shell) = first.get() {
            hydrate_next(shell, rest.to_vec());
        }
    })
    .forget();
}

#[cfg(target_arch = "wasm32")]
fn hydrate_region(region: Region, shell: impl FnOnce() -> Shell + 'static) {
    let (id, render) = region;
    let Some(root) = crate::browser::element(id) else {
        return;
    };
    leptos::mount::hydrate_from(root, move || {
        let shell = shell();
        provide_context(shell.nav);
        render(shell)
    })
    .forget();
}

#[cfg(target_arch = "wasm32")]
fn hydrate_next(shell: Shell, mut regions: Vec<Region>) {
    if regions.is_empty() {
        shell.arrive();
        return;
    }
    gloo::timers::callback::Timeout::new(0, move || {
        hydrate_region(regions.remove(0), move || shell);
        hydrate_next(shell, regions);
    })
    .forget();
}
