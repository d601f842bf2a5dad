//! What the page's components share: the current view and the actions deep components trigger (provided as
//! context by `App`), and the toast's message. Not a component, so components never import from each other.

use leptos::prelude::{Callback, Signal};

use crate::i18n;
use crate::model::Lang;
use crate::state::View;

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
    /// The page is the whole timeline as a static document (`all/`, for readers without scripts).
    pub whole: bool,
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
