//! The languages' names, and which one a reader gets when the address names none.

use crate::model::Lang;

/// The name of a language in that language, for the switch.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

/// Picks the language when the URL names none: a stored choice first, then the browser's preferred languages in
/// order, then English (the more widely read of the two for readers of neither).
pub fn preferred_lang(stored: Option<&str>, navigator_languages: &[String]) -> Lang {
    stored
        .and_then(Lang::from_tag)
        .or_else(|| {
            navigator_languages
                .iter()
                .find_map(|tag| Lang::from_tag(tag))
        })
        .unwrap_or(Lang::En)
}

/// A language's short name for the compact switch.
pub fn short_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中",
        Lang::En => "EN",
    }
}
