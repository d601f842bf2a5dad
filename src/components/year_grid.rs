use std::collections::HashSet;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::axis_parts::{era_tab_stop, handler, roving_tab_stop};
use super::year_list::year_list;
use crate::axis::{self, Layout, YearGroup};
use crate::model::{Lang, TIMELINE};
use crate::{browser, dom, i18n};

/// Years per row of the grid (the stylesheet lays out as many; Up/Down move by a row).
const COLUMNS: usize = 8;

/// The time axis on phones, where a mark per milestone would be too small to read or touch: the eras as buttons
/// (choose one to filter, again to let go), then a grid of years, each with its count and a dot per milestone in
/// its era's colour (dimmed where the filters hide it). A year opens its list, title and date per milestone;
/// choosing one goes to it. The eras, the years and the list are one tab stop each (arrow keys move inside;
/// Escape closes the list).
#[component]
pub fn YearGrid(
    lang: Lang,
    /// Ids of the milestones the filters show.
    #[prop(into)]
    shown: Signal<HashSet<&'static str>>,
    #[prop(into)] selected_era: Signal<Option<&'static str>>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
    /// Too many milestones for a dot each: the years show how many the filters show instead.
    dense: bool,
    /// Whether the dots render (not in the first view: see `TimeAxis`'s `marks`).
    #[prop(into)]
    dots: Signal<bool>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let (first, last) = TIMELINE.years();
    let groups = StoredValue::new(axis::year_groups(
        &axis::dates(TIMELINE.milestones),
        TIMELINE.eras,
        first,
        last,
    ));
    let open = RwSignal::new(None::<u16>);

    view! {
        <div class="axis__grid">
            <div class="axis__eras" role="toolbar" aria-label=strings.axis_eras_label>
                {era_buttons(lang, selected_era, on_era)}
            </div>
            <div class="axis__years" role="group" aria-label=strings.axis_years_label>
                {year_buttons(lang, groups, shown, selected, open, dense, dots)}
            </div>
            <div
                class="axis__list"
                id=dom::AXIS_YEAR_LIST
                role="group"
                aria-labelledby=dom::AXIS_YEAR_LIST_HEADING
                hidden=move || open.get().is_none()
            >
                {move || open.get().map(|year| year_list(lang, groups, shown, selected, open, year))}
            </div>
        </div>
    }
}

/// The eras as buttons, one tab stop (the pressed one, or the first), Left/Right/Home/End between them.
fn era_buttons(
    lang: Lang,
    selected_era: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
) -> impl IntoView {
    let count = TIMELINE.eras.len();
    let (cursor, stop) = era_tab_stop(selected_era);
    TIMELINE
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let pressed = move || selected_era.get() == Some(era.id);
            view! {
                <button
                    type="button"
                    class=format!("axis__era era-accent-{}", i + 1)
                    id=dom::axis_era(era.id)
                    data-era=era.id
                    aria-pressed=Signal::derive(move || pressed().to_string())
                    tabindex=Signal::derive(move || axis::tab_index(stop.get() == i))
                    on:click=handler(move |_: MouseEvent| {
                        let next = if selected_era.get_untracked() == Some(era.id) { None } else { Some(era.id) };
                        cursor.set(Some((i, next)));
                        on_era.run(next);
                    })
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        if let Some(to) = axis::rove(&ev.key(), i, count, Layout::Row) {
                            ev.prevent_default();
                            cursor.set(Some((to, selected_era.get_untracked())));
                            browser::focus_element(&dom::axis_era(TIMELINE.eras[to].id));
                        }
                    })
                >
                    <span class="axis__swatch" aria-hidden="true"></span>
                    {era.period.get(lang)}
                </button>
            }
        })
        .collect_view()
}

/// The years, one tab stop (the open year, else the first), arrow keys across
/// and down the grid, Home/End. Each opens (or closes) its list.
fn year_buttons(
    lang: Lang,
    groups: StoredValue<Vec<YearGroup>>,
    shown: Signal<HashSet<&'static str>>,
    selected: Signal<Option<&'static str>>,
    open: RwSignal<Option<u16>>,
    dense: bool,
    show_dots: Signal<bool>,
) -> impl IntoView {
    let all = TIMELINE.milestones;
    let count = groups.with_value(Vec::len);
    let (cursor, stop) = roving_tab_stop(move || {
        let chosen = open.get();
        let at =
            chosen.and_then(|year| groups.with_value(|g| g.iter().position(|y| y.year == year)));
        (chosen, at)
    });
    let year_of = move |j: usize| groups.with_value(|g| g[j].year);
    (0..count)
        .map(|j| {
            let (year, era, members) =
                groups.with_value(|g| (g[j].year, g[j].era, g[j].members.clone()));
            let total = members.len();
            let ids: Vec<&'static str> = members.iter().map(|&i| all[i].id).collect();
            let shown_count = {
                let ids = ids.clone();
                move || shown.with(|s| ids.iter().filter(|id| s.contains(*id)).count())
            };
            let label = {
                let shown_count = shown_count.clone();
                move || i18n::year_density(lang, year, shown_count(), total)
            };
            let figure = {
                let shown_count = shown_count.clone();
                move || {
                    if dense {
                        shown_count().to_string()
                    } else {
                        total.to_string()
                    }
                }
            };
            let dots = move || {
                (!dense && show_dots.get()).then(|| {
                members
                    .iter()
                    .map(|&i| {
                        let m = &all[i];
                        let base = format!("axis__dot era-accent-{}", TIMELINE.era_number(m.era));
                        view! {
                            <span class=Signal::derive(move || {
                                axis::classes(
                                    &base,
                                    &[
                                        ("is-dimmed", !shown.with(|s| s.contains(m.id))),
                                        ("is-selected", selected.get() == Some(m.id)),
                                    ],
                                )
                            })></span>
                        }
                    })
                    .collect_view()
                })
            };
            // The button is read as "2012: 2 of 3 milestones shown"; it shows the year, the count and the dots.
            let is_open = move || open.get() == Some(year);
            let base = format!("axis__cell era-accent-{era}");
            view! {
                <button
                    type="button"
                    class=Signal::derive(move || axis::classes(&base, &[("is-open", is_open())]))
                    id=dom::axis_year(year)
                    data-year=year
                    aria-expanded=Signal::derive(move || is_open().to_string())
                    aria-controls=dom::AXIS_YEAR_LIST
                    tabindex=Signal::derive(move || axis::tab_index(stop.get() == j))
                    on:click=handler(move |_: MouseEvent| {
                        let next = if open.get_untracked() == Some(year) { None } else { Some(year) };
                        cursor.set(Some((j, next)));
                        open.set(next);
                    })
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        if let Some(to) = axis::rove(&ev.key(), j, count, Layout::Grid(COLUMNS)) {
                            ev.prevent_default();
                            cursor.set(Some((to, open.get_untracked())));
                            browser::focus_element(&dom::axis_year(year_of(to)));
                        }
                    })
                >
                    <span class="axis__cell-year" aria-hidden="true">{year}</span>
                    <span class="axis__cell-count" aria-hidden="true">{Signal::derive(figure)}</span>
                    <span class="visually-hidden">{Signal::derive(label)}</span>
                    <span class="axis__dots" aria-hidden="true">{dots}</span>
                </button>
            }
        })
        .collect_view()
}
