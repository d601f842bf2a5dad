use leptos::prelude::*;

use crate::model::{Figure, Lang};
use crate::{format, i18n};

/// Key figures as data: value with unit, what it measures, and a marker on estimates and secondary figures.
/// A plain function, static.
pub fn figure_list(figures: &'static [Figure], lang: Lang) -> impl IntoView {
    let strings = i18n::strings(lang);
    (!figures.is_empty()).then(|| {
        let items = figures
            .iter()
            .map(|f| {
                let mut notes = Vec::new();
                if f.estimate {
                    notes.push(strings.estimate.to_string());
                }
                if f.secondary {
                    let basis = f
                        .basis
                        .map(|b| format!(": {}", b.get(lang)))
                        .unwrap_or_default();
                    notes.push(format!("{}{basis}", strings.secondary));
                }
                let notes = (!notes.is_empty())
                    .then(|| view! { <span class="figure__mark">{notes.join(" · ")}</span> });
                view! {
                    <li class="figure">
                        <span class="figure__value">{format::figure_value(lang, f)}</span>
                        <span class="figure__measure">{f.measure.get(lang)}</span>
                        {notes}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="milestone__figures" aria-label=strings.figures_label>{items}</ul> }
    })
}
