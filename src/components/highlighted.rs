use std::borrow::Cow;

use leptos::prelude::*;

use crate::search::{segments, Query};

/// Text with the parts matching the search wrapped in `<mark>`: the one reactive piece of a searched field.
/// `marks` is the search while it marks something in the field's milestone (else `None`), so a change of search
/// re-renders the marked fields of the items it concerns and nothing around them.
pub fn highlighted(text: Cow<'static, str>, marks: Memo<Option<Query>>) -> impl IntoView {
    move || {
        let none = Query::default();
        marks.with(|query| {
            segments(&text, query.as_ref().unwrap_or(&none))
                .into_iter()
                .map(|(piece, hit)| {
                    let piece = piece.to_string();
                    match hit {
                        true => view! { <mark class="search-hit">{piece}</mark> }.into_any(),
                        false => piece.into_any(),
                    }
                })
                .collect::<Vec<_>>()
        })
    }
}
