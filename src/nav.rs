//! What the page's components share: the current view and the actions deep components trigger (provided as
//! context by `App`), and the toast's message. Not a component: deep components read it without importing the
//! components above them.

use leptos::prelude::{Callback, Signal};

use crate::model::Lang;
use crate::view::View;
use crate::{dom, i18n, url_state};

/// Which of the page's strings confirms a copy.
pub type Confirmation = fn(&'static i18n::Strings) -> &'static str;

/// What deep components need: the current view (for `href`s), and actions that change it.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: Signal<View>,
    /// The page's address without query ("https://example.org/timeline/en/"): empty until the app runs in a
    /// browser (the page rendered at build time does not know where it is hosted).
    pub address: Signal<String>,
    /// Today's date ("YYYY-MM-DD") where the app runs; empty in the page rendered at build time.
    pub today: Signal<String>,
    /// Follow a link to a milestone: show it past the filters, select it, scroll to it.
    pub jump: Callback<&'static str>,
    /// Copy the link to share one milestone.
    pub copy_link: Callback<&'static str>,
    /// Copy the link to the whole view, with its filters.
    pub copy_view_link: Callback<()>,
    /// Copy a text; the toast then says the confirmation it picks from the strings.
    pub copy: Callback<(String, Confirmation)>,
    /// The page is the whole timeline as a static document (`all/`, for readers without scripts).
    pub whole: bool,
}

impl Nav {
    /// The page is the static document for readers without scripts: it holds no control that needs one. Never
    /// true in the browser bundle (static pages do not load it), so what it guards compiles out of the wasm.
    pub fn is_static(&self) -> bool {
        !cfg!(target_arch = "wasm32") && self.whole
    }

    /// The address of a link to milestone `id`: the milestone's own view (`?m=<id>`, which the app's delegated
    /// listener turns into a jump), or on the static page an anchor to it in the page.
    pub fn milestone_href(&self, lang: Lang, id: &'static str) -> String {
        match self.is_static() {
            true => dom::fragment(&dom::milestone(id)),
            false => url_state::milestone_link(lang, id),
        }
    }
}

/// A short message for the live region: text, a link to select when the clipboard was unavailable, and whether
/// it offers to restore the filters a jump cleared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToastMessage {
    pub text: String,
    pub fallback_link: Option<String>,
    pub restore: bool,
}

impl ToastMessage {
    /// The outcome of copying `link`: `confirmation`, or the link in a field to copy by hand.
    pub fn copied(lang: Lang, copied: bool, link: String, confirmation: &str) -> ToastMessage {
        let strings = i18n::strings(lang);
        ToastMessage {
            text: if copied {
                confirmation
            } else {
                strings.copy_fallback
            }
            .to_string(),
            fallback_link: (!copied).then_some(link),
            restore: false,
        }
    }

    /// Filters were cleared to show a milestone: say which, and offer them back.
    pub fn cleared(lang: Lang, title: &str, parts: &[crate::filter::Part]) -> ToastMessage {
        ToastMessage {
            text: i18n::cleared_notice(lang, title, parts),
            fallback_link: None,
            restore: true,
        }
    }
}
