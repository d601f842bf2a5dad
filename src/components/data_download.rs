use leptos::prelude::*;

use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::view::View;
use crate::{browser, export, i18n, url_state};

/// Downloads of the shown milestones (CSV and JSON; each button says how many rows it holds), of all of them
/// when filters are set, and the citation line (title, review date, address of this exact view, date). Files
/// are named after the view they hold.
#[component]
pub fn DataDownload(
    lang: Lang,
    #[prop(into)] visible: Signal<Vec<&'static Milestone>>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let nav = expect_context::<Nav>();
    let cite = move |view: &View| {
        let address = nav.address.get() + &url_state::to_query(view);
        export::citation(&TIMELINE, view.lang, &address, &nav.today.get())
    };
    let citation = move || nav.view.with(cite);
    let total = TIMELINE.milestones.len();
    let shown = move || visible.with(Vec::len);
    // Everything: the view without its filters (same language).
    let everything = move || View::new(nav.view.with_untracked(|v| v.lang));
    let save = move |view: View, list: Vec<&'static Milestone>, json: bool| {
        let stem = export::file_stem(&view);
        let cited = cite(&view);
        if json {
            let query = url_state::to_query(&view);
            let body = export::to_json(&TIMELINE, &list, &cited, &query);
            browser::download(&format!("{stem}.json"), "application/json", &body);
        } else {
            let body = export::to_csv(&TIMELINE, &list, &cited);
            browser::download(&format!("{stem}.csv"), "text/csv;charset=utf-8", &body);
        }
    };
    let shown_file =
        move |json: bool| save(nav.view.get_untracked(), visible.get_untracked(), json);
    let all_file = move |json: bool| save(everything(), TIMELINE.milestones.iter().collect(), json);
    view! {
        <div class="data-download">
            <span class="data-download__label">{strings.download_shown}</span>
            <button type="button" class="data-download__button data-download__button--csv button" on:click=move |_| shown_file(false)>
                {move || i18n::download_label("CSV", shown())}
            </button>
            <button type="button" class="data-download__button data-download__button--json button" on:click=move |_| shown_file(true)>
                {move || i18n::download_label("JSON", shown())}
            </button>
            <Show when=move || shown() < total>
                <span class="data-download__label">{strings.download_all}</span>
                <button type="button" class="data-download__button data-download__button--all-csv button" on:click=move |_| all_file(false)>
                    {i18n::download_label("CSV", total)}
                </button>
                <button type="button" class="data-download__button data-download__button--all-json button" on:click=move |_| all_file(true)>
                    {i18n::download_label("JSON", total)}
                </button>
            </Show>
        </div>
        <p class="data-download__cite">
            <span class="milestone__label">{strings.cite_as}</span>
            " "
            {citation}
        </p>
        <div class="data-download__cite-actions">
            <button
                type="button"
                class="data-download__copy-cite button"
                on:click=move |_| nav.copy.run((nav.view.with_untracked(cite), |s| s.citation_copied))
            >
                {strings.copy_citation}
            </button>
            <button
                type="button"
                class="data-download__copy-bibtex button"
                on:click=move |_| {
                    let entry = nav.view.with_untracked(|view| {
                        let address = nav.address.get_untracked() + &url_state::to_query(view);
                        export::bibtex(&TIMELINE, view.lang, &address, &nav.today.get_untracked())
                    });
                    nav.copy.run((entry, |s| s.bibtex_copied));
                }
            >
                {strings.copy_bibtex}
            </button>
        </div>
    }
}
