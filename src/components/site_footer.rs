use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// Where the content comes from.
#[component]
pub fn SiteFooter(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    view! {
        <footer class="site-footer">
            <p>{move || strings().footer_source}" "{move || strings().footer_translation}</p>
        </footer>
    }
}
