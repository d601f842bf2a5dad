use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// Two toggle buttons, one per language, each labelled in its own language.
#[component]
pub fn LangSwitch(#[prop(into)] lang: Signal<Lang>, on_select: Callback<Lang>) -> impl IntoView {
    let options = Lang::ALL.map(|option| {
        view! {
            <button
                type="button"
                class="lang-switch__option"
                lang=option.tag()
                data-lang=option.tag()
                aria-pressed=move || (lang.get() == option).to_string()
                on:click=move |_| on_select.run(option)
            >
                {i18n::native_name(option)}
            </button>
        }
    });
    view! {
        <div
            class="lang-switch"
            role="group"
            data-testid="lang-switch"
            aria-label=move || i18n::strings(lang.get()).lang_switch_label
        >
            {options.into_iter().collect_view()}
        </div>
    }
}
