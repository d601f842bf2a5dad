use std::collections::HashSet;

use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use leptos::svg::G;
use wasm_bindgen::JsCast;

use super::year_bars::{year_bars, BAR_H};
use super::year_grid::YearGrid;
use crate::axis::{self, Layout, Tap};
use crate::chart::{year_fraction, year_ticks, Linear};
use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::{format, i18n};

const WIDTH: f64 = 1000.0;
const BAND_H: f64 = 30.0;
const AXIS_Y: f64 = 48.0;
const MARKS_Y: f64 = 78.0;
const ROW_H: f64 = 15.0;
const GAP: f64 = 13.0;
const TIP_H: f64 = 24.0;
/// Above this many milestones the axis shows a bar per year: a mark each would stack into an unreadable tower.
const MARKS_UP_TO: usize = 300;

/// The timeline's years, in two layouts that CSS switches between (both are rendered, so the markup is the same
/// everywhere): on wide screens an SVG with era bands (choose one to filter), year ticks, and one mark per
/// milestone at its verified date, stacked where dates crowd; on phones the era buttons and a grid of years
/// (`YearGrid`). Hidden milestones are dimmed. The bands and the marks are one tab stop each (arrow keys move
/// inside); hovering or focusing a mark shows its title and date, and a touch shows them first, then follows.
#[component]
pub fn TimeAxis(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] visible: Signal<Vec<&'static Milestone>>,
    #[prop(into)] selected_era: Signal<Option<&'static str>>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
    /// Whether the marks render: not in the first view (rendered at build time and hydrated, where the bands,
    /// years and space for the marks are enough), right after it in the browser.
    #[prop(into)]
    marks: Signal<bool>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let strings = move || i18n::strings(lang.get());
    let (first, last) = TIMELINE.years();
    let x = Linear {
        domain: (first as f64, last as f64 + 1.0),
        range: (12.0, WIDTH - 12.0),
    };
    // One set per update, so each mark's check is O(1) (the axis stays linear in the number of milestones).
    let shown_ids = Memo::new(move |_| {
        visible.with(|v| v.iter().map(|m| m.id).collect::<HashSet<&'static str>>())
    });
    let dense = TIMELINE.milestones.len() > MARKS_UP_TO;

    let ticks = year_ticks(first, last + 1, 1)
        .into_iter()
        .map(|(year, _)| {
            let tx = x.map(year as f64);
            let label = (year <= last).then(|| {
                view! { <text class="axis__year svg-tick" class:is-odd={year % 2 == 1} x=tx + 4.0 y=AXIS_Y + 16.0>{year}</text> }
            });
            view! {
                <line class="axis__tick" x1=tx x2=tx y1=AXIS_Y - 4.0 y2=AXIS_Y + 4.0 />
                {label}
            }
        })
        .collect_view();

    let height = if dense {
        MARKS_Y + BAR_H + 12.0
    } else {
        marks_height(x)
    };
    let layer = move || {
        marks.get().then(|| {
            if dense {
                year_bars(x, lang, visible, MARKS_Y).into_any()
            } else {
                mark_layer(x, lang, shown_ids, selected, nav).0
            }
        })
    };
    let hint = move || {
        if dense {
            strings().axis_hint_dense
        } else {
            strings().axis_hint
        }
    };

    view! {
        <section class="axis" aria-labelledby="axis-heading">
            <h2 class="axis__heading section-title" id="axis-heading">{move || strings().axis_heading}</h2>
            <p class="axis__hint axis__wide section-hint">{hint}</p>
            <p class="axis__hint axis__narrow section-hint">{Signal::derive(move || strings().axis_hint_narrow.to_string())}</p>
            <div class="axis__scroll axis__wide svg-scroll">
                <svg
                    class="axis__svg svg-figure"
                    viewBox=format!("0 0 {WIDTH} {height}")
                    role="group"
                    aria-labelledby="axis-heading"
                    data-testid="time-axis"
                >
                    {band_layer(x, lang, selected_era, on_era)}
                    <line class="axis__line" x1=0 x2=WIDTH y1=AXIS_Y y2=AXIS_Y />
                    {ticks}
                    {layer}
                </svg>
            </div>
            <YearGrid
                lang=lang
                dots=marks
                shown=Signal::from(shown_ids)
                selected_era=selected_era
                selected=selected
                on_era=on_era
                dense=dense
            />
        </section>
    }
}

