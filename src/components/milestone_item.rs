use leptos::prelude::*;

use crate::dom;
use crate::item_markup::{self, Article};
use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;

/// One milestone: its list item, with its article as markup (`item_markup`: note year, title, verified date,
/// people, the note's description, any correction, key figures, sources, tags and links to what it builds on and
/// what built on it).
///
/// An item, once rendered, stays: a filter that leaves it out hides it. `shown` and `selected` are its state when
/// it is built; the list keeps them up to date for all its items in one effect each (`MilestoneList`), so a
/// change of view costs no memo or effect per item. The article is static, its searched texts too: the search's
/// hits are marked over them (`browser::mark_search`), not in the DOM. Its copy button and its links to other
/// milestones are served by delegated listeners (`MilestoneList`, `page_events`). Hydrating an item leaves the
/// article's markup alone.
#[component]
pub fn MilestoneItem(
    milestone: &'static Milestone,
    lang: Lang,
    /// Whether it is the selected milestone, when built.
    selected: bool,
    /// Whether the filters show it, when built.
    shown: bool,
) -> impl IntoView {
    let m = milestone;
    let nav = expect_context::<Nav>();
    let number = TIMELINE.era_number(m.era);
    let article = Article {
        lang,
        href: &|id| nav.milestone_href(lang, id),
        copy: !nav.is_static(),
    };
    view! {
        <li
            class=format!("milestone era-accent-{number}")
            class:is-selected=selected
            hidden=!shown
            data-id=m.id
            data-era=m.era
            data-origin=m.origin.id()
            data-tags=m.tags.join(" ")
            data-orgs=m.orgs.join(" ")
            data-years=format!("{} {}", m.year, m.last_year())
            id=dom::milestone(m.id)
            tabindex="-1"
            inner_html=item_markup::article(m, &TIMELINE, &article)
        ></li>
    }
}
