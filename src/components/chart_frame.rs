use leptos::prelude::*;

use super::data_table::DataTable;
use crate::i18n;
use crate::model::Lang;

/// What every chart has around its drawing: title, caption, the `<svg>` (labelled by the title), a
/// keyboard-reachable box that scrolls sideways on narrow screens, and the data as a table behind a toggle.
#[component]
pub fn ChartFrame(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] caption: Signal<&'static str>,
    #[prop(into)] headers: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<Vec<String>>>,
    testid: &'static str,
    table_testid: &'static str,
    /// The SVG's `viewBox`.
    view_box: String,
    /// What is drawn inside the `<svg>`.
    drawing: AnyView,
) -> impl IntoView {
    let title_id = format!("{testid}-svg-title");
    let labelled_by = title_id.clone();
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption class="chart__title">{title}</figcaption>
            <p class="chart__caption section-hint">{caption}</p>
            <div class="chart__scroll svg-scroll" tabindex="0" role="region" aria-label=title>
                <svg class="chart__svg svg-figure" viewBox=view_box role="img" aria-labelledby=labelled_by>
                    <title id=title_id>{title}</title>
                    {drawing}
                </svg>
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