/// Moves focus to a mark or band. (`browser::focus_element` focuses HTML elements only; these are SVG.)
fn focus_svg(node: NodeRef<G>) {
    if let Some(element) = node.get_untracked() {
        let _ = element.focus();
    }
}

/// Whether a click came from a finger: the click's own pointer type where the browser gives one, else the type
/// of the last press (`pressed`, taken so that a later click by key is not mistaken for a touch).
fn touched(ev: &MouseEvent, pressed: StoredValue<Option<String>>) -> bool {
    let last = pressed.try_update_value(Option::take).flatten();
    match ev.dyn_ref::<PointerEvent>() {
        Some(pointer) => pointer.pointer_type() == "touch",
        None => last.as_deref() == Some("touch"),
    }
}

/// The era bands: one tab stop (the pressed band, or the first), Left/Right/Home/End between them, Enter or
/// Space to choose (again to let go).
fn band_layer(
    x: Linear,
    lang: Signal<Lang>,
    selected_era: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
) -> impl IntoView {
    let count = TIMELINE.eras.len();
    let nodes: Vec<NodeRef<G>> = (0..count).map(|_| NodeRef::new()).collect();
    let nodes = StoredValue::new(nodes);
    let cursor = RwSignal::new(None::<(usize, Option<&'static str>)>);
    let stop = Memo::new(move |_| {
        let chosen = selected_era.get();
        let at = chosen.and_then(|id| TIMELINE.eras.iter().position(|e| e.id == id));
        axis::tab_stop(cursor.get(), chosen, at, 0)
    });
    TIMELINE
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let (x0, x1) = (x.map(era.start as f64), x.map(era.end as f64 + 1.0));
            let base = format!("axis__band era-accent-{}", i + 1);
            let pressed = move || selected_era.get() == Some(era.id);
            let choose = move || {
                let next = if selected_era.get_untracked() == Some(era.id) {
                    None
                } else {
                    Some(era.id)
                };
                cursor.set(Some((i, next)));
                on_era.run(next);
            };
            view! {
                <g
                    node_ref=nodes.with_value(|n| n[i])
                    class=Signal::derive(move || axis::classes(&base, &[("is-pressed", pressed())]))
                    role="button"
                    tabindex=Signal::derive(move || axis::tab_index(stop.get() == i))
                    data-testid="axis-band"
                    data-era=era.id
                    aria-pressed=Signal::derive(move || pressed().to_string())
                    aria-label=Signal::derive(move || format!("{} {}", era.period.get(lang.get()), era.span()))
                    on:click=handler(move |_: MouseEvent| choose())
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        let key = ev.key();
                        if key == "Enter" || key == " " {
                            ev.prevent_default();
                            choose();
                        } else if let Some(to) = axis::rove(&key, i, count, Layout::Row) {
                            ev.prevent_default();
                            cursor.set(Some((to, selected_era.get_untracked())));
                            focus_svg(nodes.with_value(|n| n[to]));
                        }
                    })
                >
                    <rect x=x0 y=0 width=x1 - x0 - 2.0 height=BAND_H rx=4 />
                    <text x=x0 + 6.0 y=BAND_H / 2.0 + 4.0>{Signal::derive(move || era.period.get(lang.get()).to_string())}</text>
                </g>
            }
        })
        .collect_view()
}

/// One mark per milestone at its verified date, stacked where dates crowd, with a tooltip; and the SVG's height.
/// The marks are one tab stop (the selected milestone's, or the first), Left/Right/Home/End move in date order,
/// Enter or Space follow. A touch shows the tooltip first; touching it (or the mark again) follows.
/// The height of the axis with its marks stacked in rows.
fn marks_height(x: Linear) -> f64 {
    let xs: Vec<f64> = TIMELINE
        .milestones
        .iter()
        .map(|m| x.map(year_fraction(m.date())))
        .collect();
    let rows = axis::mark_rows(&xs, GAP);
    let row_count = rows.iter().max().map_or(1, |r| r + 1);
    MARKS_Y + row_count as f64 * ROW_H + 8.0
}

