//! Scrolling, focus and sizes: bringing milestones and results into view under the bar that stays on screen,
//! keeping the reader's place, measuring elements for the windowed list. Failure-tolerant like the rest of
//! `browser`.

use crate::dom;
use wasm_bindgen::JsCast;

/// Scrolls a milestone to the top of the view, just under the bar that stays on screen and its era's heading
/// (`landing`), and moves focus to it (for keyboard and screen readers).
pub fn reveal_milestone(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(&dom::milestone(id)) {
        scroll_to_and_focus(element);
    }
}

fn scroll_to_and_focus(element: web_sys::Element) {
    to_start(&element);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
}

/// Where the bar that stays on screen ends, in px from the top of the screen.
fn bar_bottom() -> f64 {
    bar_rect().map_or(0.0, |bar| bar.bottom().max(0.0))
}

/// How tall the bar that stays on screen is: where it ends once it is stuck to the top.
pub fn bar_height() -> f64 {
    bar_rect().map_or(0.0, |bar| bar.height())
}

fn bar_rect() -> Option<web_sys::DomRect> {
    let document = gloo::utils::document();
    let bar = document
        .query_selector(&format!(".{}", dom::TOOLBAR_CLASS))
        .ok()??;
    Some(bar.get_bounding_client_rect())
}

/// Brings the results to the reader after a change of filters: the first result (or the empty state) is
/// scrolled to just under the bar and its era's heading unless it is already on screen there; with `focus`, it
/// is also focused.
pub fn show_results(focus: bool) {
    let document = gloo::utils::document();
    let list = format!("#{}", dom::LIST);
    let first = document
        .query_selector(&format!(
            "{list} {}, {list} .empty-state",
            dom::SHOWN_MILESTONE
        ))
        .ok()
        .flatten();
    let Some(first) = first else {
        return;
    };
    if focus {
        return scroll_to_and_focus(first);
    }
    let top = first.get_bounding_client_rect().top();
    if top < landing(&first) - 0.5 || top >= screen_height() - 80.0 {
        to_start(&first);
    } else if let Some(on_screen) = OnScreen::mark(&first, screen_height() - top) {
        on_screen.fill();
    }
}

/// The shown milestones from one down to the bottom of the screen, laid out for real now. Items off screen skip
/// layout (`content-visibility: auto`), and the browser finds out which came on screen only once a frame is laid
/// out: the results of a change of view (items shown again, a jump) were painted as empty boxes of the
/// placeholder height, drawn a frame or two later (an era click's results all drawn 297 -> 210 ms after the
/// input at 4x CPU, 412 px). The items are marked (`dom::ON_SCREEN_CLASS`, `content-visibility: visible`), the
/// marks of the change before taken off.
struct OnScreen {
    shown: web_sys::NodeList,
    /// The index in `shown` of the next item not marked.
    next: u32,
}

impl OnScreen {
    /// Marks the items from `first` that `space` px hold as they are laid out now (one not drawn counts its
    /// placeholder height): all read, then all written, so that one layout follows (each read after a write is
    /// a layout pass of its own: 8-30 ms at 4x CPU, traced).
    fn mark(first: &web_sys::Element, space: f64) -> Option<OnScreen> {
        let list = gloo::utils::document().get_element_by_id(dom::LIST)?;
        let shown = list.query_selector_all(dom::SHOWN_MILESTONE).ok()?;
        let from = (0..shown.length()).find(|&i| nth(&shown, i).as_ref() == Some(first))?;
        let mut next = from;
        let mut height = 0.0;
        while height < space {
            let Some(el) = nth(&shown, next) else { break };
            height += el.get_bounding_client_rect().height();
            next += 1;
        }
        let mark = dom::ON_SCREEN_CLASS;
        super::events::set_class_where(&list, &format!(".{mark}"), mark, false);
        for i in from..next {
            mark_item(&shown, i);
        }
        Some(OnScreen { shown, next })
    }

