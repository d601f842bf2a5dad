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
    /// Follow a link to a milestone: show it past the filters, select it, scroll to it.
    pub jump: Callback<&'static str>,
    /// Copy the permalink of a milestone.
    pub copy_link: Callback<&'static str>,
}

/// A short message for the live region: text, and a link to select when the clipboard was unavailable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToastMessage {
    pub text: String,
    pub fallback_link: Option<String>,
}

impl ToastMessage {
    /// The outcome of copying `link`: confirmed, or the link in a field to copy by hand.
    pub fn copied(lang: Lang, copied: bool, link: String) -> ToastMessage {
        let strings = i18n::strings(lang);
        if copied {
            ToastMessage {
                text: strings.link_copied.to_string(),
                fallback_link: None,
            }
        } else {
            ToastMessage {
                text: strings.copy_fallback.to_string(),
                fallback_link: Some(link),
            }
        }
    }
}
