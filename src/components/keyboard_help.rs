use leptos::prelude::*;

use crate::model::Lang;
use crate::{browser, i18n};

/// The list of keyboard shortcuts, opened with `?` (or the header's button), closed with Esc, `?`, its button or
/// a click outside it.
#[component]
pub fn KeyboardHelp(
    lang: Lang,
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <Show when=move || open.get()>
            {move || {
                // A modal <dialog>: it takes focus, the page behind is inert while it is open, and focus goes
                // back where it was when it closes (Esc, its button, a click outside, or `?` again).
                let dialog = NodeRef::<leptos::html::Dialog>::new();
                // (Cleanups run before the owner's values are disposed: `opened` is still there.)
                let opened = StoredValue::new_local(None);
                dialog.on_load(move |d| {
                    let previous = browser::show_modal(&d);
                    opened.set_value(Some((d, previous)));
                });
                on_cleanup(move || {
                    if let Some((d, previous)) = opened.try_update_value(Option::take).flatten() {
                        browser::close_modal(&d, previous);
                    }
                });
                view! {
                    <dialog
                        node_ref=dialog
                        class="keyboard-help__dialog"
                        aria-labelledby="keyboard-help-title"
                        on:cancel=move |ev: web_sys::Event| {
                            ev.prevent_default();
                            on_close.run(());
                        }
                        on:click=move |ev| {
                            // The backdrop is the dialog itself: a click there (not on its content) closes it.
                            if browser::is_target_itself(&ev) {
                                on_close.run(());
                            }
                        }
                    >
                        <h2 id="keyboard-help-title">{strings.keys_title}</h2>
                        <dl class="keyboard-help__list">
                            {strings
                                .keys
                                .iter()
                                .map(|(key, what)| view! {
                                    <div class="keyboard-help__row">
                                        <dt><kbd>{*key}</kbd></dt>
                                        <dd>{*what}</dd>
                                    </div>
                                })
                                .collect_view()}
                        </dl>
                        <h3 class="keyboard-help__subtitle">{strings.touch_title}</h3>
                        <ul class="keyboard-help__tips">
                            {strings.touch_tips.iter().map(|tip| view! { <li>{*tip}</li> }).collect_view()}
                        </ul>
                        <button
                            type="button"
                            class="keyboard-help__close button button--sunken"
                            autofocus=true
                            on:click=move |_| on_close.run(())
                        >
                            {strings.close}
                        </button>
                    </dialog>
                }
            }}
        </Show>
    }
}
