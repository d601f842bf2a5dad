use leptos::prelude::*;

use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::url_state;

/// A link to another milestone: a real `href` (`?m=<id>`, so it can be opened in a new tab or copied), and on
/// a plain click a jump that scrolls to and highlights it.
#[component]
pub fn MilestoneLink(id: &'static str, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let target = TIMELINE.milestone(id);
    let href = move || nav.view.with(|view| url_state::link_in_view(view, id));
    let title = move || target.map_or(id, |m| m.title.get(lang.get()));
    let year = target.map(|m| m.years()).unwrap_or_default();
    view! {
        <a
            class="milestone-link"
            href=href
            data-target=id
            on:click=move |ev| {
                if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0) {
                    ev.prevent_default();
                    nav.jump.run(id);
                }
            }
        >
            {title}
            <span class="milestone-link__year">{year}</span>
        </a>
    }
}
