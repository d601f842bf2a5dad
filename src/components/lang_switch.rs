use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// Two toggle buttons, one per language, each labelled in its own language (`compact`: "中" and "EN").
#[component]
pub fn LangSwitch(
    #[prop(into)] lang: Signal<Lang>,
    on_select: Callback<Lang>,
    #[prop(default = "lang-switch")] testid: &'static str,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let options = Lang::ALL.map(|option| {
        let name = if compact {
            i18n::short_name(option)
        } else {
            i18n::native_name(option)
        };
        view! {
            <button
                type="button"
                class="lang-switch__option"
                lang=option.tag()
                data-lang=option.tag()
                title=i18n::native_name(option)
                aria-pressed=move || (lang.get() == option).to_string()
                on:click=move |_| on_select.run(option)
            >
                {name}
            </button>
        }
    });
    view! {
        <div
            class="lang-switch"
            class:lang-switch--compact=compact
            role="group"
            data-testid=testid
            aria-label=move || i18n::strings(lang.get()).lang_switch_label
        >
            {options.into_iter().collect_view()}
        </div>
    }
}