    /// Marks more, one at a time, while the last marked ends above the bottom of the screen (items drawn took
    /// less than their placeholders).
    fn fill(mut self) {
        let bottom = screen_height();
        while let Some(last) = self.next.checked_sub(1).and_then(|i| nth(&self.shown, i)) {
            if last.get_bounding_client_rect().bottom() >= bottom
                || !mark_item(&self.shown, self.next)
            {
                return;
            }
            self.next += 1;
        }
    }
}

/// The `i`th element of `list`.
fn nth(list: &web_sys::NodeList, i: u32) -> Option<web_sys::Element> {
    list.item(i)?.dyn_into().ok()
}

/// Marks the `i`th item of `shown` to be drawn now; false if there is none.
fn mark_item(shown: &web_sys::NodeList, i: u32) -> bool {
    nth(shown, i).is_some_and(|el| el.class_list().add_1(dom::ON_SCREEN_CLASS).is_ok())
}

/// The milestone the reader is at: the one holding focus, else the first that begins on screen below the bar
/// (or the one the screen is inside); with its top, in px from the top of the screen.
pub fn reading_anchor() -> Option<(String, f64)> {
    let document = gloo::utils::document();
    let class = format!(".{}", dom::MILESTONE_CLASS);
    let focused = document
        .active_element()
        .and_then(|el| el.closest(&class).ok().flatten());
    let at = focused.or_else(|| {
        let bar = bar_bottom();
        let all = document.query_selector_all(dom::SHOWN_MILESTONE).ok()?;
        let items: Vec<web_sys::Element> = (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect();
        // The first that begins on screen; else the one the screen is inside.
        let starts = items.iter().find(|el| {
            let top = el.get_bounding_client_rect().top();
            top >= bar && top < screen_height()
        });
        starts
            .or_else(|| {
                items
                    .iter()
                    .find(|el| el.get_bounding_client_rect().bottom() > bar)
            })
            .cloned()
    })?;
    Some((at.id(), at.get_bounding_client_rect().top()))
}

/// Scrolls so that the element with this id is again `top` px from the top of the screen (after the list
/// changed around it).
pub fn keep_at(id: &str, top: f64) {
    if let Some((now, _)) = element_box(id) {
        scroll_by(now - top);
    }
}

/// Scrolls `element` to the start of the view and keeps it there for the next frames: the items above it that
/// come near the screen are laid out for real only after the scroll (`content-visibility: auto`) and can push it
/// down by screens on a phone, while the browser keeps in place what is under the bar (the item above). Stops
/// as soon as the reader scrolls or the element is hidden.
fn to_start(element: &web_sys::Element) {
    // Under the bar once scrolled: the screen's height at most.
    let on_screen = OnScreen::mark(element, screen_height());
    // One scroll, read after the marks (one layout), to where the element lands.
    scroll_by(element.get_bounding_client_rect().top() - landing(element));
    if let Some(on_screen) = on_screen {
        on_screen.fill();
    }
    let top = element.get_bounding_client_rect().top();
    hold(element.clone(), top, scroll_y(), HOLD_FRAMES);
}

/// Where the top of `element` lands when it is scrolled to, in px from the top of the screen: under the heading
/// of its era as it sticks below the bar, with the heading's margin (else under the bar). Its `scroll-margin-top`
/// places it where scripts do not run, but the heading's height is the text's: one line on a desktop, three in
/// English on a phone (90-113 px at 320-412 px, where the heading would hide the milestone's top).
fn landing(element: &web_sys::Element) -> f64 {
    let under_heading = || {
        let heading = element
            .closest(dom::ERA_SECTION)
            .ok()??
            .query_selector(dom::ERA_HEADING)
            .ok()??;
        let style = gloo::utils::window().get_computed_style(&heading).ok()??;
        // JavaScript's `parseFloat` ("12px" is 12): Rust's float parsing would add 15 KB gzip of wasm.
        let px = |property: &str| {
            let value = js_sys::Number::parse_float(&style.get_property_value(property).ok()?);
            (!value.is_nan()).then_some(value)
        };
        Some(px("top")? + heading.get_bounding_client_rect().height() + px("margin-bottom")?)
    };
    under_heading().unwrap_or_else(bar_bottom)
}

/// How many frames a scrolled-to element is held in place.
const HOLD_FRAMES: u8 = 12;

fn hold(element: web_sys::Element, top: f64, scrolled: f64, frames: u8) {
    if frames == 0 {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        let rect = element.get_bounding_client_rect();
        // The reader scrolled, or the element is gone or hidden (the view changed).
        if scroll_y() != scrolled || rect.height() == 0.0 {
            return;
        }
        let moved = rect.top() - top;
        if moved.abs() > 0.5 {
            scroll_by(moved);
        }
        hold(element, top, scroll_y(), frames - 1);
    });
}

