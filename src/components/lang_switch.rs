use leptos::prelude::*;

use crate::model::Lang;
use crate::nav::Nav;
use crate::page::Page;
use crate::state::View;
use crate::{browser, i18n, url_state};

/// One link per language, each labelled in its own language (`compact`: "中" and "EN"), to the same view in
/// that language: the other page where each language has its own, so it works without scripts too. The
/// language is a property of the page: nothing on it changes language in place. A click remembers the choice.
#[component]
pub fn LangSwitch(page: Page, #[prop(optional)] compact: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let separate = !cfg!(target_arch = "wasm32") || browser::is_prerendered();
    let options = Lang::ALL.map(|option| {
        let name = if compact {
            i18n::short_name(option)
        } else {
            i18n::native_name(option)
        };
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
    });
    view! {
        <div
            class="lang-switch"
            class:lang-switch--compact=compact
            role="group"
            aria-label=i18n::strings(page.lang).lang_switch_label
        >
            {options.into_iter().collect_view()}
        </div>
    }
}
