use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// The list of keyboard shortcuts, opened with `?` (or the header's button), closed with Esc or its button.
#[component]
pub fn KeyboardHelp(
    lang: Lang,
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <Show when=move || open.get()>
            <div class="keyboard-help" on:click=move |_| on_close.run(())>
                <div
                    class="keyboard-help__dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="keyboard-help-title"
                    on:click=|ev| ev.stop_propagation()
                >
                    <h2 id="keyboard-help-title">{strings.keys_title}</h2>
                    <dl class="keyboard-help__list">
                        {move || {
                            strings
                                .keys
                                .iter()
                                .map(|(key, what)| view! {
                                    <div class="keyboard-help__row">
                                        <dt><kbd>{*key}</kbd></dt>
                                        <dd>{*what}</dd>
                                    </div>
                                })
                                .collect_view()
                        }}
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
                </div>
            </div>
        </Show>
    }
}
