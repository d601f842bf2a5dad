//! What takes the reader's content out of the page: files, the clipboard, the share sheet, print and new tabs;
//! and where the control last used is (for a message next to it). Failure-tolerant like the rest of `browser`.

use crate::dom;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file download, via a Blob URL that is revoked afterwards.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let blob = gloo::file::Blob::new_with_options(content, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The object URL lives until `url` drops at the end of the next task, after the browser took the file.
    gloo::timers::callback::Timeout::new(1_000, move || drop(url)).forget();
}

/// Opens an external address in a new tab without giving it access to this page.
pub fn open_in_new_tab(url: &str) {
    let _ = gloo::utils::window().open_with_url_and_target_and_features(
        url,
        "_blank",
        "noopener,noreferrer",
    );
}

/// The browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Makes `link` open in a new tab (without access to this page) when followed, or in this one.
pub fn open_in_new_tab_on_follow(link: &web_sys::HtmlAnchorElement, new_tab: bool) {
    if new_tab {
        link.set_target("_blank");
        link.set_rel("noopener");
    } else {
        let _ = link.remove_attribute("target");
        let _ = link.remove_attribute("rel");
    }
}

/// From now on notes where the element each click reaches (by a tap, a mouse or a key) ends on the page, as
/// `--last-use` on the toast (px from the top of the page). In a frame whose height follows its content the host
/// page scrolls, not the frame, so the embed view's toast placed there is where the reader is looking. Read as the
/// click begins (capture), before the click changes the page, so reading the layout costs nothing; written on the
/// toast alone, so no style but its own is computed again. Lasts as long as the page.
pub fn remember_places() {
    let note =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            let Some(target) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let document = gloo::utils::document();
            let Ok(Some(toast)) = document.query_selector(&format!(".{}", dom::TOAST_CLASS)) else {
                return;
            };
            let bottom = target.get_bounding_client_rect().bottom()
                + gloo::utils::window().scroll_y().unwrap_or(0.0);
            let _ = toast
                .unchecked_into::<web_sys::HtmlElement>()
                .style()
                .set_property("--last-use", &format!("{}px", bottom.round() as i64));
        });
    let _ = gloo::utils::window().add_event_listener_with_callback_and_bool(
        "click",
        note.as_ref().unchecked_ref(),
        true,
    );
    note.forget();
}

/// Copies text to the clipboard; `done(false)` where the clipboard is unavailable or refuses.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let navigator = gloo::utils::window().navigator();
    // On a non-secure origin (plain http) `navigator.clipboard` is undefined: fall back at once.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| c.is_object());
    let Some(clipboard) = clipboard else {
        return done(false);
    };
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(copied);
    });
}

/// On a phone (a coarse pointer) with the Web Share API: offers `url` to the system's share sheet and returns
/// true (a reader who cancels it has nothing more to do). Elsewhere returns false: copy instead.
pub fn share(title: &str, url: &str) -> bool {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let coarse = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let Some(share) = share.filter(|_| coarse) else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(promise) = share.call1(&navigator, &data) else {
        return false;
    };
    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
        // A cancelled sheet rejects: nothing to report.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
    true
}
