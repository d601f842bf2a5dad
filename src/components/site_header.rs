use leptos::prelude::*;

use super::lang_switch::LangSwitch;
use crate::model::{Lang, TIMELINE};

/// Title, language switch and the note's introduction.
#[component]
pub fn SiteHeader(#[prop(into)] lang: Signal<Lang>, on_lang: Callback<Lang>) -> impl IntoView {
    let meta = &TIMELINE.meta;
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <h1 class="site-header__title">{move || meta.title.get(lang.get())}</h1>
                <LangSwitch lang=lang on_select=on_lang />
            </div>
            <p class="site-header__intro">{move || meta.intro.get(lang.get())}</p>
        </header>
    }
}
