use leptos::prelude::*;

use crate::filter::Filter;
use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::{browser, export, i18n, url_state};

/// Downloads of the visible milestones (CSV and JSON), made in the browser from the compiled data, and the
/// citation line (title, address of this exact view, date).
#[component]
pub fn DataDownload(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] visible: Signal<Vec<&'static Milestone>>,
    #[prop(into)] filter: Signal<Filter>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let nav = expect_context::<Nav>();
    let citation = move || {
        let address = browser::page_address() + &url_state::to_query(&nav.view.get());
        export::citation(&TIMELINE, lang.get(), &address, &browser::today())
    };
    let name = move || match filter.get().era {
        Some(era) => format!("ai-timeline-{era}"),
        None => "ai-timeline".to_string(),
    };
    let csv = move |_| {
        let body = visible.with(|v| export::to_csv(&TIMELINE, v));
        browser::download(&format!("{}.csv", name()), "text/csv;charset=utf-8", &body);
    };
    let json = move |_| {
        let query = url_state::to_query(&nav.view.get_untracked());
        let body = visible.with(|v| export::to_json(&TIMELINE, v, &citation(), &query));
        browser::download(&format!("{}.json", name()), "application/json", &body);
    };
    view! {
        <div class="data-download">
            <button type="button" class="data-download__button button" data-testid="download-csv" on:click=csv>
                {move || strings().download_csv}
            </button>
            <button type="button" class="data-download__button button" data-testid="download-json" on:click=json>
                {move || strings().download_json}
            </button>
        </div>
        <p class="data-download__cite" data-testid="citation">
            <span class="milestone__label">{move || strings().cite_as}</span>
            " "
            {citation}
        </p>
    }
}
