use gloo::timers::callback::Timeout;
use leptos::prelude::*;

use crate::model::Lang;
use crate::{dom, i18n};

/// Milliseconds of quiet before typing updates the list.
const DEBOUNCE_MS: u32 = 150;

/// The search field. Typing updates the list after a short pause (`on_type`), but never in the middle of an
/// input method's composition (Zhuyin, Pinyin, ...): the syllable being composed is not searched, only what
/// `compositionend` commits. Enter finishes the search and moves to the first result (`on_submit`); leaving the
/// field finishes it (`on_search`); Esc clears it (`on_clear`). How history records each is the state machine's
/// business.
#[component]
pub fn SearchBox(
    lang: Lang,
    #[prop(into)] query: Signal<String>,
    on_type: Callback<String>,
    on_search: Callback<String>,
    on_submit: Callback<String>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let pending = StoredValue::new_local(None::<Timeout>);
    let composing = StoredValue::new(false);
    let schedule = move |text: String| {
        pending.set_value(Some(Timeout::new(DEBOUNCE_MS, move || on_type.run(text))));
    };
    let on_input = move |ev: leptos::ev::Event| {
        if !composing.get_value() {
            schedule(event_target_value(&ev));
        }
    };
    let finish = move |text: String, callback: Callback<String>| {
        pending.set_value(None);
        callback.run(text);
    };
    view! {
        <div class="search-box" role="search">
            <label class="search-box__label visually-hidden" for=dom::SEARCH>{strings.search_label}</label>
            <input
                id=dom::SEARCH
                class="search-box__input"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=strings.search_placeholder
                prop:value=move || query.get()
                on:compositionstart=move |_| {
                    composing.set_value(true);
                    pending.set_value(None);
                }
                on:compositionend=move |ev| {
                    composing.set_value(false);
                    schedule(event_target_value(&ev));
                }
                // The search index is built when the reader comes to the search, before the first keystroke.
                on:focus=|_| crate::search::warm(&crate::model::TIMELINE)
                on:input=on_input
                on:change=move |ev| {
                    if !composing.get_value() {
                        finish(event_target_value(&ev), on_search)
                    }
                }
                on:keydown=move |ev| {
                    // Enter or Esc that confirm or cancel a composition belong to the input method.
                    if ev.is_composing() || composing.get_value() {
                        return;
                    }
                    match ev.key().as_str() {
                        "Enter" => {
                            ev.prevent_default();
                            finish(event_target_value(&ev), on_submit);
                        }
                        "Escape" => {
                            ev.prevent_default();
                            if !event_target_value(&ev).is_empty() {
                                event_target::<web_sys::HtmlInputElement>(&ev).set_value("");
                                pending.set_value(None);
                                on_clear.run(());
                            }
                            // Out of the box, so the shortcuts (j, k, ?) work at once; the reader's place stays.
                            crate::browser::focus_quietly(crate::dom::LIST);
                        }
                        _ => {}
                    }
                }
            />
        </div>
    }
}
