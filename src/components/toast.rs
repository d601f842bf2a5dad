use leptos::prelude::*;

use crate::nav::ToastMessage;
use crate::i18n;
use crate::model::Lang;

/// A polite live region for confirmations ("Link copied"); where the clipboard is unavailable it holds the link
/// in a field, selected, to copy by hand.
#[component]
pub fn Toast(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] message: Signal<Option<ToastMessage>>,
    on_close: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="toast" role="status" aria-live="polite" data-testid="toast">
            {move || {
                message
                    .get()
                    .map(|m| {
                        let field = m.fallback_link.map(|link| {
                            view! {
                                <input
                                    class="toast__field"
                                    type="text"
                                    readonly=true
                                    data-testid="copy-fallback"
                                    value=link
                                    on:focus=move |ev| {
                                        event_target::<web_sys::HtmlInputElement>(&ev).select();
                                    }
                                />
                            }
                        });
                        view! {
                            <div class="toast__box">
                                <p>{m.text}</p>
                                {field}
                                <button
                                    type="button"
                                    class="toast__close"
                                    aria-label=move || i18n::strings(lang.get()).close
                                    on:click=move |_| on_close.run(())
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