fn scroll_y() -> f64 {
    gloo::utils::window().scroll_y().unwrap_or(0.0)
}

/// Scrolls to the top of the page.
pub fn scroll_to_top() {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The top and height of the element with this id, relative to the screen (layout viewport), in px.
pub fn element_box(id: &str) -> Option<(f64, f64)> {
    let rect = gloo::utils::document()
        .get_element_by_id(id)?
        .get_bounding_client_rect();
    Some((rect.top(), rect.height()))
}

/// The height of the screen (layout viewport), in px.
pub fn screen_height() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(900.0)
}

/// Scrolls the page by `dy` px at once.
pub fn scroll_by(dy: f64) {
    gloo::utils::window().scroll_by_with_x_and_y(0.0, dy);
}

/// Calls `changed` whenever `element` changes size (and once when observing starts). Stops when the returned
/// observer is disconnected.
pub fn observe_size(
    element: &web_sys::Element,
    changed: impl Fn() + 'static,
) -> Option<web_sys::ResizeObserver> {
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(changed);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    callback.forget();
    observer.observe(element);
    Some(observer)
}

/// Calls `near` once, when `element` comes within about a screen of the viewport (at once where the browser
/// cannot tell). An element that is not displayed (a layout CSS hides) never comes near.
pub fn when_near(element: &web_sys::Element, near: impl FnOnce() + 'static) {
    let near = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(near) as Box<dyn FnOnce()>
    )));
    let call = near.clone();
    let callback = wasm_bindgen::closure::Closure::<
        dyn FnMut(js_sys::Array, web_sys::IntersectionObserver),
    >::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let close = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if close {
                observer.disconnect();
                if let Some(near) = call.take() {
                    near();
                }
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px 100% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            observer.observe(element);
            callback.forget();
        }
        Err(_) => {
            if let Some(near) = near.take() {
                near();
            }
        }
    }
}

/// Calls `printing` when the page is about to be printed (`beforeprint`, or the print media starting to apply).
pub fn on_print(printing: impl Fn() + 'static) {
    let printing = std::rc::Rc::new(printing);
    let before = printing.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || before());
    let window = gloo::utils::window();
    let _ =
        window.add_event_listener_with_callback("beforeprint", callback.as_ref().unchecked_ref());
    callback.forget();
    if let Ok(Some(print)) = window.match_media("print") {
        let changed = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |ev: web_sys::MediaQueryListEvent| {
                if ev.matches() {
                    printing();
                }
            },
        );
        let _ = print.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
        changed.forget();
    }
}

/// Keeps the element with this id `top` px from the top of the screen while the list settles around it (items
/// that come on screen take their real height a frame or two later), for a moment.
pub fn hold_place(id: String, top: f64) {
    keep_at(&id, top);
    let Some(list) = gloo::utils::document().get_element_by_id(dom::LIST) else {
        return;
    };
    let Some(observer) = observe_size(&list, move || keep_at(&id, top)) else {
        return;
    };
    gloo::timers::callback::Timeout::new(600, move || observer.disconnect()).forget();
}
