//! The time axis' marks (`TimeAxis`, above 300 milestones replaced by bars per year): one per milestone, stacked
//! where dates crowd, with a tooltip, keyboard moves and touch previews. The marks are static markup: one set of
//! listeners on their group reads the mark from the event (`data-i`), and one effect updates the classes and tab
//! stop of the marks whose state changed.

use std::collections::HashSet;

use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use leptos::svg::G;

use super::axis_parts::{
    handler, roving_tab_stop, touched, AXIS_Y, GAP, MARKS_Y, ROW_H, TIP_H, WIDTH,
};
use crate::axis::{self, Layout, Tap};
use crate::chart::{year_fraction, Linear};
use crate::format::{self, coord};
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;
use crate::{browser, i18n};

/// The height of the axis with its marks stacked in rows.
pub(super) fn marks_height(x: Linear) -> f64 {
    let xs: Vec<f64> = TIMELINE
        .milestones
        .iter()
        .map(|m| x.map(year_fraction(m.date())))
        .collect();
    let rows = axis::mark_rows(&xs, GAP);
    let row_count = rows.iter().max().map_or(1, |r| r + 1);
    MARKS_Y + row_count as f64 * ROW_H + 8.0
}

/// One mark per milestone at its verified date, stacked where dates crowd, with a tooltip; and the SVG's height.
/// The marks are one tab stop (the selected milestone's, or the first), Left/Right/Home/End move in date order,
/// Enter or Space follow. A touch shows the tooltip first; touching it (or the mark again) follows.
pub(super) fn mark_layer(
    x: Linear,
    lang: Lang,
    shown_ids: Memo<HashSet<&'static str>>,
    selected: Memo<Option<&'static str>>,
    nav: Nav,
) -> (AnyView, f64) {
    let all = TIMELINE.milestones;
    let xs: Vec<f64> = all.iter().map(|m| x.map(year_fraction(m.date()))).collect();
    let rows = axis::mark_rows(&xs, GAP);
    let row_count = rows.iter().max().map_or(1, |r| r + 1);
    let height = MARKS_Y + row_count as f64 * ROW_H + 8.0;
    // Keyboard order: by date. `order[k]` is a milestone's index, `place[i]` its position in that order.
    let order = axis::date_order(&axis::dates(all));
    let mut place = vec![0; all.len()];
    for (k, &i) in order.iter().enumerate() {
        place[i] = k;
    }
    let (order, places) = (StoredValue::new(order), StoredValue::new(place));
    let group = NodeRef::<G>::new();

    let hovered = RwSignal::new(None::<usize>);
    // A milestone shown by a touch, waiting for a second touch.
    let preview = RwSignal::new(None::<usize>);
    let pressed = StoredValue::new(None::<String>);
    let (cursor, stop) = roving_tab_stop(move || {
        let chosen = selected.get();
        let at = chosen.and_then(|id| all.iter().position(|m| m.id == id));
        (chosen, at.map(|i| places.with_value(|p| p[i])))
    });
    let follow = move |i: usize| {
        let m = &all[i];
        preview.set(None);
        cursor.set(Some((places.with_value(|p| p[i]), Some(m.id))));
        nav.jump.run(m.id);
    };
    let label = move |i: usize| {
        let m = &all[i];
        format!("{} · {}", m.title.get(lang), format::date(lang, m.date()))
    };
    let base = |i: usize| format!("axis__mark era-accent-{}", TIMELINE.era_number(all[i].era));

    // The marks' state as shown (dimmed, selected, previewed, tab stop): only marks whose state changes are
    // touched.
    let drawn = StoredValue::new(Vec::<[bool; 4]>::new());
    Effect::new(move |_| {
        let (stop, preview) = (stop.get(), preview.get());
        let chosen = selected.get();
        let next: Vec<[bool; 4]> = shown_ids.with(|ids| {
            all.iter()
                .enumerate()
                .map(|(i, m)| {
                    [
                        !ids.contains(m.id),
                        chosen == Some(m.id),
                        preview == Some(i),
                        places.with_value(|p| p[i]) == stop,
                    ]
                })
                .collect()
        });
        let Some(group) = group.get() else {
            return;
        };
        drawn.update_value(|drawn| {
            for (i, state) in next.iter().enumerate() {
                if drawn.get(i) != Some(state) {
                    let [dimmed, chosen, previewed, stop] = *state;
                    let class = axis::classes(
                        &base(i),
                        &[
                            ("is-dimmed", dimmed),
                            ("is-selected", chosen),
                            ("is-previewed", previewed),
                        ],
                    );
                    browser::set_child_attributes(
                        &group,
                        i,
                        &[("class", &class), ("tabindex", axis::tab_index(stop))],
                    );
                }
            }
            *drawn = next;
        });
    });

    let mark_of = |ev: &web_sys::Event| {
        browser::closest_data(ev, "data-i").and_then(|i| i.parse::<usize>().ok())
    };
    let marks = all
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (cx, cy) = (xs[i], MARKS_Y + rows[i] as f64 * ROW_H);
            view! {
                <g
                    class=base(i)
                    role="button"
                    tabindex="-1"
                    data-id=m.id
                    data-i=i
                    aria-label=label(i)
                >
                    <circle cx=coord(cx) cy=coord(cy) r="5.5" />
                </g>
            }
        })
        .collect_view();
    let marks = view! {
        // Not a tab stop itself (an SVG element with focus listeners would otherwise be one): its marks are.
        <g
            class="axis__marks"
            tabindex="-1"
            node_ref=group
            on:pointerdown=move |ev: PointerEvent| pressed.set_value(Some(ev.pointer_type()))
            on:click=move |ev: MouseEvent| {
                let Some(i) = mark_of(&ev) else {
                    return;
                };
                ev.stop_propagation();
                let previewed = preview.get_untracked() == Some(i);
                match axis::tap(touched(&ev, pressed), previewed) {
                    Tap::Preview => preview.set(Some(i)),
                    Tap::Follow => follow(i),
                }
            }
            on:keydown=move |ev: KeyboardEvent| {
                let Some(i) = mark_of(&ev) else {
                    return;
                };
                let k = places.with_value(|p| p[i]);
                let key = ev.key();
                if key == "Enter" || key == " " {
                    ev.prevent_default();
                    follow(i);
                } else if key == "Escape" {
                    preview.set(None);
                } else if let Some(to) = axis::rove(&key, k, all.len(), Layout::Row) {
                    ev.prevent_default();
                    preview.set(None);
                    cursor.set(Some((to, selected.get_untracked())));
                    if let Some(group) = group.get_untracked() {
                        browser::focus_child(&group, order.with_value(|o| o[to]));
                    }
                }
            }
            on:mouseover=move |ev: MouseEvent| hovered.set(mark_of(&ev))
            on:mouseout=move |ev: MouseEvent| {
                if browser::related_data(&ev, "data-i").is_none() {
                    hovered.set(None);
                }
            }
            on:focusin=move |ev: FocusEvent| hovered.set(mark_of(&ev))
            on:focusout=move |_: FocusEvent| hovered.set(None)
        >
            {marks}
        </g>
    };

    // The tooltip: what is hovered or focused, else what a touch previews (then it is a target: touch to follow).
    let tip = move || {
        let i = hovered.get().or(preview.get())?;
        let previewing = preview.get() == Some(i);
        let text = if previewing {
            format!("{} · {} ›", label(i), i18n::strings(lang).axis_preview_go)
        } else {
            label(i)
        };
        let at = axis::tip_box(
            &text,
            xs[i],
            MARKS_Y + rows[i] as f64 * ROW_H,
            WIDTH,
            TIP_H,
            10.0,
        );
        Some(view! {
            <g
                class=axis::classes("axis__tip", &[("is-preview", previewing)])
                aria-hidden="true"
                on:click=handler(move |ev: MouseEvent| {
                    ev.stop_propagation();
                    if let Some(i) = preview.get_untracked() {
                        follow(i);
                    }
                })
            >
                <rect x=coord(at.x) y=coord(at.y) width=coord(at.w) height=coord(at.h) rx=4 />
                <text x=coord(at.x + at.w / 2.0) y=coord(at.y + at.h / 2.0 + 4.0) text-anchor="middle">{text.clone()}</text>
            </g>
        })
    };
    // A touch elsewhere on the axis puts the preview away.
    let dismiss = view! {
        <rect
            class="axis__backdrop"
            x=0
            y=coord(AXIS_Y)
            width=coord(WIDTH)
            height=coord(height - AXIS_Y)
            on:click=handler(move |_: MouseEvent| preview.set(None))
        />
    };

    (view! { {dismiss} {marks} {tip} }.into_any(), height)
}
