use leptos::prelude::*;

use crate::search::{segments, Query};

/// Text with the parts matching the search wrapped in `<mark>`.
#[component]
pub fn Highlighted(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] query: Signal<Query>,
) -> impl IntoView {
    move || {
        let text = text.get();
        query.with(|q| {
            segments(&text, q)
                .into_iter()
                .map(|(piece, hit)| {
                    let piece = piece.to_string();
                    if hit {
                        view! { <mark class="search-hit">{piece}</mark> }.into_any()
                    } else {
                        piece.into_any()
                    }
                })
                .collect_view()
        })
    }
}
