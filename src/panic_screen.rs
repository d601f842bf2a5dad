//! When the app panics, the page must not freeze silently: the panic hook logs the message (console) and puts a
//! readable note with a reload link over the page, built with plain DOM calls (the reactive system may be gone).

use wasm_bindgen::prelude::wasm_bindgen;

/// Installs the hook. Called once at start.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Shows the failure note (both languages, the technical message in small print).
pub fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(note) = document.create_element("div") else {
        return;
    };
    note.set_class_name("panic-screen");
    let _ = note.set_attribute("role", "alert");
    let parts: [(&str, &str, Option<&str>); 3] = [
        ("p", "時間軸發生錯誤，已停止運作。", Some("zh-Hant")),
        ("p", "The timeline hit an error and stopped.", Some("en")),
        ("code", detail, None),
    ];
    for (tag, text, lang) in parts {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            if let Some(lang) = lang {
                let _ = el.set_attribute("lang", lang);
            }
            let _ = note.append_child(&el);
        }
    }
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "");
        link.set_text_content(Some("重新載入 · Reload"));
        let _ = note.append_child(&link);
    }
    let _ = body.append_child(&note);
}

/// Diagnostic: panics on purpose, so the failure note can be checked in a real browser
/// (`window.wasmBindings.diagnostic_panic()`).
#[wasm_bindgen]
pub fn diagnostic_panic() {
    panic!("diagnostic panic requested");
}
