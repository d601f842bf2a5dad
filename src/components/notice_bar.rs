use leptos::prelude::*;

use super::close_button::CloseButton;
use crate::i18n;
use crate::model::Lang;
use crate::url_state::Notice;

/// Says what in the URL could not be used; the page below works as if it were absent.
#[component]
pub fn NoticeBar(
    lang: Lang,
    #[prop(into)] notices: Signal<Vec<Notice>>,
    on_dismiss: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="notice-bar" role="status">
            <Show when=move || notices.with(|n| !n.is_empty())>
                <div class="notice-bar__box">
                    <ul class="notice-bar__list">
                        {move || {
                            notices
                                .get()
                                .iter()
                                .map(|n| view! { <li>{i18n::notice(lang, n)}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <CloseButton lang=lang label=|s| s.dismiss class="notice-bar__dismiss" on_close=on_dismiss />
                </div>
            </Show>
        </div>
    }
}
