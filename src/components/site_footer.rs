use leptos::prelude::*;

use crate::i18n;
use crate::model::Lang;

/// Where the content comes from.
#[component]
pub fn SiteFooter(lang: Lang) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <footer class="site-footer">
            <p>{strings.footer_source}" "{strings.footer_translation}</p>
        </footer>
    }
}
