use leptos::prelude::*;

use super::chart_frame::ChartFrame;
use super::chart_points::{Chart, PointLink, Points};
use crate::chart::{bar_detail, bar_name, bar_value, imagenet_bars, imagenet_table};
use crate::format::{coord, number_plain};
use crate::i18n;
use crate::model::{Lang, TIMELINE};

/// ImageNet top-5 error as horizontal bars, from the milestones' figures (2012 runner-up, AlexNet, ResNet).
/// Text is HTML (it keeps its size at every width; on phones the name goes above its bar); each bar's length
/// is a small stretched SVG. Each bar is a link to its milestone, one tab stop for the chart.
#[component]
pub fn ImagenetChart(lang: Lang) -> impl IntoView {
    let bars = imagenet_bars(&TIMELINE);
    let points = Points::new(Chart::Imagenet, bars.iter().map(|p| p.milestone).collect());
    let longest = bars
        .iter()
        .map(|p| p.value)
        .fold(0.0, f64::max)
        .max(f64::EPSILON);
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let length = coord(p.value / longest * 100.0);
            view! {
                <li class="imagenet-chart__row">
                    <PointLink
                        points=points
                        index=i
                        class=format!("imagenet-chart__bar era-accent-{}", TIMELINE.era_number(p.milestone.era))
                        attr:data-value=number_plain(p.value)
                    >
                        <span class="imagenet-chart__name">{bar_name(&p, lang)}</span>
                        <span class="imagenet-chart__value">{bar_value(&p)}</span>
                        <svg class="imagenet-chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="imagenet-chart__fill" width=length height="10" />
                        </svg>
                        <span class="imagenet-chart__tip" aria-hidden="true">
                            {bar_detail(&p, lang)}
                            <span class="imagenet-chart__hint chart__hint">
                                {i18n::strings(lang).chart_tap_again}
                            </span>
                        </span>
                    </PointLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <ChartFrame lang=lang chart=Chart::Imagenet points=points table=imagenet_table(&TIMELINE, lang)>
            <ol class="imagenet-chart" aria-label=i18n::strings(lang).chart_points_label>
                {rows}
            </ol>
        </ChartFrame>
    }
}