fn mark_layer(
    x: Linear,
    lang: Signal<Lang>,
    shown_ids: Memo<HashSet<&'static str>>,
    selected: Signal<Option<&'static str>>,
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
    let nodes: Vec<NodeRef<G>> = all.iter().map(|_| NodeRef::new()).collect();
    let (order, nodes) = (StoredValue::new(order), StoredValue::new(nodes));
    let places = StoredValue::new(place.clone());

    let hovered = RwSignal::new(None::<usize>);
    // A milestone shown by a touch, waiting for a second touch.
    let preview = RwSignal::new(None::<usize>);
    let pressed = StoredValue::new(None::<String>);
    let cursor = RwSignal::new(None::<(usize, Option<&'static str>)>);
    let stop = Memo::new(move |_| {
        let chosen = selected.get();
        let at = chosen.and_then(|id| all.iter().position(|m| m.id == id));
        axis::tab_stop(
            cursor.get(),
            chosen,
            at.map(|i| places.with_value(|p| p[i])),
            0,
        )
    });
    let follow = move |i: usize| {
        let m = &all[i];
        preview.set(None);
        cursor.set(Some((places.with_value(|p| p[i]), Some(m.id))));
        nav.jump.run(m.id);
    };
    let label = move |i: usize| {
        let m = &all[i];
        format!(
            "{} · {}",
            m.title.get(lang.get()),
            format::date(lang.get(), m.date())
        )
    };

    let marks = all
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (cx, cy) = (xs[i], MARKS_Y + rows[i] as f64 * ROW_H);
            let k = place[i];
            let base = format!("axis__mark era-accent-{}", TIMELINE.era_number(m.era));
            view! {
                <g
                    node_ref=nodes.with_value(|n| n[i])
                    class=Signal::derive(move || {
                        axis::classes(
                            &base,
                            &[
                                ("is-dimmed", !shown_ids.with(|ids| ids.contains(m.id))),
                                ("is-selected", selected.get() == Some(m.id)),
                                ("is-previewed", preview.get() == Some(i)),
                            ],
                        )
                    })
                    role="button"
                    tabindex=Signal::derive(move || axis::tab_index(stop.get() == k))
                    data-testid="axis-mark"
                    data-id=m.id
                    aria-label=Signal::derive(move || label(i))
                    on:pointerdown=handler(move |ev: PointerEvent| pressed.set_value(Some(ev.pointer_type())))
                    on:click=handler(move |ev: MouseEvent| {
                        ev.stop_propagation();
                        let previewed = preview.get_untracked() == Some(i);
                        match axis::tap(touched(&ev, pressed), previewed) {
                            Tap::Preview => preview.set(Some(i)),
                            Tap::Follow => follow(i),
                        }
                    })
                    on:keydown=handler(move |ev: KeyboardEvent| {
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
                            focus_svg(nodes.with_value(|n| n[order.with_value(|o| o[to])]));
                        }
                    })
                    on:mouseenter=handler(move |_: MouseEvent| hovered.set(Some(i)))
                    on:mouseleave=handler(move |_: MouseEvent| hovered.set(None))
                    on:focus=handler(move |_: FocusEvent| hovered.set(Some(i)))
                    on:blur=handler(move |_: FocusEvent| hovered.set(None))
                >
                    <circle cx=cx cy=cy r=5.5 />
                </g>
            }
        })
        .collect_view();

    // The tooltip: what is hovered or focused, else what a touch previews (then it is a target: touch to follow).
    let tip = move || {
        let i = hovered.get().or(preview.get())?;
        let previewing = preview.get() == Some(i);
        let text = if previewing {
            format!(
                "{} · {} ›",
                label(i),
                i18n::strings(lang.get()).axis_preview_go
            )
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
                data-testid="axis-tip"
                on:click=handler(move |ev: MouseEvent| {
                    ev.stop_propagation();
                    if let Some(i) = preview.get_untracked() {
                        follow(i);
                    }
                })
            >
                <rect x=at.x y=at.y width=at.w height=at.h rx=4 />
                <text x=at.x + at.w / 2.0 y=at.y + at.h / 2.0 + 4.0 text-anchor="middle">{text.clone()}</text>
            </g>
        })
    };
    // A touch elsewhere on the axis puts the preview away.
    let dismiss = view! {
        <rect
            class="axis__backdrop"
            x=0
            y=AXIS_Y
            width=WIDTH
            height=height - AXIS_Y
            on:click=handler(move |_: MouseEvent| preview.set(None))
        />
    };

    (view! { {dismiss} {marks} {tip} }.into_any(), height)
}

/// An event handler as a boxed closure: every handler of one event type then shares one type, so the view code
/// for it is generated once rather than once per closure (a smaller bundle).
fn handler<E>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
