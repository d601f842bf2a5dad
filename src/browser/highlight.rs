//! The search's hits, marked with the CSS Custom Highlight API (`::highlight(search)` in the stylesheet): ranges
//! over the list's text nodes, registered under one name. Marking changes no DOM node, so a search, or clearing
//! one, re-renders nothing and lays nothing out again. Browsers without the API (before Chrome 105, Safari 17.2,
//! Firefox 140) show the results unmarked.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom;
use crate::search::{utf16_highlights, Query};

#[wasm_bindgen]
extern "C" {
    /// A set of ranges styled as one (`new Highlight()`).
    type Highlight;
    #[wasm_bindgen(constructor)]
    fn new() -> Highlight;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &web_sys::Range);

    /// `CSS.highlights`, the page's highlights by name.
    type Registry;
    #[wasm_bindgen(method)]
    fn set(this: &Registry, name: &str, highlight: &Highlight);
    #[wasm_bindgen(method)]
    fn delete(this: &Registry, name: &str);
}

/// The name the stylesheet styles (`::highlight(search)`).
const NAME: &str = "search";

thread_local! {
    /// The search to mark at the next frame (`None`: none asked), and whether anything is marked now.
    static MARKING: RefCell<(Option<Query>, bool)> = const { RefCell::new((None, false)) };
}

/// Marks `query`'s hits in the list's shown milestones at the next frame (the list has changed by then), once
/// per frame however often it is asked.
pub fn mark_search(query: &Query) {
    let ask = MARKING.with_borrow_mut(|(next, marked)| {
        if query.is_empty() && !*marked && next.is_none() {
            return false;
        }
        next.replace(query.clone()).is_none()
    });
    if ask {
        leptos::prelude::request_animation_frame(|| {
            if let Some(query) = MARKING.with_borrow_mut(|(next, _)| next.take()) {
                let marked = mark(&query);
                MARKING.with_borrow_mut(|(_, m)| *m = marked);
            }
        });
    }
}

/// Marks the hits now; whether anything is marked.
fn mark(query: &Query) -> bool {
    let Some(registry) = registry() else {
        return false;
    };
    registry.delete(NAME);
    if query.is_empty() {
        return false;
    }
    let document = gloo::utils::document();
    let Ok(texts) = document.query_selector_all(dom::SEARCHED_TEXTS) else {
        return false;
    };
    let highlight = Highlight::new();
    let mut any = false;
    for i in 0..texts.length() {
        let Some(text) = texts.item(i).and_then(|e| e.first_child()) else {
            continue;
        };
        if text.node_type() != web_sys::Node::TEXT_NODE {
            continue;
        }
        for hit in utf16_highlights(&text.node_value().unwrap_or_default(), query) {
            if let Ok(range) = document.create_range() {
                if range.set_start(&text, hit.start).is_ok()
                    && range.set_end(&text, hit.end).is_ok()
                {
                    highlight.add(&range);
                    any = true;
                }
            }
        }
    }
    if any {
        registry.set(NAME, &highlight);
    }
    any
}

/// `CSS.highlights`, where the browser has it.
fn registry() -> Option<Registry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).ok()?;
    let highlights = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    (!highlights.is_undefined()).then(|| highlights.unchecked_into())
}
