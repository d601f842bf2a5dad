//! Reading events for the page's delegated listeners: which milestone link or data attribute an event is about,
//! and the small DOM edits those listeners make. Failure-tolerant like the rest of `browser`.

use crate::dom;
use wasm_bindgen::JsCast;

/// The in-page milestone link (`a[data-target]`) an event happened in, with the milestone it points at.
pub fn milestone_link_of(ev: &web_sys::Event) -> Option<(web_sys::HtmlAnchorElement, String)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target
        .closest(dom::MILESTONE_LINK)
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let id = link.get_attribute("data-target")?;
    Some((link, id))
}

/// Whether a click is a plain one (no modifier, main button): an in-page jump rather than a new tab or window.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0)
}

/// The `attr` of the nearest element around an event's target that has it (delegated listeners find their item
/// this way, e.g. `data-i` of an axis mark).
pub fn closest_data(ev: &web_sys::Event, attr: &str) -> Option<String> {
    closest_attr(ev.target(), attr)
}

/// For an event inside an element that matches `selector` (a control in an item's markup), the `attr` of the
/// nearest element around that one that has it (its item's `data-id`).
pub fn closest_data_within(ev: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
    let element = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let control = element.closest(selector).ok()??;
    closest_attr(Some(control.into()), attr)
}

/// The `attr` of the nearest element around where the pointer went (a `mouseout`'s related target).
pub fn related_data(ev: &web_sys::MouseEvent, attr: &str) -> Option<String> {
    closest_attr(ev.related_target(), attr)
}

fn closest_attr(target: Option<web_sys::EventTarget>, attr: &str) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element
        .closest(&format!("[{attr}]"))
        .ok()??
        .get_attribute(attr)
}

/// Sets attributes of the `index`th child element of `parent`.
pub fn set_child_attributes(parent: &web_sys::Element, index: usize, attrs: &[(&str, &str)]) {
    if let Some(child) = parent.children().item(index as u32) {
        for (name, value) in attrs {
            let _ = child.set_attribute(name, value);
        }
    }
}

/// Calls `f` with every element in `root` that matches `selector`.
fn each_where(root: &web_sys::Element, selector: &str, f: impl Fn(&web_sys::Element)) {
    if let Ok(all) = root.query_selector_all(selector) {
        for i in 0..all.length() {
            if let Some(el) = all
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                f(&el);
            }
        }
    }
}

/// Adds or removes a class of every element in `root` that matches `selector`.
pub fn set_class_where(root: &web_sys::Element, selector: &str, class: &str, on: bool) {
    each_where(root, selector, |el| {
        let _ = el.class_list().toggle_with_force(class, on);
    });
}

/// Sets an attribute of every element in `root` that matches `selector`.
pub fn set_attribute_where(root: &web_sys::Element, selector: &str, name: &str, value: &str) {
    each_where(root, selector, |el| {
        let _ = el.set_attribute(name, value);
    });
}

/// Replaces the children of the first element in `root` that matches `selector` with `markup`.
pub fn set_inner_html_where(root: &web_sys::Element, selector: &str, markup: &str) {
    if let Ok(Some(el)) = root.query_selector(selector) {
        el.set_inner_html(markup);
    }
}

/// Moves focus to the `index`th child element of `parent` (an SVG or HTML element).
pub fn focus_child(parent: &web_sys::Element, index: usize) {
    if let Some(child) = parent.children().item(index as u32) {
        if let Some(svg) = child.dyn_ref::<web_sys::SvgElement>() {
            let _ = svg.focus();
        } else if let Some(html) = child.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    }
}

/// Removes every child of `element` (markup about to be rendered live).
pub fn clear_children(element: &web_sys::Element) {
    element.set_text_content(None);
}
