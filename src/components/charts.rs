use leptos::prelude::*;

use super::imagenet_chart::ImagenetChart;
use super::scaling_chart::ScalingChart;
use crate::i18n;
use crate::model::Lang;

/// The numbers section: model scale and ImageNet error, both drawn from the data file's figures.
#[component]
pub fn Charts(lang: Lang) -> impl IntoView {
    view! {
        <section class="charts" aria-labelledby="charts-heading">
            <h2 class="charts__heading section-title" id="charts-heading">{i18n::strings(lang).charts_heading}</h2>
            <ScalingChart lang=lang />
            <ImagenetChart lang=lang />
        </section>
    }
}
