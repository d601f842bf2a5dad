use leptos::prelude::*;

use super::lang_switch::LangSwitch;
use crate::model::TIMELINE;
use crate::nav::Nav;
use crate::page::Page;
use crate::{format, i18n, url_state};

/// Title, the keys' help (the static page: the language switch instead), the note's introduction, what the record covers beyond it and when it
/// was last reviewed.
#[component]
pub fn SiteHeader(page: Page, on_help: Callback<()>) -> impl IntoView {
    let lang = page.lang;
    let meta = &TIMELINE.meta;
    let nav = expect_context::<Nav>();
    let (words, years) = split_years(meta.title.get(lang));
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <h1 class="site-header__title">
                    // The years in brackets stay on one line ("（2010-2025）" never breaks after "2010-").
                    {words}
                    <span class="nowrap">{years}</span>
                </h1>
                <div class="site-header__tools">
                    // The keys' help needs the app; the language switch is in the bar (one per screen), and on
                    // the static page, which has no bar, here.
                    {match nav.is_static() {
                        false => view! {
                            <button
                                type="button"
                                class="site-header__help"
                                aria-label=i18n::strings(lang).help_button
                                title=i18n::strings(lang).help_button
                                on:click=move |_| on_help.run(())
                            >
                                "?"
                            </button>
                        }
                            .into_any(),
                        true => view! { <LangSwitch page=page /> }.into_any(),
                    }}
                </div>
            </div>
            <p class="site-header__intro">{meta.intro.get(lang)}</p>
            <p class="site-header__address print-only">
                {i18n::strings(lang).print_address}
                {move || nav.address.get() + &nav.view.with(url_state::to_query)}
            </p>
            <p class="site-header__coverage">
                {meta.coverage.get(lang)}
                " "
                <span class="site-header__reviewed">
                    {i18n::strings(lang).record_reviewed}
                    <time datetime=meta.reviewed.iso()>{format::date(lang, meta.reviewed)}</time>
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
