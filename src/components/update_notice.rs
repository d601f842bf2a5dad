use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// "A new version is available: Reload", once a new deployment is ready (see `crate::offline`). A polite live
/// region, so the offer is announced without taking focus.
#[component]
pub fn UpdateNotice(lang: Lang, #[prop(into)] ready: Signal<bool>) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <div class="update-notice__box">
                    <p class="update-notice__text">{strings.update_ready}</p>
                    <button
                        type="button"
                        class="update-notice__reload button"
                        on:click=|_| crate::offline::reload_to_new()
                    >
                        {strings.update_reload}
                    </button>
                </div>
            </Show>
        </div>
    }
}
