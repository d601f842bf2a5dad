use gloo::timers::callback::Timeout;
use leptos::prelude::*;

use super::app::History;
use crate::i18n;
use crate::model::Lang;

/// Milliseconds of quiet before typing updates the list.
const DEBOUNCE_MS: u32 = 150;

/// The search field. Typing updates the list after a short pause and replaces the current history entry (the
/// first pause of a search adds one); Enter or leaving the field commits; Esc clears.
#[component]
pub fn SearchBox(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] query: Signal<String>,
    on_search: Callback<(String, History)>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let pending = StoredValue::new_local(None::<Timeout>);
    // Whether the current search already has its own history entry.
    let in_session = StoredValue::new(false);
    let send = move |text: String, commit: bool| {
        let history = if in_session.get_value() {
            History::Replace
        } else {
            History::Push
        };
        in_session.set_value(!commit);
        on_search.run((text, history));
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        pending.set_value(Some(Timeout::new(DEBOUNCE_MS, move || send(text, false))));
    };
    let commit = move |text: String| {
        pending.set_value(None);
        send(text, true);
    };
    view! {
        <div class="search-box" role="search">
            <label class="search-box__label" for="search">{move || strings().search_label}</label>
            <input
                id="search"
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
