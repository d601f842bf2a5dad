//! An interactive, bilingual timeline of deep learning, machine learning and GPT, 2010-2025.
//!
//! Pure logic (`model`, `filter`, `facets`, `search`, `state`, `url_state`, `i18n`, `format`, `export`, `chart`,
//! `windowing`, `keys`) is plain Rust with native tests on fixture timelines; `components` render it with Leptos
//! and share handles through `nav`; `browser` is the only module that touches browser APIs; `dom` names ids.

pub mod axis;
pub mod browser;
pub mod chart;
pub mod components;
pub mod dom;
pub mod export;
pub mod facets;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod keys;
pub mod model;
pub mod nav;
pub mod panic_screen;
pub mod search;
pub mod state;
pub mod url_state;
pub mod windowing;

pub use components::app::App;

/// Starts the app: the panic screen, then the page mounted into `<body>` in place of the pre-rendered copy of
/// the initial view (removed and replaced in one task, so nothing paints in between). The swap waits until the
/// pre-rendered view has been presented: content taken away before its first paint is reported, never counts
/// as painted, and the browser would date the page's largest paint to the app's identical copy instead.
pub fn start() {
    panic_screen::install();
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"))
    {
        Some(prerendered) => browser::after_largest_paint(move || {
            prerendered.remove();
            leptos::mount::mount_to_body(App);
        }),
        None => leptos::mount::mount_to_body(App),
    }
}
