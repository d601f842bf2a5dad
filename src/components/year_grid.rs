use std::collections::HashSet;

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

use super::axis_parts::{handler, roving_tab_stop, EraStops};
use super::year_list::{year_list, Years};
use crate::axis::{self, Layout};
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
    let years = Years {
        lang,
        groups,
        shown,
        selected,
        open,
    };

    view! {
        <div class="axis__grid">
            <div class="axis__eras" role="toolbar" aria-label=strings.axis_eras_label>
                {era_buttons(lang, selected_era, on_era)}
            </div>
            <div class="axis__years" role="group" aria-label=strings.axis_years_label>
                {year_buttons(years, dense, dots)}
            </div>
            <div
                class="axis__list"
                id=dom::AXIS_YEAR_LIST
                role="group"
                aria-labelledby=dom::AXIS_YEAR_LIST_HEADING
                hidden=move || open.get().is_none()
            >
                {move || open.get().map(|year| year_list(years, year))}
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
    let eras = EraStops::new(selected_era, on_era);
    eras.each()
        .map(|(i, era)| {
            view! {
                <button
                    type="button"
                    class=format!("axis__era era-accent-{}", i + 1)
                    id=dom::axis_era(era.id)
                    data-era=era.id
                    aria-pressed=Signal::derive(move || eras.pressed(i).to_string())
                    tabindex=Signal::derive(move || eras.tab_index(i))
                    on:click=handler(move |_: MouseEvent| eras.choose(i))
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        if let Some(to) = eras.rove(&ev, i) {
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
fn year_buttons(years: Years, dense: bool, show_dots: Signal<bool>) -> impl IntoView {
    let all = TIMELINE.milestones;
    let count = years.groups.with_value(Vec::len);
    let (cursor, stop) = roving_tab_stop(move || {
        let chosen = years.open.get();
        let at = chosen.and_then(|year| {
            years
                .groups
                .with_value(|g| g.iter().position(|y| y.year == year))
        });
        (chosen, at)
    });
    let year_of = move |j: usize| years.groups.with_value(|g| g[j].year);
    (0..count)
        .map(|j| {
            let (year, era, members) =
                years.groups.with_value(|g| (g[j].year, g[j].era, g[j].members.clone()));
            let total = members.len();
            let ids: Vec<&'static str> = members.iter().map(|&i| all[i].id).collect();
            let shown_count = {
                let ids = ids.clone();
                move || years.shown_of(&ids)
            };
            let label = {
                let shown_count = shown_count.clone();
                move || i18n::year_density(years.lang, year, shown_count(), total)
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
                            <span class=Signal::derive(move || years.mark_class(&base, m.id))></span>
                        }
                    })
                    .collect_view()
                })
            };
            // The button is read as "2012: 2 of 3 milestones shown"; it shows the year, the count and the dots.
            let is_open = move || years.open.get() == Some(year);
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
                        let next = if years.open.get_untracked() == Some(year) { None } else { Some(year) };
                        cursor.set(Some((j, next)));
                        years.open.set(next);
                    })
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        if let Some(to) = axis::rove(&ev.key(), j, count, Layout::Grid(COLUMNS)) {
                            ev.prevent_default();
                            cursor.set(Some((to, years.open.get_untracked())));
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
