use leptos::prelude::*;

use super::chart_points::{Chart, ChartDrawing, Points};
use super::data_table::DataTable;
use crate::chart::Table;
use crate::dom;
use crate::i18n;
use crate::model::Lang;

/// What every chart has around its drawing: title, caption, the drawing (`children`; a container for the
/// widths it is laid out at), and the data as a table behind a toggle.
#[component]
pub fn ChartFrame(
    lang: Lang,
    chart: Chart,
    table: Table,
    points: Points,
    children: Children,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <figure class=format!("chart chart--{}", chart.key())>
            <figcaption class="chart__title" id=dom::chart_title(chart.key())>
                {chart.title(strings)}
            </figcaption>
            <p class="chart__caption section-hint">{chart.caption(strings)}</p>
            <ChartDrawing points=points>{children()}</ChartDrawing>
            <DataTable
                summary=strings.show_table
                caption=chart.title(strings)
                table=table
            />
        </figure>
    }
}
