use leptos::prelude::*;

use super::highlighted::Highlighted;
use crate::model::{Figure, Lang};
use crate::search::Query;
use crate::{format, i18n};

/// Key figures as data: value with unit, what it measures, and a marker on estimates and secondary figures.
#[component]
pub fn FigureList(
    figures: &'static [Figure],
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] query: Signal<Query>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    (!figures.is_empty()).then(|| {
        let items = figures
            .iter()
            .map(|f| {
                let marks = move || {
                    let s = strings();
                    let mut marks = Vec::new();
                    if f.estimate {
                        marks.push(s.estimate.to_string());
                    }
                    if f.secondary {
                        let basis = f.basis.map(|b| format!(": {}", b.get(lang.get()))).unwrap_or_default();
                        marks.push(format!("{}{basis}", s.secondary));
                    }
                    marks
                };
                view! {
                    <li class="figure" data-testid="figure">
                        <span class="figure__value">
                            <Highlighted text=Signal::derive(move || format::figure_value(lang.get(), f)) query=query />
                        </span>
                        <span class="figure__measure">
                            <Highlighted text=Signal::derive(move || f.measure.get(lang.get()).to_string()) query=query />
                        </span>
                        {move || {
                            let marks = marks();
                            (!marks.is_empty()).then(|| view! { <span class="figure__mark">{marks.join(" · ")}</span> })
                        }}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="milestone__figures" aria-label=move || strings().figures_label>{items}</ul>
        }
    })
}
