use leptos::prelude::*;

use crate::chart::Table;

/// A chart's text alternative: a table behind a "show as a table" toggle.
#[component]
pub fn DataTable(
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] table: Signal<Table>,
) -> impl IntoView {
    view! {
        <details class="data-table">
            <summary>{summary}</summary>
            <table>
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            {move || {
                                table
                                    .with(|t| t.headers.clone())
                                    .into_iter()
                                    .map(|h| view! { <th scope="col">{h}</th> })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            table
                                .with(|t| t.rows.clone())
                                .into_iter()
                                .map(|row| {
                                    let mut cells = row.into_iter();
                                    let first = cells.next().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{first}</th>
                                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
            </table>
        </details>
    }
}
