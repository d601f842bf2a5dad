use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use leptos::svg::G;

use super::axis_marks::{mark_layer, marks_height};
use super::axis_parts::{handler, EraStops, AXIS_Y, BAND_H, MARKS_Y, WIDTH};
use super::deferred::Deferred;
use super::shown::Shown;
use super::year_bars::{year_bars, BAR_H};
use super::year_grid::YearGrid;
use crate::axis;
use crate::chart::{year_ticks, Linear};
use crate::format::coord;
use crate::i18n;
use crate::model::{Lang, TIMELINE};
use crate::nav::Nav;

/// Above this many milestones the axis shows a bar per year: a mark each would stack into an unreadable tower.
const MARKS_UP_TO: usize = 300;

/// The timeline's years, in two layouts that CSS switches between (both are rendered, so the markup is the same
/// everywhere): on wide screens an SVG with era bands (choose one to filter), year ticks, and one mark per
/// milestone at its verified date, stacked where dates crowd; on phones the era buttons and a grid of years
/// (`YearGrid`). Hidden milestones are dimmed. The bands and the marks are one tab stop each (arrow keys move
/// inside); hovering or focusing a mark shows its title and date, and a touch shows them first, then follows.
#[component]
pub fn TimeAxis(
    shown: Shown,
    #[prop(into)] selected_era: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
    /// Whether the marks render: not in the first view (rendered at build time and hydrated, where the bands,
    /// years and space for the marks are enough), right after it in the browser.
    #[prop(into)]
    marks: Signal<bool>,
) -> impl IntoView {
    let (lang, visible, shown_ids) = (shown.lang, shown.visible, shown.ids);
    let selected = shown.selected;
    let nav = expect_context::<Nav>();
    let strings = i18n::strings(lang);
    let (first, last) = TIMELINE.years();
    let x = Linear {
        domain: (first as f64, last as f64 + 1.0),
        range: (12.0, WIDTH - 12.0),
    };
    let dense = TIMELINE.milestones.len() > MARKS_UP_TO;

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
    let hint = if dense {
        strings.axis_hint_dense
    } else {
        strings.axis_hint
    };

    view! {
        <section class="axis" aria-labelledby="axis-heading">
            <h2 class="axis__heading section-title" id="axis-heading">{strings.axis_heading}</h2>
            <p class="axis__hint axis__wide section-hint">{hint}</p>
            <p class="axis__hint axis__narrow section-hint">{strings.axis_hint_narrow}</p>
            // Each layout is rendered live only where it is shown, when it comes near the screen.
            <Deferred class="axis__wide" render=move || view! {
                <div class="axis__scroll svg-scroll">
                    <svg
                        class="axis__svg svg-figure"
                        viewBox=format!("0 0 {} {}", coord(WIDTH), coord(height))
                        role="group"
                        aria-labelledby="axis-heading"
                    >
                        {band_layer(x, lang, selected_era, on_era)}
                        <line class="axis__line" x1=0 x2=coord(WIDTH) y1=coord(AXIS_Y) y2=coord(AXIS_Y) />
                        {ticks(x, first, last)}
                        {layer}
                    </svg>
                </div>
            } />
            <Deferred class="axis__narrow" render=move || view! {
                <YearGrid
                    lang=lang
                    dots=marks
                    shown=Signal::from(shown_ids)
                    selected_era=selected_era
                    selected=selected
                    on_era=on_era
                    dense=dense
                />
            } />
        </section>
    }
}

/// The year ticks and labels under the era bands.
fn ticks(x: Linear, first: u16, last: u16) -> impl IntoView {
    year_ticks(first, last + 1, 1)
        .into_iter()
        .map(|(year, _)| {
            let tx = x.map(year as f64);
            let label = (year <= last).then(|| {
                view! { <text class="axis__year svg-tick" class:is-odd={year % 2 == 1} x=coord(tx + 4.0) y=coord(AXIS_Y + 16.0)>{year}</text> }
            });
            view! {
                <line class="axis__tick" x1=coord(tx) x2=coord(tx) y1=coord(AXIS_Y - 4.0) y2=coord(AXIS_Y + 4.0) />
                {label}
            }
        })
        .collect_view()
}

/// Moves focus to a mark or band. (`browser::focus_element` focuses HTML elements only; these are SVG.)
pub(super) fn focus_svg(node: NodeRef<G>) {
    if let Some(element) = node.get_untracked() {
        let _ = element.focus();
    }
}

/// The era bands: one tab stop (the pressed band, or the first), Left/Right/Home/End between them, Enter or
/// Space to choose (again to let go).
fn band_layer(
    x: Linear,
    lang: Lang,
    selected_era: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
) -> impl IntoView {
    let nodes: Vec<NodeRef<G>> = TIMELINE.eras.iter().map(|_| NodeRef::new()).collect();
    let nodes = StoredValue::new(nodes);
    let eras = EraStops::new(selected_era, on_era);
    eras.each()
        .map(|(i, era)| {
            let (x0, x1) = (x.map(era.start as f64), x.map(era.end as f64 + 1.0));
            let base = format!("axis__band era-accent-{}", i + 1);
            view! {
                <g
                    node_ref=nodes.with_value(|n| n[i])
                    class=Signal::derive(move || axis::classes(&base, &[("is-pressed", eras.pressed(i))]))
                    role="button"
                    tabindex=Signal::derive(move || eras.tab_index(i))
                    data-era=era.id
                    aria-pressed=Signal::derive(move || eras.pressed(i).to_string())
                    aria-label=format!("{} {}", era.period.get(lang), era.span())
                    on:click=handler(move |_: MouseEvent| eras.choose(i))
                    on:keydown=handler(move |ev: KeyboardEvent| {
                        let key = ev.key();
                        if key == "Enter" || key == " " {
                            ev.prevent_default();
                            eras.choose(i);
                        } else if let Some(to) = eras.rove(&ev, i) {
                            focus_svg(nodes.with_value(|n| n[to]));
                        }
                    })
                >
                    <rect x=coord(x0) y=0 width=coord(x1 - x0 - 2.0) height=coord(BAND_H) rx=4 />
                    <text x=coord(x0 + 6.0) y=coord(BAND_H / 2.0 + 4.0)>{era.period.get(lang)}</text>
                </g>
            }
        })
        .collect_view()
}
