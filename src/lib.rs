//! An interactive, bilingual timeline of deep learning, machine learning and GPT, 2010-2025.
//!
//! Pure logic (`model`, `filter`, `url_state`, `i18n`, `format`, `export`) is plain Rust with native tests; `components` render it
//! with Leptos; `browser` is the only module that touches browser APIs.

pub mod browser;
pub mod chart;
pub mod components;
pub mod export;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod keys;
pub mod model;
pub mod panic_screen;
pub mod search;
pub mod url_state;

pub use components::app::App;

/// Starts the app: readable panics in the console, then the page mounted into `<body>`.
pub fn start() {
    panic_screen::install();
    leptos::mount::mount_to_body(App);
}
