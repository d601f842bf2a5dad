use leptos::prelude::*;

use super::milestone_item::MilestoneItem;
use crate::filter::{group_by_era, Filter};
use crate::i18n;
use crate::model::{Lang, Milestone, TIMELINE};

/// The filtered milestones in date order, in one section per era, with a live count.
#[component]
pub fn MilestoneList(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] filter: Signal<Filter>,
) -> impl IntoView {
    let visible = Memo::new(move |_| filter.get().apply(TIMELINE.milestones));
    let groups = Memo::new(move |_| group_by_era(TIMELINE.eras, &visible.get()));
    let total = TIMELINE.milestones.len();
    view! {
        <section class="milestones" id="milestones" aria-labelledby="milestones-heading" tabindex="-1">
            <div class="milestones__head">
                <h2 class="milestones__heading" id="milestones-heading">
                    {move || i18n::strings(lang.get()).milestones_heading}
                </h2>
                <p class="milestones__count" data-testid="result-count" role="status">
                    {move || i18n::result_count(lang.get(), visible.with(Vec::len), total)}
                </p>
            </div>
            <For each=move || groups.get() key=|group| group.era.id let:group>
                {
                    let id = group.era.id;
                    let items = Memo::new(move |_| {
                        groups.with(|gs| {
                            gs.iter()
                                .find(|g| g.era.id == id)
                                .map(|g| g.milestones.clone())
                                .unwrap_or_default()
                        })
                    });
                    let era = group.era;
                    view! {
                        <section class="milestones__era" aria-labelledby=format!("era-{id}")>
                            <h3 class="milestones__era-heading" id=format!("era-{id}")>
                                {move || i18n::era_heading(lang.get(), era.period.get(lang.get()), era.title.get(lang.get()))}
                                <span class="milestones__era-years">{era.span()}</span>
                            </h3>
                            <ol class="milestones__list">
                                <For each=move || items.get() key=|m: &&'static Milestone| m.id let:milestone>
                                    <MilestoneItem milestone=milestone lang=lang />
                                </For>
                            </ol>
                        </section>
                    }
                }
            </For>
        </section>
    }
}
