//! An interactive, bilingual timeline of deep learning, machine learning and GPT, 2010-2025.
//!
//! Pure logic (`model`, `view`, `filter`, `facets`, `search`, `state`, `url_state`, `i18n`, `format`, `html`,
//! `item_markup`, `export`, `chart`, `windowing`, `keys`) is plain Rust with native tests on fixture timelines; `components`
//! render it with Leptos and share handles through `nav`; `dom` names ids. Browser APIs are called by `browser`
//! (most of them), by `embed`, `offline` and `panic_screen` for their one job each, and by the few components
//! whose events need them (typed events and elements from web-sys). No module imports one that imports it back
//! (`.ci/cycles.mjs` checks).

#![recursion_limit = "256"]

pub mod axis;
pub mod browser;
pub mod chart;
pub mod components;
pub mod dom;
pub mod embed;
pub mod export;
pub mod facets;
pub mod filter;
pub mod format;
pub mod html;
pub mod i18n;
pub mod item_markup;
pub mod keys;
pub mod model;
pub mod nav;
pub mod offline;
pub mod order;
pub mod page;
pub mod panic_screen;
pub mod preview;
pub mod progress;
pub mod search;
pub mod state;
pub mod text;
pub mod url_state;
pub mod view;
pub mod windowing;

pub use components::app::App;

/// Starts the app in the browser: the panic screen, then the page. A page rendered at build time (the release
/// bundle) is hydrated, a region at a time: the app takes over its markup without rendering it again. Without
/// one (`trunk serve`), the app renders itself into the empty `#app`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;
    panic_screen::install();
    let page = browser::page();
    if browser::is_prerendered() {
        components::app::hydrate(page);
        return;
    }
    let Some(root) = browser::element(dom::APP) else {
        return;
    };
    // One page for both languages (trunk serve): the address's, else the reader's language.
    let (state, _) = state::State::from_address(
        &browser::current_query(),
        browser::stored_lang().as_deref(),
        &browser::navigator_languages(),
        &model::TIMELINE,
    );
    let page = page.in_lang(state.view.lang);
    leptos::mount::mount_to(root, move || view! { <App page=page /> }).forget();
}
