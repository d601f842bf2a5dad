//! The published pages: their folders, relative addresses between them and the root they are served from.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::model::Lang;
use ai_timeline::page::Page;

#[test]
fn each_language_and_view_has_its_own_folder() {
    let paths: Vec<&str> = Page::ALL.iter().map(|p| p.path()).collect();
    assert_eq!(paths, ["", "en/", "embed/", "embed/en/"]);
    let depths: Vec<usize> = Page::ALL.iter().map(|p| p.depth()).collect();
    assert_eq!(depths, [0, 1, 1, 2]);
    assert_eq!(Page::new(Lang::En, true).to_root(), "../../");
    assert_eq!(Page::new(Lang::Zh, false).to_root(), "./");
}

#[test]
fn pages_link_to_each_other_relatively() {
    let zh = Page::new(Lang::Zh, false);
    let en = Page::new(Lang::En, false);
    let embed_en = Page::new(Lang::En, true);
    assert_eq!(zh.link_to(en), "en/");
    assert_eq!(en.link_to(zh), "../");
    assert_eq!(embed_en.link_to(embed_en.full()), "../../en/");
    assert_eq!(embed_en.link_to(embed_en.in_lang(Lang::Zh)), "../../embed/");
    assert_eq!(zh.link_to(zh), "./");
}

#[test]
fn the_root_is_found_from_any_page_address() {
    assert_eq!(
        Page::new(Lang::En, false).root_of("/timeline/en/"),
        "/timeline/"
    );
    assert_eq!(
        Page::new(Lang::En, false).root_of("/timeline/en/index.html"),
        "/timeline/"
    );
    assert_eq!(Page::new(Lang::En, true).root_of("/embed/en/"), "/");
    assert_eq!(
        Page::new(Lang::Zh, false).root_of("/timeline/"),
        "/timeline/"
    );
    // Served somewhere unexpected (trunk serve, a renamed file): that folder is the root.
    assert_eq!(Page::new(Lang::En, false).root_of("/x/"), "/x/");
}

#[test]
fn the_language_switch_links_to_the_same_view_on_the_other_page() {
    let zh = Page::new(Lang::Zh, false);
    let en = Page::new(Lang::En, false);
    let embed = Page::new(Lang::Zh, true);
    let q = "?era=scaling&lang=en";
    assert_eq!(zh.lang_href(Lang::En, q, true), "en/?era=scaling&lang=en");
    assert_eq!(
        en.lang_href(Lang::Zh, "?lang=zh-Hant", true),
        "../?lang=zh-Hant"
    );
    assert_eq!(
        embed.lang_href(Lang::En, q, true),
        "../embed/en/?era=scaling&lang=en"
    );
    assert_eq!(
        en.lang_href(Lang::En, q, true),
        "./?era=scaling&lang=en",
        "its own language: this page"
    );
    // One page for both languages (trunk serve): the query names the language.
    assert_eq!(zh.lang_href(Lang::En, q, false), q);
    assert_eq!(zh.lang_href(Lang::En, "", false), "./");
}

#[test]
fn the_static_pages_link_to_each_other() {
    let zh = Page::new(Lang::Zh, false);
    let en = Page::new(Lang::En, false);
    // all/ and en/all/: one folder below their language's page.
    assert_eq!(zh.whole_href(Lang::En), "../en/all/");
    assert_eq!(en.whole_href(Lang::Zh), "../../all/");
    assert_eq!(en.whole_href(Lang::En), "./");
}
