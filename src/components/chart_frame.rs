use leptos::prelude::*;

use super::data_table::DataTable;
use crate::i18n;
use crate::model::Lang;

/// What every chart has around its drawing: title, caption, a keyboard-reachable box that scrolls sideways on
/// narrow screens, and the data as a table behind a toggle.
#[component]
pub fn ChartFrame(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] caption: Signal<&'static str>,
    #[prop(into)] headers: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<Vec<String>>>,
    testid: &'static str,
    table_testid: &'static str,
    /// The `<svg>` itself.
    svg: AnyView,
) -> impl IntoView {
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption class="chart__title">{title}</figcaption>
            <p class="chart__caption">{caption}</p>
            <div class="chart__scroll" tabindex="0" role="region" aria-label=title>
                {svg}
            </div>
            <DataTable
                summary=Signal::derive(move || i18n::strings(lang.get()).show_table.to_string())
                caption=Signal::derive(move || title.get().to_string())
                headers=headers
                rows=rows
                testid=table_testid
            />
        </figure>
    }
}
