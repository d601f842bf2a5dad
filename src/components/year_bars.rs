use leptos::prelude::*;

use crate::chart::{per_year, Linear};
use crate::format::coord;
use crate::i18n;
use crate::model::{Lang, Milestone, TIMELINE};

/// Height of the tallest bar, in SVG units.
pub const BAR_H: f64 = 64.0;

/// The time axis for data too large for a mark per milestone: a bar per year, its height the year's milestones
/// and its dark part those the current filters show. Each update counts once over the visible list.
pub fn year_bars(
    x: Linear,
    lang: Lang,
    visible: Memo<Vec<&'static Milestone>>,
    top: f64,
) -> impl IntoView {
    let (first, last) = TIMELINE.years();
    let all: Vec<&'static Milestone> = TIMELINE.milestones.iter().collect();
    let totals = per_year(&all, first, last);
    let most = totals.iter().copied().max().unwrap_or(1).max(1) as f64;
    let shown = Memo::new(move |_| visible.with(|v| per_year(v, first, last)));
    let height = move |n: usize| n as f64 / most * BAR_H;
    (first..=last)
        .zip(totals)
        .enumerate()
        .map(|(i, (year, total))| {
            let (x0, x1) = (x.map(year as f64) + 2.0, x.map(year as f64 + 1.0) - 2.0);
            let bottom = top + BAR_H;
            let count = move || shown.with(|s| s[i]);
            view! {
                <g
                    class="axis__bar"
                    role="img"
                    aria-label=move || i18n::year_density(lang, year, count(), total)
                >
                    <rect class="axis__bar-all" x=coord(x0) y=coord(bottom - height(total)) width=coord(x1 - x0) height=coord(height(total)) />
                    <rect
                        class="axis__bar-shown"
                        x=coord(x0)
                        y=move || coord(bottom - height(count()))
                        width=coord(x1 - x0)
                        height=move || coord(height(count()))
                    />
                </g>
            }
        })
        .collect_view()
}
