use gloo::timers::callback::Timeout;
use leptos::prelude::*;

use crate::model::Lang;
use crate::{dom, i18n};

/// Milliseconds of quiet before typing updates the list.
const DEBOUNCE_MS: u32 = 150;

/// The search field. Typing updates the list after a short pause (`on_type`); Enter or leaving the field
/// finishes the search (`on_search`); Esc clears it. How history records each is the state machine's business.
#[component]
pub fn SearchBox(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] query: Signal<String>,
    on_type: Callback<String>,
    on_search: Callback<String>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let pending = StoredValue::new_local(None::<Timeout>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        pending.set_value(Some(Timeout::new(DEBOUNCE_MS, move || on_type.run(text))));
    };
    let commit = move |text: String| {
        pending.set_value(None);
        on_search.run(text);
    };
    view! {
        <div class="search-box" role="search">
            <label class="search-box__label" for=dom::SEARCH>{move || strings().search_label}</label>
            <input
                id=dom::SEARCH
                class="search-box__input"
                type="search"
                data-testid="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=move || strings().search_placeholder
                prop:value=move || query.get()
                on:input=on_input
                on:change=move |ev| commit(event_target_value(&ev))
                on:keydown=move |ev| match ev.key().as_str() {
                    "Enter" => commit(event_target_value(&ev)),
                    "Escape" if !event_target_value(&ev).is_empty() => {
                        ev.prevent_default();
                        event_target::<web_sys::HtmlInputElement>(&ev).set_value("");
                        commit(String::new());
                    }
                    _ => {}
                }
            />
        </div>
    }
}
