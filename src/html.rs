//! Text made safe for HTML and XML, in content and in quoted attributes: the one escape the pages written at
//! build time (`bin/render`), the link preview (`preview`) and the embed code (`embed`) use. Pure.

/// `&`, `"`, `<` and `>` as entities.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
