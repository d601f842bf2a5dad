use leptos::prelude::*;

use crate::search::{segments, Query};

/// Text with the parts matching the search wrapped in `<mark>`. A plain function rather than a component: it is
/// rendered inside a caller's closure that re-runs when the search changes.
pub fn highlighted(text: &str, query: &Query) -> impl IntoView {
    segments(text, query)
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
}
