//! Thin, failure-tolerant access to the browser: the address bar, history, storage, `<html lang>` and the title.
//! Every function degrades to a no-op or `None` when the API is missing or throws (e.g. storage blocked).

use crate::dom;
use crate::model::Lang;
use crate::state::History;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

mod events;
mod highlight;
mod scroll;
mod share;
pub use events::*;
pub use highlight::*;
pub use scroll::*;
pub use share::*;

const LANG_KEY: &str = "ai-timeline.lang";

/// The current query string, including the leading `?` (or empty).
pub fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

thread_local! {
    /// History writes waiting for the next paint (`record`), in order.
    static PENDING: std::cell::RefCell<Vec<(History, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records `query` in history as a new entry or in place of the current one (relative to the current path, so
/// any sub-path keeps working), once the change of view is painted: a history write costs a phone 3-15 ms
/// (4x CPU) that the reader would otherwise wait for before seeing the change. Writes keep their order.
pub fn record(how: History, query: &str) {
    let first = PENDING.with_borrow_mut(|pending| {
        crate::state::queue_history(pending, how, query.to_owned());
        pending.len() == 1
    });
    if first {
        leptos::prelude::request_animation_frame(|| {
            leptos::prelude::set_timeout(write_history, std::time::Duration::ZERO);
        });
    }
}

/// Makes the history writes still waiting (before anything that reads or walks the history).
pub fn write_history() {
    for (how, query) in PENDING.take() {
        match how {
            History::Push => {
                if let Ok(history) = gloo::utils::window().history() {
                    let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&query));
                }
            }
            History::Replace => replace_query(&query),
        }
    }
}

/// Drops the history writes still waiting: the reader went back or forward before they were made, and the view
/// now follows the entry they went to.
pub fn drop_history_writes() {
    PENDING.take();
}

/// Rewrites the current history entry to `query` without adding one.
pub fn replace_query(query: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(query));
    }
}

/// Whether localStorage can be used at all (it throws when blocked by the browser's settings).
fn storage_available() -> bool {
    matches!(gloo::utils::window().local_storage(), Ok(Some(_)))
}

/// The language the reader chose on an earlier visit.
pub fn stored_lang() -> Option<String> {
    if !storage_available() {
        return None;
    }
    // `raw()` reads the plain string: no JSON layer (and no serde_json in the bundle).
    LocalStorage::raw().get_item(LANG_KEY).ok().flatten()
}

/// Remembers the reader's language choice; silently does nothing where storage is unavailable.
pub fn store_lang(lang: Lang) {
    if storage_available() {
        let _ = LocalStorage::raw().set_item(LANG_KEY, lang.tag());
    }
}

/// The browser's preferred languages, most preferred first.
pub fn navigator_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>` and the document title, each only where it differs: writing the same value again still
/// restyles the whole page (`lang` picks the fonts) or replaces the title's text.
pub fn set_document_language(lang: Lang, title: &str) {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        if html.get_attribute("lang").as_deref() != Some(lang.tag()) {
            let _ = html.set_attribute("lang", lang.tag());
        }
    }
    if document.title() != title {
        document.set_title(title);
    }
}

/// The page's origin, e.g. `https://example.org`.
pub fn origin() -> String {
    gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default()
}

/// The path of the page's address, e.g. `/timeline/en/`.
pub fn current_path() -> String {
    gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default()
}

/// Rewrites the current history entry to another path of the same origin and a query (the language's page).
/// The head's links (icon, manifest, alternates) are relative to the page's folder: they are made absolute
/// first, so they still point at the same files when the address moves to another folder (the other language).
pub fn replace_address(path: &str, query: &str) {
    if let Ok(links) = gloo::utils::document().query_selector_all("head link[href]") {
        for i in 0..links.length() {
            if let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlLinkElement>().ok())
            {
                let _ = link.set_attribute("href", &link.href());
            }
        }
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}

/// Marks the page as fully rendered and running (`<html data-ready>`).
pub fn mark_ready() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Whether the page was rendered at build time (its `<html data-rendered>`): the app hydrates it.
pub fn is_prerendered() -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-rendered"))
}

/// The page this is, from its `<html lang>` and `data-embed`.
pub fn page() -> crate::page::Page {
    let html = gloo::utils::document().document_element();
    let lang = html
        .as_ref()
        .and_then(|h| h.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::Zh);
    let embed = html.is_some_and(|h| h.has_attribute("data-embed"));
    crate::page::Page::new(lang, embed)
}

/// The element with this id (the app and its regions render into one).
pub fn element(id: &str) -> Option<web_sys::HtmlElement> {
    gloo::utils::document()
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Sets or removes the `hidden` attribute of the element with this id, if it is in the page (where it already
/// is as asked, nothing changes).
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Adds or removes a class of the element with this id, if it is in the page.
pub fn set_class(id: &str, class: &str, on: bool) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let _ = el.class_list().toggle_with_force(class, on);
    }
}

/// A `<div>` outside the document (for a root that renders nothing the reader sees).
pub fn detached_div() -> Option<web_sys::HtmlElement> {
    gloo::utils::document()
        .create_element("div")
        .ok()?
        .dyn_into()
        .ok()
}

/// Today's date (local), "YYYY-MM-DD".
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// One step back in the browser's history.
pub fn history_back() {
    write_history();
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.back();
    }
}

/// Reads a key press and where focus is, for `keys::classify`.
pub fn read_key(ev: &web_sys::KeyboardEvent) -> Option<crate::keys::Key> {
    let active = gloo::utils::document().active_element();
    let typing = active.as_ref().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    });
    let in_list = active
        .as_ref()
        .and_then(|el| el.closest(&format!(".{}", dom::LIST_CLASS)).ok().flatten())
        .is_some();
    let on_milestone = active
        .as_ref()
        .is_some_and(|el| el.class_list().contains(dom::MILESTONE_CLASS));
    crate::keys::classify(&crate::keys::Press {
        key: ev.key(),
        modified: ev.ctrl_key() || ev.meta_key() || ev.alt_key(),
        typing,
        in_list,
        on_milestone,
    })
}

/// Moves focus to the element with this id, if there is one.
pub fn focus_element(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Moves focus to the element with this id without scrolling to it (the reader's place stays).
pub fn focus_quietly(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}

/// Opens a `<dialog>` as modal (the page behind is inert: focus stays in it) and returns the element that had
/// focus, to give it back with `close_modal`.
pub fn show_modal(dialog: &web_sys::HtmlDialogElement) -> Option<web_sys::HtmlElement> {
    let previous = gloo::utils::document()
        .active_element()
        .and_then(|el| el.dyn_into().ok());
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
    previous
}

/// Whether an event happened on the element listening for it itself, not on one inside it.
pub fn is_target_itself(ev: &web_sys::Event) -> bool {
    ev.target().is_some() && ev.target() == ev.current_target()
}

/// Closes a modal `<dialog>` and gives focus back to `previous`.
pub fn close_modal(dialog: &web_sys::HtmlDialogElement, previous: Option<web_sys::HtmlElement>) {
    dialog.close();
    if let Some(previous) = previous {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = previous.focus_with_options(&options);
    }
}
