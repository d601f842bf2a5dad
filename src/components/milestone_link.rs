use leptos::prelude::*;

use crate::model::{Lang, TIMELINE};
use crate::url_state;

/// A link to another milestone: a real `href` (`?m=<id>`, so it can be opened in a new tab or copied). It holds
/// no listener and no effect: the page's one delegated listener (`page_events::listen`) turns a plain click into
/// a jump and points the `href` at the current view with this milestone selected before it is followed.
#[component]
pub fn MilestoneLink(id: &'static str, lang: Lang) -> impl IntoView {
    let target = TIMELINE.milestone(id);
    let title = target.map_or(id, |m| m.title.get(lang));
    let year = target.map(|m| m.years()).unwrap_or_default();
    view! {
        <a class="milestone-link" href=url_state::milestone_link(lang, id) data-target=id>
            {title}
            <span class="milestone-link__year">{year}</span>
        </a>
    }
}
