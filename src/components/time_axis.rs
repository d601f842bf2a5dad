use leptos::prelude::*;

use super::year_bars::{year_bars, BAR_H};
use crate::chart::{stack, text_width, year_fraction, year_ticks, Linear};
use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::{format, i18n};

const WIDTH: f64 = 1000.0;
const BAND_H: f64 = 30.0;
const AXIS_Y: f64 = 48.0;
const MARKS_Y: f64 = 78.0;
const ROW_H: f64 = 15.0;
const GAP: f64 = 13.0;
/// Above this many milestones the axis shows a bar per year: a mark each would stack into an unreadable tower.
const MARKS_UP_TO: usize = 300;

/// The timeline's years as SVG: era bands (choose one to filter), year ticks, and one mark per
/// milestone at its verified date, stacked where dates crowd. Hidden marks are dimmed; hovering or focusing a
/// mark shows its title and date; choosing it jumps to the milestone.
#[component]
pub fn TimeAxis(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] visible: Signal<Vec<&'static Milestone>>,
    #[prop(into)] selected_era: Signal<Option<&'static str>>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let strings = move || i18n::strings(lang.get());
    let (first, last) = TIMELINE.years();
    let x = Linear {
        domain: (first as f64, last as f64 + 1.0),
        range: (12.0, WIDTH - 12.0),
    };
    let bands = TIMELINE
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let (x0, x1) = (x.map(era.start as f64), x.map(era.end as f64 + 1.0));
            let pressed = move || selected_era.get() == Some(era.id);
            let choose = move || on_era.run(if pressed() { None } else { Some(era.id) });
            view! {
                <g
                    class=format!("axis__band era-accent-{}", i + 1)
                    class:is-pressed=pressed
                    role="button"
                    tabindex="0"
                    data-testid="axis-band"
                    data-era=era.id
                    aria-pressed=move || pressed().to_string()
                    aria-label=move || format!("{} {}", era.period.get(lang.get()), era.span())
                    on:click=move |_| choose()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            choose();
                        }
                    }
                >
                    <rect x=x0 y=0 width=x1 - x0 - 2.0 height=BAND_H rx=4 />
                    <text x=x0 + 6.0 y=BAND_H / 2.0 + 4.0>{move || era.period.get(lang.get())}</text>
                </g>
            }
        })
        .collect_view();

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

    let dense = TIMELINE.milestones.len() > MARKS_UP_TO;
    let (layer, height) = if dense {
        let layer = year_bars(x, lang, visible, MARKS_Y);
        (layer.into_any(), MARKS_Y + BAR_H + 12.0)
    } else {
        mark_layer(x, lang, visible, selected, nav)
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
            <p class="axis__hint section-hint">{hint}</p>
            <div class="axis__scroll svg-scroll">
                <svg
                    class="axis__svg svg-figure"
                    viewBox=format!("0 0 {WIDTH} {height}")
                    role="group"
                    aria-labelledby="axis-heading"
                    data-testid="time-axis"
                >
                    {bands}
                    <line class="axis__line" x1=0 x2=WIDTH y1=AXIS_Y y2=AXIS_Y />
                    {ticks}
                    {layer}
                </svg>
            </div>
        </section>
    }
}

/// One mark per milestone at its verified date, stacked where dates crowd, with a tooltip; and the SVG's height.
fn mark_layer(
    x: Linear,
    lang: Signal<Lang>,
    visible: Signal<Vec<&'static Milestone>>,
    selected: Signal<Option<&'static str>>,
    nav: Nav,
) -> (AnyView, f64) {
    let xs: Vec<f64> = TIMELINE
        .milestones
        .iter()
        .map(|m| x.map(year_fraction(m.date())))
        .collect();
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by(|&a, &b| xs[a].total_cmp(&xs[b]));
    let sorted: Vec<f64> = order.iter().map(|&i| xs[i]).collect();
    let rows_sorted = stack(&sorted, GAP);
    let mut rows = vec![0; xs.len()];
    for (k, &i) in order.iter().enumerate() {
        rows[i] = rows_sorted[k];
    }
    let row_count = rows.iter().max().map_or(1, |r| r + 1);
    let height = MARKS_Y + row_count as f64 * ROW_H + 8.0;
    let hovered = RwSignal::new(None::<usize>);
    // One set per update, so each mark's check is O(1) (the axis stays linear in the number of milestones).
    let shown_ids = Memo::new(move |_| {
        visible.with(|v| {
            v.iter()
                .map(|m| m.id)
                .collect::<std::collections::HashSet<&'static str>>()
        })
    });

    let marks = TIMELINE
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (cx, cy) = (xs[i], MARKS_Y + rows[i] as f64 * ROW_H);
            let shown = move || shown_ids.with(|ids| ids.contains(m.id));
            let label = move || {
                format!(
                    "{} · {}",
                    m.title.get(lang.get()),
                    format::date(lang.get(), m.date())
                )
            };
            view! {
                <g
                    class=format!("axis__mark era-accent-{}", TIMELINE.era_number(m.era))
                    class:is-dimmed=move || !shown()
                    class:is-selected=move || selected.get() == Some(m.id)
                    role="button"
                    tabindex="0"
                    data-testid="axis-mark"
                    data-id=m.id
                    aria-label=label
                    on:click=move |_| nav.jump.run(m.id)
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            nav.jump.run(m.id);
                        }
                    }
                    on:mouseenter=move |_| hovered.set(Some(i))
                    on:mouseleave=move |_| hovered.set(None)
                    on:focus=move |_| hovered.set(Some(i))
                    on:blur=move |_| hovered.set(None)
                >
                    <circle cx=cx cy=cy r=5.5 />
                </g>
            }
        })
        .collect_view();

    let tip = move || {
        hovered.get().map(|i| {
            let m = &TIMELINE.milestones[i];
            let text = format!(
                "{} · {}",
                m.title.get(lang.get()),
                format::date(lang.get(), m.date())
            );
            let w = text_width(&text, 12.0) + 14.0;
            let tx = (xs[i] - w / 2.0).clamp(0.0, WIDTH - w);
            let ty = MARKS_Y + rows[i] as f64 * ROW_H - 30.0;
            view! {
                <g class="axis__tip" aria-hidden="true">
                    <rect x=tx y=ty width=w height=20.0 rx=4 />
                    <text x=tx + 7.0 y=ty + 14.0>{text}</text>
                </g>
            }
        })
    };

    (view! { {marks} {tip} }.into_any(), height)
}
