use leptos::prelude::*;

use super::chart_frame::ChartFrame;
use crate::chart::{points, Linear};
use crate::model::{Lang, Metric, TIMELINE};
use crate::{format, i18n};

const W: f64 = 1000.0;
const ROW: f64 = 44.0;
const LABEL_W: f64 = 260.0;

/// ImageNet top-5 error as horizontal bars, from the milestones' figures (2012 runner-up, AlexNet, ResNet).
#[component]
pub fn ImagenetChart(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let mut bars = points(&TIMELINE, Metric::ImagenetTop5Error);
    // Oldest first; within a year, the worse result first, so the fall reads top to bottom.
    bars.sort_by(|a, b| a.when.total_cmp(&b.when).then(b.value.total_cmp(&a.value)));
    let max = bars.iter().map(|p| p.value).fold(0.0, f64::max).max(1.0);
    let x = Linear {
        domain: (0.0, max * 1.15),
        range: (LABEL_W, W - 20.0),
    };
    let height = bars.len() as f64 * ROW + 16.0;
    let name = move |p: &crate::chart::Point, lang: Lang| {
        format!(
            "{} ({})",
            p.label.map_or(p.milestone.title.get(lang), |l| l.get(lang)),
            p.milestone.date().year
        )
    };
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let by = 8.0 + i as f64 * ROW;
            let bw = x.map(p.value) - LABEL_W;
            let p = *p;
            view! {
                <g class=format!("chart__bar era-accent-{}", crate::model::TIMELINE.era_number(p.milestone.era)) data-testid="imagenet-bar" data-value=p.value>
                    <text class="chart__label" x=LABEL_W - 10.0 y=by + 22.0 text-anchor="end">{move || name(&p, lang.get())}</text>
                    <rect x=LABEL_W y=by + 4.0 width=bw height=ROW - 14.0 rx=3 />
                    <text class="chart__value" x=LABEL_W + bw + 8.0 y=by + 22.0>{format!("{}%", format::number(p.value))}</text>
                </g>
            }
        })
        .collect_view();
    let headers = Signal::derive(move || {
        let s = strings();
        vec![
            s.col_model.to_string(),
            s.col_date.to_string(),
            s.col_value.to_string(),
        ]
    });
    let rows = Signal::derive(move || {
        let lang = lang.get();
        bars.iter()
            .map(|p| {
                vec![
                    name(p, lang),
                    format::date(lang, p.milestone.date()),
                    format!("{}%", format::number(p.value)),
                ]
            })
            .collect::<Vec<_>>()
    });
    view! {
        <ChartFrame
            lang=lang
            title=Signal::derive(move || strings().imagenet_title)
            caption=Signal::derive(move || strings().imagenet_caption)
            headers=headers
            rows=rows
            testid="imagenet-chart"
            table_testid="imagenet-table"
            view_box=format!("0 0 {W} {height}")
            drawing=drawn.into_any()
        />
    }
}
