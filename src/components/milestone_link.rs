use leptos::prelude::*;

use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;

/// A link to another milestone: a real `href` (`?m=<id>`, so it can be opened in a new tab or copied; on the
/// static page an anchor in the page, `Nav::milestone_href`). It holds
/// no listener and no effect: the page's one delegated listener (`page_events::listen`) turns a plain click into
/// a jump and points the `href` at the current view with this milestone selected before it is followed.
#[component]
pub fn MilestoneLink(id: &'static str, lang: Lang) -> impl IntoView {
    let target = TIMELINE.milestone(id);
    let title = target.map_or(id, |m| m.title.get(lang));
    let year = target.map(|m| m.years()).unwrap_or_default();
    let href = expect_context::<Nav>().milestone_href(lang, id);
    view! {
        <a class="milestone-link" href=href data-target=id>
            {title}
            <span class="milestone-link__year">{year}</span>
        </a>
    }
}
