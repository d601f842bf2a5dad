use leptos::prelude::*;

use crate::filter::Filter;
use crate::model::{Lang, Milestone};
use crate::{browser, export, i18n};

/// Downloads of the visible milestones (CSV and JSON), made in the browser from the compiled data, and the
/// citation line.
#[component]
pub fn DataDownload(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] visible: Signal<Vec<&'static Milestone>>,
    #[prop(into)] filter: Signal<Filter>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let citation = move || export::citation(lang.get(), &browser::current_url(), &browser::today());
    let name = move || match filter.get().era {
        Some(era) => format!("ai-timeline-{era}"),
        None => "ai-timeline".to_string(),
    };
    let csv = move |_| {
        let body = visible.with(|v| export::to_csv(v));
        browser::download(&format!("{}.csv", name()), "text/csv;charset=utf-8", &body);
    };
    let json = move |_| {
        let body = visible.with(|v| export::to_json(v, &citation(), &browser::current_query()));
        browser::download(&format!("{}.json", name()), "application/json", &body);
    };
    view! {
        <div class="data-download">
            <button type="button" class="data-download__button" data-testid="download-csv" on:click=csv>
                {move || strings().download_csv}
            </button>
            <button type="button" class="data-download__button" data-testid="download-json" on:click=json>
                {move || strings().download_json}
            </button>
        </div>
    }
}
