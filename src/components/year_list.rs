//! The year grid's open year (`YearGrid`): its milestones, title and date each, to choose one.

use std::collections::HashSet;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::axis_parts::{handler, roving_tab_stop};
use crate::axis::{self, Layout, YearGroup};
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::{browser, dom, format, i18n};

/// What the year grid's years and the open year's list share.
#[derive(Clone, Copy)]
pub(super) struct Years {
    pub lang: Lang,
    /// The years, each with its era and milestones (indices into `TIMELINE.milestones`).
    pub groups: StoredValue<Vec<YearGroup>>,
    /// Ids of the milestones the filters show.
    pub shown: Signal<HashSet<&'static str>>,
    pub selected: Signal<Option<&'static str>>,
    /// The open year.
    pub open: RwSignal<Option<u16>>,
}

impl Years {
    /// The classes of a milestone's dot or entry: `base`, dimmed where the filters hide it, selected.
    pub fn mark_class(&self, base: &str, id: &str) -> String {
        axis::classes(
            base,
            &[
                ("is-dimmed", !self.shown.with(|s| s.contains(id))),
                ("is-selected", self.selected.get() == Some(id)),
            ],
        )
    }

    /// How many of `ids` the filters show.
    pub fn shown_of(&self, ids: &[&'static str]) -> usize {
        self.shown
            .with(|s| ids.iter().filter(|id| s.contains(*id)).count())
    }
}

/// The open year's milestones, title and date each, in date order: one tab stop (the selected one, or the
/// first), Up/Down/Home/End between them, Escape back to the year. Choosing one goes to it.
pub(super) fn year_list(years: Years, year: u16) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let all = TIMELINE.milestones;
    let members: Vec<usize> = years.groups.with_value(|g| {
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
            i18n::year_density(years.lang, year, years.shown_of(&ids), total)
        }
    };
    let (cursor, stop) = {
        let ids = ids.clone();
        roving_tab_stop(move || {
            let chosen = years.selected.get();
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
                        class=Signal::derive(move || years.mark_class(&base, m.id))
                        id=dom::axis_item(m.id)
                        data-id=m.id
                        aria-current=Signal::derive(move || (years.selected.get() == Some(m.id)).to_string())
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
                                years.open.set(None);
                            } else if let Some(to) = axis::rove(&key, k, total, Layout::Column) {
                                ev.prevent_default();
                                cursor.set(Some((to, years.selected.get_untracked())));
                                browser::focus_element(&dom::axis_item(ids.with_value(|ids| ids[to])));
                            }
                        })
                    >
                        <span class="axis__swatch" aria-hidden="true"></span>
                        <span class="axis__item-title">{m.title.get(years.lang)}</span>
                        <span class="axis__item-date">{format::date(years.lang, m.date())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let body = if total == 0 {
        view! { <p class="axis__empty">{i18n::strings(years.lang).axis_year_empty}</p> }.into_any()
    } else {
        view! { <ul class="axis__items">{items}</ul> }.into_any()
    };
    view! {
        <h3 class="axis__list-heading" id=dom::AXIS_YEAR_LIST_HEADING>{Signal::derive(heading)}</h3>
        {body}
    }
}
