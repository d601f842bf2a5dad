use leptos::html::Div;
use leptos::prelude::*;
use std::sync::OnceLock;

use super::chart_frame::ChartFrame;
use super::chart_points::{Chart, Points};
use super::milestone_link::MilestoneLink;
use crate::chart::{
    scaling_layout, scaling_markup, scaling_table, tip_markup, DrawingText, PointsNow,
    ScalingLayout,
};
use crate::model::{Lang, TIMELINE};
use crate::{dom, i18n};

/// The chart laid out for `lang`, computed once per language.
fn layout(lang: Lang) -> &'static ScalingLayout {
    static LAYOUTS: [OnceLock<ScalingLayout>; 2] = [OnceLock::new(), OnceLock::new()];
    LAYOUTS[lang as usize].get_or_init(|| scaling_layout(&TIMELINE, lang))
}

/// Lays the chart out for `lang` ahead of rendering it (an idle task of its own: placing the labels at every
/// width is the chart's longest step).
pub fn prepare(lang: Lang) {
    layout(lang);
}

/// Parameter counts over time on a log axis, from the milestones' figures: total (filled) and, for mixtures of
/// experts, active per token (hollow, joined to the total). Undisclosed sizes are marks in a band on top and a
/// list of links under the chart. Labels, year ticks and the band are laid out for a few widths
/// (`chart::WIDTHS`), and CSS shows the set for the drawing's width; the drawing stretches, its text does not.
/// The drawing renders once `draw` says so: building and parsing its markup is a task of its own, and laying
/// it out a frame of its own.
#[component]
pub fn ScalingChart(lang: Lang, #[prop(into)] draw: Signal<bool>) -> impl IntoView {
    let all = &layout(lang).points;
    let points = Points::new(Chart::Scaling, all.iter().map(|p| p.milestone).collect());
    let hidden = all
        .iter()
        .enumerate()
        .filter(|(_, p)| p.value.is_none())
        .map(|(i, p)| {
            view! {
                <li class:is-dimmed=points.is_dimmed(i) data-for=i>
                    <MilestoneLink id=p.milestone.id lang=lang />
                </li>
            }
        })
        .collect_view();
    let drawn = NodeRef::<Div>::new();
    show_tips(points, layout(lang), lang, drawn);
    view! {
        <ChartFrame
            lang=lang
            chart=Chart::Scaling
            points=points
            table=scaling_table(&TIMELINE, lang)
        >
            <div
                class="scaling-chart__drawn"
                node_ref=drawn
                inner_html=move || {
                    // Once, when `draw` turns true: the markup holds the points as they are then, and
                    // `Points::keep_drawn` keeps them from there.
                    if draw.get() { untrack(|| drawing(layout(lang), points, lang)) } else { String::new() }
                }
            ></div>
            <div class="scaling-chart__hidden">
                <span class="scaling-chart__hidden-name">
                    {i18n::strings(lang).chart_undisclosed_list}
                </span>
                <ul class="scaling-chart__hidden-list">{hidden}</ul>
            </div>
        </ChartFrame>
    }
}

/// The bands, the plot and the links that stand for the points, for one language, as markup (the points as
/// they are now; `Points::keep_drawn` keeps them).
fn drawing(l: &ScalingLayout, points: Points, lang: Lang) -> String {
    let n = l.points.len();
    let dimmed: Vec<bool> = (0..n).map(|i| points.is_dimmed(i)).collect();
    let hrefs: Vec<String> = (0..n).map(|i| points.href(i)).collect();
    let ids: Vec<String> = (0..n).map(|i| points.dom_id(i)).collect();
    let now = PointsNow {
        dimmed: &dimmed,
        stop: points.stop_now(),
        hrefs: &hrefs,
        ids: &ids,
    };
    let title_id = dom::chart_title(Chart::Scaling.key());
    let text = DrawingText {
        points_label: i18n::strings(lang).chart_points_label,
        title_id: &title_id,
    };
    scaling_markup(l, &TIMELINE, &text, &now)
}

/// The tooltip of the point that shows one (hovered, focused or tapped), written into the plot's slot: one
/// effect for the chart.
fn show_tips(points: Points, l: &'static ScalingLayout, lang: Lang, drawn: NodeRef<Div>) {
    let again = i18n::strings(lang).chart_tap_again;
    Effect::new(move |was: Option<String>| {
        let tip = points
            .shown()
            .map(|i| {
                let tapped = points.tapped(i);
                tip_markup(&l.tip(i, tapped.then_some(again)), i, tapped)
            })
            .unwrap_or_default();
        match drawn.get() {
            Some(root) if was.as_deref().unwrap_or_default() != tip => {
                crate::browser::set_inner_html_where(&root, ".chart__tip-slot", &tip);
                tip
            }
            Some(_) => tip,
            None => was.unwrap_or_default(),
        }
    });
}
