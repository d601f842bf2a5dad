use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// A small "×" button that closes or dismisses what it sits in, named in the reader's language.
#[component]
pub fn CloseButton(
    lang: Lang,
    /// The accessible name: the language's string for what the button does.
    label: fn(&'static i18n::Strings) -> &'static str,
    class: &'static str,
    on_close: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-label=label(i18n::strings(lang))
            on:click=move |_| on_close.run(())
        >
            "×"
        </button>
    }
}
