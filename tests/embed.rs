//! The code "Embed this view" offers: an iframe of the embed view with the same view, and the height script.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::embed::{address, snippet, HEIGHT_MESSAGE, START_HEIGHT};

#[test]
fn the_embed_address_swaps_the_page_folder_and_keeps_the_view() {
    let en = "https://example.org/timeline/en/";
    assert_eq!(
        address(en, "en/", "embed/en/", "?era=scaling&q=gpt"),
        "https://example.org/timeline/embed/en/?era=scaling&q=gpt"
    );
    let zh = "https://example.org/timeline/";
    assert_eq!(
        address(zh, "", "embed/", ""),
        "https://example.org/timeline/embed/"
    );
    // Not yet known (the page rendered at build time): relative to the bundle's root.
    assert_eq!(
        address("", "en/", "embed/en/", "?m=gpt-3"),
        "embed/en/?m=gpt-3"
    );
}

#[test]
fn the_snippet_frames_the_address_and_sizes_the_frame_by_message() {
    let code = snippet("https://x.org/t/embed/?era=a&q=<b>", "A \"title\"");
    assert!(code.starts_with(
        r#"<iframe src="https://x.org/t/embed/?era=a&amp;q=&lt;b&gt;" title="A &quot;title&quot;" allow="clipboard-write" data-ai-timeline"#
    ));
    assert!(code.contains(&format!("height: {START_HEIGHT}px")));
    assert!(code.contains(&format!("event.data.type !== \"{HEIGHT_MESSAGE}\"")));
    assert!(
        code.contains("frame.contentWindow === event.source"),
        "only the frame that sent it"
    );
    assert_eq!(code.matches("<script>").count(), 1);
    assert!(code.trim_end().ends_with("</script>"));
}
