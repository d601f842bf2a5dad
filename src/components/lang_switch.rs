use leptos::prelude::*;

use crate::model::Lang;
use crate::nav::Nav;
use crate::page::Page;
use crate::view::View;
use crate::{browser, i18n, url_state};

/// Both languages, each labelled in its own language, each a link to the same view in that language (the static
/// page's header, which has no bar).
#[component]
pub fn LangSwitch(page: Page) -> impl IntoView {
    let options = Lang::ALL.map(|option| lang_link(page, option, i18n::native_name(option)));
    view! {
        <div class="lang-switch" role="group" aria-label=i18n::strings(page.lang).lang_switch_label>
            {options.into_iter().collect_view()}
        </div>
    }
}

/// The bar's language switch: one link, to the other language ("中" or "EN"), the one switch on screen.
#[component]
pub fn LangLink(page: Page) -> impl IntoView {
    let other = match page.lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    view! {
        <div class="lang-switch lang-switch--compact" role="group" aria-label=i18n::strings(page.lang).lang_switch_label>
            {lang_link(page, other, i18n::short_name(other))}
        </div>
    }
}

/// A link to the same view in `option`: the other page where each language has its own, so it works without
/// scripts too. The language is a property of the page: nothing on it changes language in place. A click
/// remembers the choice.
fn lang_link(page: Page, option: Lang, name: &'static str) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let separate = !cfg!(target_arch = "wasm32") || browser::is_prerendered();
    let href = move || match nav.whole {
        true => page.whole_href(option),
        false => {
            let query = nav.view.with(|v| {
                url_state::to_query(&View {
                    lang: option,
                    ..v.clone()
                })
            });
            page.lang_href(option, &query, separate)
        }
    };
    view! {
        <a
            class="lang-switch__option"
            href=href
            hreflang=option.tag()
            lang=option.tag()
            data-lang=option.tag()
            title=i18n::native_name(option)
            aria-current=(page.lang == option).then_some("true")
            on:click=move |_| browser::store_lang(option)
        >
            {name}
        </a>
    }
}
