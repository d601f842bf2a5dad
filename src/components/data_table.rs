use leptos::prelude::*;

use crate::chart::Table;

/// A chart's text alternative: a table behind a "show as a table" toggle. Static markup (`Table::markup`,
/// inserted whole: the table does not change once rendered).
#[component]
pub fn DataTable(summary: &'static str, caption: &'static str, table: Table) -> impl IntoView {
    view! {
        <details class="data-table">
            <summary>{summary}</summary>
            <table inner_html=table.markup(caption)></table>
        </details>
    }
}
