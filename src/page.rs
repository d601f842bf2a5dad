//! The static pages the timeline is published as: one per language (the note's language at the root, English
//! under `en/`) and the embed view of each (`embed/`, `embed/en/`). Each is rendered at build time and hydrated
//! in the browser; the page decides the language and the layout the app starts in. Pure.

use crate::model::Lang;

/// One of the published pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Page {
    pub lang: Lang,
    /// The compact view for other sites' iframes: no header, overview or charts.
    pub embed: bool,
}

impl Page {
    pub const ALL: [Page; 4] = [
        Page::new(Lang::Zh, false),
        Page::new(Lang::En, false),
        Page::new(Lang::Zh, true),
        Page::new(Lang::En, true),
    ];

    pub const fn new(lang: Lang, embed: bool) -> Page {
        Page { lang, embed }
    }

    /// The page's folder relative to the bundle's root: "", "en/", "embed/", "embed/en/".
    pub const fn path(self) -> &'static str {
        match (self.embed, self.lang) {
            (false, Lang::Zh) => "",
            (false, Lang::En) => "en/",
            (true, Lang::Zh) => "embed/",
            (true, Lang::En) => "embed/en/",
        }
    }

    /// How many folders deep the page is: assets are `../` that many times away.
    pub fn depth(self) -> usize {
        self.path().matches('/').count()
    }

    /// The relative address of the bundle's root from this page: "./", "../", "../../".
    pub fn to_root(self) -> String {
        match self.depth() {
            0 => "./".to_string(),
            n => "../".repeat(n),
        }
    }

    /// The same page in another language.
    pub const fn in_lang(self, lang: Lang) -> Page {
        Page::new(lang, self.embed)
    }

    /// The full view of the same language (where an embed links to).
    pub const fn full(self) -> Page {
        Page::new(self.lang, false)
    }

    /// The relative address of `other` from this page, e.g. "../" from "en/" to the root, "en/" the other way.
    pub fn link_to(self, other: Page) -> String {
        let up = if self.depth() == 0 {
            String::new()
        } else {
            self.to_root()
        };
        let target = format!("{up}{}", other.path());
        if target.is_empty() {
            "./".to_string()
        } else {
            target
        }
    }

    /// The address of the view `query` (with its leading `?`) in `lang`, relative to this page: the other
    /// language's page where each language has its own (`separate_pages`, as rendered at build time), else this
    /// page with the query (which names the language).
    pub fn lang_href(self, lang: Lang, query: &str, separate_pages: bool) -> String {
        match (separate_pages, query.is_empty()) {
            _ if lang == self.lang => "./".to_string() + query,
            (true, _) => format!("{}{query}", self.link_to(self.in_lang(lang))),
            (false, true) => "./".to_string(),
            (false, false) => query.to_string(),
        }
    }

    /// The whole timeline as a static document in `lang` (`all/` under each language's page), relative to this
    /// page's own static document.
    pub fn whole_href(self, lang: Lang) -> String {
        if lang == self.lang {
            "./".to_string()
        } else {
            format!("../{}all/", self.link_to(self.in_lang(lang)))
        }
    }

    /// The bundle's root path on the server, from the address path of this page ("/timeline/en/" ->
    /// "/timeline/"). A path that does not end in the page's folder is taken as the root itself.
    pub fn root_of(self, pathname: &str) -> String {
        let dir = match pathname.rfind('/') {
            Some(at) => &pathname[..=at],
            None => "/",
        };
        dir.strip_suffix(self.path()).unwrap_or(dir).to_string()
    }
}
