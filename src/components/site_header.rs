use leptos::prelude::*;

use super::lang_switch::LangSwitch;
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::{format, i18n, url_state};

/// Title, keyboard help, language switch, the note's introduction, what the record covers beyond it and when it
/// was last reviewed.
#[component]
pub fn SiteHeader(
    #[prop(into)] lang: Signal<Lang>,
    on_lang: Callback<Lang>,
    on_help: Callback<()>,
) -> impl IntoView {
    let meta = &TIMELINE.meta;
    let nav = expect_context::<Nav>();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <h1 class="site-header__title">
                    {move || {
                        // The years in brackets stay on one line ("（2010-2025）" never breaks after "2010-").
                        let (words, years) = split_years(meta.title.get(lang.get()));
                        view! { {words}<span class="nowrap">{years}</span> }
                    }}
                </h1>
                <div class="site-header__tools">
                    <button
                        type="button"
                        class="site-header__help"
                        data-testid="help-button"
                        aria-label=move || i18n::strings(lang.get()).help_button
                        title=move || i18n::strings(lang.get()).help_button
                        on:click=move |_| on_help.run(())
                    >
                        "?"
                    </button>
                    <LangSwitch lang=lang on_select=on_lang />
                </div>
            </div>
            <p class="site-header__intro">{move || meta.intro.get(lang.get())}</p>
            <p class="site-header__address print-only">
                {move || i18n::strings(lang.get()).print_address}
                {move || nav.address.get() + &nav.view.with(url_state::to_query)}
            </p>
            <p class="site-header__coverage" data-testid="coverage">
                {move || meta.coverage.get(lang.get())}
                " "
                <span class="site-header__reviewed">
                    {move || i18n::strings(lang.get()).record_reviewed}
                    <time datetime=meta.reviewed.iso()>{move || format::date(lang.get(), meta.reviewed)}</time>
                </span>
            </p>
        </header>
    }
}

/// A title split before its bracketed years: ("Deep Learning ... ", "(2010–2025)").
fn split_years(title: &'static str) -> (&'static str, &'static str) {
    match title.rfind(['(', '（']) {
        Some(at) => title.split_at(at),
        None => (title, ""),
    }
}
