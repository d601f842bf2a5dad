use leptos::prelude::*;

use super::imagenet_chart::ImagenetChart;
use super::scaling_chart::ScalingChart;
use crate::i18n;
use crate::model::Lang;

/// The numbers section: model scale and ImageNet error, both drawn from the data file's figures. The scaling
/// chart's drawing renders once `draw` says so, the ImageNet chart once `more` does (each a frame after the one
/// before, see `Rendering::later`).
#[component]
pub fn Charts(
    lang: Lang,
    #[prop(into)] draw: Signal<bool>,
    #[prop(into)] more: Signal<bool>,
) -> impl IntoView {
    view! {
        <section class="charts" aria-labelledby="charts-heading">
            <h2 class="charts__heading section-title" id="charts-heading">{i18n::strings(lang).charts_heading}</h2>
            <ScalingChart lang=lang draw=draw />
            <Show when=move || more.get()>
                <ImagenetChart lang=lang />
            </Show>
        </section>
    }
}
