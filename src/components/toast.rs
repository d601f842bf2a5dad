use leptos::prelude::*;

use super::close_button::CloseButton;
use crate::model::Lang;
use crate::nav::ToastMessage;
use crate::{dom, i18n};

/// A polite live region for confirmations ("Link copied") and for filters a link cleared (with a button that
/// restores them); where the clipboard is unavailable it holds the link in a field, focused and selected, to copy by
/// hand. In the embed view (`embedded`) it shows just below the control last used (`browser::remember_places`):
/// the frame is as tall as its content, so the bottom of the frame can be far out of the reader's sight.
#[component]
pub fn Toast(
    lang: Lang,
    embedded: bool,
    #[prop(into)] message: Signal<Option<ToastMessage>>,
    on_close: Callback<()>,
    on_restore: Callback<()>,
) -> impl IntoView {
    view! {
        <div
            class=dom::TOAST_CLASS
            class:toast--embedded=embedded
            role="status"
            aria-live="polite"
        >
            {move || {
                message
                    .get()
                    .map(|m| {
                        let field = m.fallback_link.map(|link| {
                            // Focused and selected as it appears, so the link is ready to copy by hand.
                            let input = NodeRef::<leptos::html::Input>::new();
                            input.on_load(|field| {
                                let _ = field.focus();
                                field.select();
                            });
                            view! {
                                <input
                                    node_ref=input
                                    class="toast__field"
                                    type="text"
                                    aria-labelledby="toast-text"
                                    readonly=true
                                    value=link
                                    on:focus=move |ev| {
                                        event_target::<web_sys::HtmlInputElement>(&ev).select();
                                    }
                                />
                            }
                        });
                        let restore = m.restore.then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="toast__restore button"
                                    on:click=move |_| on_restore.run(())
                                >
                                    {i18n::strings(lang).restore_filters}
                                </button>
                            }
                        });
                        view! {
                            <div class="toast__box">
                                <p id="toast-text">{m.text}</p>
                                {field}
                                {restore}
                                <CloseButton lang=lang label=|s| s.close class="toast__close" on_close=on_close />
                            </div>
                        }
                    })
            }}
        </div>
    }
}
