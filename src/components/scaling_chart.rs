use leptos::prelude::*;
use std::sync::OnceLock;

use super::chart_frame::{Chart, ChartFrame, PointLink, Points};
use super::milestone_link::MilestoneLink;
use crate::chart::{
    baseline, scaling_layout, scaling_table, ScalingLayout, SizePoint, DOT_R, MARK_R, TIP_PAD,
    WIDTHS,
};
use crate::model::{Lang, TIMELINE};
use crate::{dom, i18n};

/// A length for an SVG attribute, to a tenth of a px (shorter markup; nothing moves by more than 0.05 px).
fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The chart laid out for `lang`, computed once per language.
fn layout(lang: Lang) -> &'static ScalingLayout {
    static LAYOUTS: [OnceLock<ScalingLayout>; 2] = [OnceLock::new(), OnceLock::new()];
    LAYOUTS[lang as usize].get_or_init(|| scaling_layout(&TIMELINE, lang))
}

/// Parameter counts over time on a log axis, from the milestones' figures: total (filled) and, for mixtures of
/// experts, active per token (hollow, joined to the total). Undisclosed sizes are marks in a band on top and a
/// list of links under the chart. Labels, year ticks and the band are laid out for a few widths
/// (`chart::WIDTHS`), and CSS shows the set for the drawing's width; the drawing stretches, its text does not.
#[component]
pub fn ScalingChart(lang: Lang) -> impl IntoView {
    // The points' order (date order) is the same in both languages.
    let all = &layout(Lang::En).points;
    let points = Points::new(Chart::Scaling, all.iter().map(|p| p.milestone).collect());
    let hidden = all
        .iter()
        .enumerate()
        .filter(|(_, p)| p.value.is_none())
        .map(|(i, p)| {
            view! {
                <li class:is-dimmed=move || points.is_dimmed(i)>
                    <MilestoneLink id=p.milestone.id lang=lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <ChartFrame
            lang=lang
            chart=Chart::Scaling
            table=Signal::derive(move || scaling_table(&TIMELINE, lang))
        >
            {drawing(layout(lang), points, lang)}
            <div class="scaling-chart__hidden">
                <span class="scaling-chart__hidden-name">
                    {i18n::strings(lang).chart_undisclosed_list}
                </span>
                <ul class="scaling-chart__hidden-list">{hidden}</ul>
            </div>
        </ChartFrame>
    }
}

/// The bands, the plot and the links that stand for the points, for one language.
fn drawing(l: &'static ScalingLayout, points: Points, lang: Lang) -> AnyView {
    let s = i18n::strings(lang);
    let bands = l
        .bands
        .iter()
        .enumerate()
        .map(|(k, band)| {
            let (name, text) = &band.label;
            let marks = band
                .marks
                .iter()
                .map(|&(i, y)| mark(&l.points[i], points, i, y))
                .collect_view();
            view! {
                <svg class=format!("scaling-chart__band chart__at-{k}") width="100%" height=band.height aria-hidden="true">
                    <text class="scaling-chart__band-name" x=tenth(name.x.px) y=tenth(baseline(name))>{text.clone()}</text>
                    <line class="scaling-chart__band-line" x1=tenth(l.left) x2="100%" y1=band.height - 1.0 y2=band.height - 1.0 />
                    {marks}
                </svg>
            }
        })
        .collect_view();
    let axis = l.plot_bottom;
    let grid = l
        .value_ticks
        .iter()
        .map(|(y, text)| {
            view! {
                <line class="scaling-chart__grid" x1=tenth(l.left) x2="100%" y1=tenth(*y) y2=tenth(*y) />
                <text class="scaling-chart__tick" x=tenth(l.left - 6.0) y=tenth(y + 4.0) text-anchor="end">{text.clone()}</text>
            }
        })
        .collect_view();
    let year_ticks = l
        .year_ticks
        .iter()
        .map(|x| {
            view! {
                <line class="scaling-chart__year-tick" x1=x.percent() x2=x.percent() y1=tenth(axis) y2=tenth(axis + 5.0) transform=x.shift_by() />
            }
        })
        .collect_view();
    let year_labels = l
        .year_labels
        .iter()
        .enumerate()
        .map(|(k, labels)| {
            let texts = labels
                .iter()
                .map(|(x, year)| {
                    view! {
                        <text class="scaling-chart__tick" x=x.percent() y=tenth(axis + 18.0) transform=x.shift_by() text-anchor="middle">
                            {year.clone()}
                        </text>
                    }
                })
                .collect_view();
            view! { <g class=format!("chart__at-{k}")>{texts}</g> }
        })
        .collect_view();
    let dots = l
        .points
        .iter()
        .enumerate()
        .filter(|(_, p)| p.value.is_some())
        .map(|(i, p)| dot(p, points, i))
        .collect_view();
    let labels = (0..WIDTHS.len())
        .map(|k| {
            let texts = l
                .points
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let (area, text) = p.labels[k].as_ref()?;
                    Some(view! {
                        <text
                            class="scaling-chart__label"
                            class:is-dimmed=move || points.is_dimmed(i)
                            x=area.x.percent()
                            y=tenth(baseline(area))
                            transform=area.x.shift_by()
                        >
                            {text.clone()}
                        </text>
                    })
                })
                .collect_view();
            view! { <g class=format!("chart__at-{k}")>{texts}</g> }
        })
        .collect_view();
    let tip = move || {
        points.shown().map(|i| {
            let tapped = points.tapped(i);
            let tip = l.tip(i, tapped.then_some(s.chart_tap_again));
            let area = tip.area;
            let lines = tip
                .lines
                .into_iter()
                .map(|line| {
                    view! {
                        <text x=area.x.percent() dx=TIP_PAD y=tenth(line.baseline) class:is-title=line.title>{line.text}</text>
                    }
                })
                .collect_view();
            view! {
                <g
                    class="chart__tip"
                    class:is-tapped=tapped
                    transform=area.x.shift_by()
                    on:pointerdown=move |ev| ev.stop_propagation()
                    on:click=move |_| points.follow(i)
                >
                    <rect x=area.x.percent() y=tenth(area.y) width=tenth(area.w) height=tenth(area.h) rx=6 />
                    {lines}
                </g>
            }
        })
    };
    let links = l
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <li>
                    <PointLink points=points index=i>{p.texts.join(" · ")}</PointLink>
                </li>
            }
        })
        .collect_view();
    view! {
        {bands}
        <svg
            class="scaling-chart__plot"
            width="100%"
            height=tenth(l.height)
            role="img"
            aria-labelledby=dom::chart_title(Chart::Scaling.key())
            on:pointerdown=move |_| points.dismiss()
        >
            {grid}
            <line class="scaling-chart__axis" x1=tenth(l.left) x2="100%" y1=tenth(axis) y2=tenth(axis) />
            {year_ticks}
            {year_labels}
            {dots}
            {labels}
            {tip}
        </svg>
        <ol class="visually-hidden" aria-label=s.chart_points_label>{links}</ol>
    }
    .into_any()
}

