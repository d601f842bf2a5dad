//! Embedding the timeline in other sites: the code the "Embed" action offers (pure), and, in the embed view, the
//! message that tells the host page the content's height (browser only).
//!
//! The host page's part is the few lines of script in `snippet`: it listens for [`HEIGHT_MESSAGE`] from its
//! timeline frames and sets their height, so the frame never scrolls inside the page.

/// The `type` of the message the embed view posts to its host page: `{ type, height }` (CSS px).
pub const HEIGHT_MESSAGE: &str = "ai-timeline:height";

/// The height an iframe starts at, before the first message (or where the host leaves the script out).
pub const START_HEIGHT: u32 = 720;

/// The code to paste into a page: an iframe of `src` (the embed view's address, with the view's query), allowed
/// to write to the clipboard (its "Copy link"), and the script that lets its height follow the content.
pub fn snippet(src: &str, title: &str) -> String {
    format!(
        r#"<iframe src="{src}" title="{title}" allow="clipboard-write" data-ai-timeline loading="lazy" style="width: 100%; height: {START_HEIGHT}px; border: 0"></iframe>
<script>
  addEventListener("message", function (event) {{
    if (!event.data || event.data.type !== "{HEIGHT_MESSAGE}") return;
    document.querySelectorAll("iframe[data-ai-timeline]").forEach(function (frame) {{
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
    }});
  }});
</script>"#,
        src = crate::html::escape(src),
        title = crate::html::escape(title),
    )
}

/// The address of the embed view of the same view: the page's own address (`…/timeline/en/`) with its folder
/// (`page_path`, "en/") replaced by the embed page's (`embed_path`, "embed/en/"), plus the view's query.
pub fn address(page_address: &str, page_path: &str, embed_path: &str, query: &str) -> String {
    let root = page_address.strip_suffix(page_path).unwrap_or(page_address);
    format!("{root}{embed_path}{query}")
}

/// In a frame: tells the host page the content's height now and whenever it changes. Nothing outside a frame.
pub fn follow_height() {
    use wasm_bindgen::JsValue;
    let window = gloo::utils::window();
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window);
    if !framed {
        return;
    }
    let body = gloo::utils::body();
    let post = {
        let body = body.clone();
        move || {
            let Some(parent) = gloo::utils::window().parent().ok().flatten() else {
                return;
            };
            let message = js_sys::Object::new();
            let height = body.get_bounding_client_rect().height().ceil();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
            // The height is no secret: any host may read it.
            let _ = parent.post_message(&message, "*");
        }
    };
    if let Some(observer) = crate::browser::observe_size(&body, post) {
        std::mem::forget(observer);
    }
}
