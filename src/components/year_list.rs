//! The year grid's open year (`YearGrid`): its milestones, title and date each, to choose one.

use std::collections::HashSet;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::axis_parts::{handler, roving_tab_stop};
use crate::axis::{self, Layout, YearGroup};
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::{browser, dom, format, i18n};

/// The open year's milestones, title and date each, in date order: one tab stop (the selected one, or the
/// first), Up/Down/Home/End between them, Escape back to the year. Choosing one goes to it.
pub(super) fn year_list(
    lang: Lang,
    groups: StoredValue<Vec<YearGroup>>,
    shown: Signal<HashSet<&'static str>>,
    selected: Signal<Option<&'static str>>,
    open: RwSignal<Option<u16>>,
    year: u16,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let all = TIMELINE.milestones;
    let members: Vec<usize> = groups.with_value(|g| {
        g.iter()
            .find(|y| y.year == year)
            .map(|y| y.members.clone())
            .unwrap_or_default()
    });
    let ids: Vec<&'static str> = members.iter().map(|&i| all[i].id).collect();
    let total = ids.len();
    let heading = {
        let ids = ids.clone();
        move || {
            if total == 0 {
                return year.to_string();
            }
            let count = shown.with(|s| ids.iter().filter(|id| s.contains(*id)).count());
            i18n::year_density(lang, year, count, total)
        }
    };
    let (cursor, stop) = {
        let ids = ids.clone();
        roving_tab_stop(move || {
            let chosen = selected.get();
            (
                chosen,
                chosen.and_then(|id| ids.iter().position(|i| *i == id)),
            )
        })
    };
    let ids = StoredValue::new(ids);
    let items = members
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let m = &all[i];
            let base = format!("axis__item era-accent-{}", TIMELINE.era_number(m.era));
            view! {
                <li>
                    <button
                        type="button"
                        class=Signal::derive(move || {
                            axis::classes(
                                &base,
                                &[
                                    ("is-dimmed", !shown.with(|s| s.contains(m.id))),
                                    ("is-selected", selected.get() == Some(m.id)),
                                ],
                            )
                        })
                        id=dom::axis_item(m.id)
                        data-id=m.id
                        aria-current=Signal::derive(move || (selected.get() == Some(m.id)).to_string())
                        tabindex=Signal::derive(move || axis::tab_index(stop.get() == k))
                        on:click=handler(move |_: MouseEvent| {
                            cursor.set(Some((k, Some(m.id))));
                            nav.jump.run(m.id);
                        })
                        on:keydown=handler(move |ev: KeyboardEvent| {
                            let key = ev.key();
                            if key == "Escape" {
                                ev.prevent_default();
                                browser::focus_element(&dom::axis_year(year));
                                open.set(None);
                            } else if let Some(to) = axis::rove(&key, k, total, Layout::Column) {
                                ev.prevent_default();
                                cursor.set(Some((to, selected.get_untracked())));
                                browser::focus_element(&dom::axis_item(ids.with_value(|ids| ids[to])));
                            }
                        })
                    >
                        <span class="axis__swatch" aria-hidden="true"></span>
                        <span class="axis__item-title">{m.title.get(lang)}</span>
                        <span class="axis__item-date">{format::date(lang, m.date())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let body = if total == 0 {
        view! { <p class="axis__empty">{i18n::strings(lang).axis_year_empty}</p> }.into_any()
    } else {
        view! { <ul class="axis__items">{items}</ul> }.into_any()
    };
    view! {
        <h3 class="axis__list-heading" id=dom::AXIS_YEAR_LIST_HEADING>{Signal::derive(heading)}</h3>
        {body}
    }
}