/// A sized point: its dot (and a mixture of experts' active count, hollow, joined to it), with a larger
/// invisible target around each.
fn dot(p: &'static SizePoint, points: Points, i: usize) -> impl IntoView {
    let cx = p.x.percent();
    let active = p.active.map(|(_, ay)| {
        view! {
            <line class="scaling-chart__pair" x1=cx.clone() x2=cx.clone() y1=tenth(p.y) y2=tenth(ay) />
            <circle class="scaling-chart__hit" cx=cx.clone() cy=tenth(ay) r=9 />
            <circle class="scaling-chart__active" cx=cx.clone() cy=tenth(ay) r=DOT_R - 0.75 />
        }
    });
    let shapes = view! {
        {active}
        <circle class="scaling-chart__hit" cx=cx.clone() cy=tenth(p.y) r=10 />
        <circle class="scaling-chart__dot" cx=cx cy=tenth(p.y) r=DOT_R />
    };
    let era = TIMELINE.era_number(p.milestone.era);
    point(
        p,
        points,
        i,
        format!("scaling-chart__point era-accent-{era}"),
        shapes.into_any(),
    )
}

/// An undisclosed size: a diamond in the band, at its date.
fn mark(p: &'static SizePoint, points: Points, i: usize, y: f64) -> impl IntoView {
    let side = MARK_R * std::f64::consts::SQRT_2;
    let shapes = view! {
        <circle class="scaling-chart__hit" cx=p.x.percent() cy=tenth(y) r=6 />
        <rect class="scaling-chart__diamond" x=p.x.percent() y=tenth(y - side / 2.0) width=tenth(side) height=tenth(side) />
    };
    point(
        p,
        points,
        i,
        "scaling-chart__mark".into(),
        shapes.into_any(),
    )
}

/// Point `i` as drawn: its `shapes`, in a group that takes the pointer (see [`Points`]) and shows whether the
/// point is dimmed, shown or focused.
fn point(
    p: &'static SizePoint,
    points: Points,
    i: usize,
    class: String,
    shapes: AnyView,
) -> impl IntoView {
    view! {
        <g
            class=class
            class:is-dimmed=move || points.is_dimmed(i)
            class:is-shown=move || points.shown() == Some(i)
            class:is-focused=move || points.is_focused(i)
            transform=p.x.shift_by()
            data-id=p.milestone.id
            on:pointerenter=move |ev| points.enter(i, &ev)
            on:pointerleave=move |_| points.leave(i)
            on:pointerdown=move |ev| points.press(i, &ev)
            on:click=move |ev| points.choose(i, &ev)
        >
            {shapes}
        </g>
    }
}
