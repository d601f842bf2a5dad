use leptos::prelude::*;
use std::sync::OnceLock;

use super::chart_frame::ChartFrame;
use crate::chart::{
    place_labels, points, text_width, undisclosed_size, year_fraction, Linear, Log, Point, Rect,
};
use crate::model::{Lang, Metric, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::{format, i18n};

const W: f64 = 1000.0;
const H: f64 = 440.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 70.0;
const BOTTOM: f64 = 36.0;

/// The chart's points, from the compiled timeline: totals, active parameters, undisclosed sizes. Computed once.
#[allow(clippy::type_complexity)]
fn data() -> (
    &'static [Point],
    &'static [Point],
    &'static [&'static Milestone],
) {
    static DATA: OnceLock<(Vec<Point>, Vec<Point>, Vec<&'static Milestone>)> = OnceLock::new();
    let (totals, actives, hidden) = DATA.get_or_init(|| {
        (
            points(&TIMELINE, Metric::Parameters),
            points(&TIMELINE, Metric::ActiveParameters),
            undisclosed_size(&TIMELINE),
        )
    });
    (totals, actives, hidden)
}

/// Parameter counts over time on a log axis, from the milestones' figures: total (filled) and, for mixtures of
/// experts, active per token (hollow, joined to the total). Undisclosed sizes sit in a band on top.
#[component]
pub fn ScalingChart(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let strings = move || i18n::strings(lang.get());
    let (totals, actives, hidden) = data();
    let x = Linear {
        domain: (2011.5, 2025.6),
        range: (LEFT, W - RIGHT),
    };
    let y = Log {
        domain: (2e7, 2e12),
        range: (H - BOTTOM, TOP),
    };
    let name =
        move |p: &Point, lang: Lang| p.label.map_or(p.milestone.title.get(lang), |l| l.get(lang));

    // Geometry that depends on the language (label widths) is recomputed when it changes.
    let layout = Memo::new(move |_| {
        let lang = lang.get();
        let mut at: Vec<(f64, f64)> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        for p in totals.iter().chain(actives.iter()) {
            at.push((x.map(p.when), y.map(p.value)));
            texts.push(format!(
                "{} {}",
                name(p, lang),
                format::count(lang, p.value)
            ));
        }
        for m in hidden {
            at.push((x.map(year_fraction(m.date())), 40.0));
            texts.push(m.title.get(lang).to_string());
        }
        let sizes: Vec<(f64, f64)> = texts.iter().map(|t| (text_width(t, 12.0), 14.0)).collect();
        let boxes = place_labels(
            &at,
            &sizes,
            Rect {
                x: 0.0,
                y: 20.0,
                w: W,
                h: H - 20.0,
            },
        );
        (at, texts, boxes)
    });

    let grid = y
        .ticks()
        .into_iter()
        .map(|v| {
            let gy = y.map(v);
            view! {
                <line class="chart__grid" x1=LEFT x2=W - RIGHT y1=gy y2=gy />
                <text class="chart__tick svg-tick" x=LEFT - 8.0 y=gy + 4.0 text-anchor="end">
                    {move || format::count(lang.get(), v)}
                </text>
            }
        })
        .collect_view();
    let years = (2012..=2025)
        .filter(|y| y % 2 == 0)
        .map(|year| {
            let gx = x.map(year as f64);
            view! { <text class="chart__tick svg-tick" x=gx y=H - 12.0 text-anchor="middle">{year}</text> }
        })
        .collect_view();
    let pairs = actives
        .iter()
        .filter_map(|a| {
            totals
                .iter()
                .find(|t| t.milestone.id == a.milestone.id)
                .map(|t| (a.value, t.value, a.when))
        })
        .map(|(active, total, when)| {
            let px = x.map(when);
            view! { <line class="chart__pair" x1=px x2=px y1=y.map(total) y2=y.map(active) /> }
        })
        .collect_view();
    let total_count = totals.len();
    let hidden_start = totals.len() + actives.len();
    let dots = totals
        .iter()
        .chain(actives.iter())
        .enumerate()
        .map(|(i, p)| {
            let m = p.milestone;
            let (cx, cy) = (x.map(p.when), y.map(p.value));
            let active = i >= total_count;
            view! {
                <circle
                    class=format!("chart__dot era-accent-{}", crate::model::TIMELINE.era_number(m.era))
                    class:is-active=active
                    cx=cx
                    cy=cy
                    r=6
                    data-testid="scaling-dot"
                    data-id=m.id
                    on:click=move |_| nav.jump.run(m.id)
                />
            }
        })
        .collect_view();
    let hidden_marks = hidden
        .iter()
        .map(|m| {
            let cx = x.map(year_fraction(m.date()));
            let m = *m;
            view! {
                <rect
                    class="chart__undisclosed"
                    x=cx - 5.0
                    y=35.0
                    width=10
                    height=10
                    transform=format!("rotate(45 {cx} 40)")
                    data-testid="undisclosed-mark"
                    data-id=m.id
                    on:click=move |_| nav.jump.run(m.id)
                />
            }
        })
        .collect_view();
    let labels = move || {
        let (_, texts, boxes) = layout.get();
        texts
            .into_iter()
            .zip(boxes)
            .enumerate()
            .map(|(i, (t, b))| {
                view! {
                    <text class="chart__label" class:is-hidden-size={i >= hidden_start} x=b.x y=b.y + 11.0>{t}</text>
                }
            })
            .collect_view()
    };

    let headers = Signal::derive(move || {
        let s = strings();
        vec![
            s.col_model.to_string(),
            s.col_date.to_string(),
            s.col_value.to_string(),
            s.col_note.to_string(),
        ]
    });
    let rows = Signal::derive(move || {
        let lang = lang.get();
        let s = i18n::strings(lang);
        let mut rows: Vec<Vec<String>> = totals
            .iter()
            .map(|p| (p, s.total_params))
            .chain(actives.iter().map(|p| (p, s.active_params)))
            .map(|(p, kind)| {
                let estimate = if p.estimate {
                    format!(" · {}", s.estimate)
                } else {
                    String::new()
                };
                vec![
                    name(p, lang).to_string(),
                    format::date(lang, p.milestone.date()),
                    format::count(lang, p.value),
                    format!("{kind}{estimate}"),
                ]
            })
            .collect();
        rows.extend(hidden.iter().map(|m| {
            vec![
                m.title.get(lang).to_string(),
                format::date(lang, m.date()),
                "—".into(),
                s.undisclosed.into(),
            ]
        }));
        rows
    });

    let drawing = view! {
        <text class="chart__band-label" x=LEFT y=22.0>{move || strings().undisclosed}</text>
            <line class="chart__band" x1=LEFT x2=W - RIGHT y1=52.0 y2=52.0 />
            {grid}
            {years}
            {pairs}
            {dots}
            {hidden_marks}
            {labels}
    };
    view! {
        <ChartFrame
            lang=lang
            title=Signal::derive(move || strings().scaling_title)
            caption=Signal::derive(move || strings().scaling_caption)
            headers=headers
            rows=rows
            testid="scaling-chart"
            table_testid="scaling-table"
            view_box=format!("0 0 {W} {H}")
            drawing=drawing.into_any()
        />
    }
}
