use leptos::prelude::*;

use super::imagenet_chart::ImagenetChart;
use super::scaling_chart::ScalingChart;
use crate::i18n;
use crate::model::Lang;

/// The numbers section: model scale and ImageNet error, both drawn from the data file's figures.
#[component]
pub fn Charts(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    view! {
        <section class="charts" aria-labelledby="charts-heading">
            <h2 class="charts__heading section-title" id="charts-heading">{move || i18n::strings(lang.get()).charts_heading}</h2>
            <ScalingChart lang=lang />
            <ImagenetChart lang=lang />
        </section>
    }
}
