use leptos::prelude::*;

use crate::facets::FacetCounts;
use crate::filter::{set_year, Bound, Filter, Part};
use crate::i18n;
use crate::model::{Lang, TIMELINE};

/// Facets that combine with the era choice and the search: tags (several at once), organisation and a year
/// range. Each value shows how many milestones it would give under the other filters; values giving none are
/// dimmed. "Clear all" resets every filter.
#[component]
pub fn FacetPanel(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] filter: Signal<Filter>,
    #[prop(into)] facets: Signal<FacetCounts>,
    on_tag: Callback<&'static str>,
    on_orgs: Callback<Vec<&'static str>>,
    on_years: Callback<(Option<u16>, Option<u16>)>,
    on_clear: Callback<Option<Part>>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let tag_count = move |id: &'static str| facets.with(|f| FacetCounts::of(&f.tags, id));
    let org_count = move |id: &'static str| facets.with(|f| FacetCounts::of(&f.orgs, id));
    let year_count = move |y: u16| facets.with(|f| FacetCounts::of(&f.years, y));
    let (first_year, last_year) = TIMELINE.years();

    let tags = TIMELINE
        .tags
        .iter()
        .map(|t| {
            let pressed = move || filter.with(|f| f.tags.contains(&t.id));
            view! {
                <li>
                    <button
                        type="button"
                        class="facet-chip"
                        class:is-empty=move || tag_count(t.id) == 0 && !pressed()
                        data-testid="tag-facet"
                        data-tag=t.id
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| on_tag.run(t.id)
                    >
                        {move || t.label.get(lang.get())}
                        <span class="facet-chip__count">{move || tag_count(t.id)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    let orgs = move || {
        let lang = lang.get();
        TIMELINE
            .orgs
            .iter()
            .map(|o| {
                let n = org_count(o.id);
                view! {
                    <option value=o.id class:is-empty=n == 0 selected=move || filter.with(|f| f.orgs.first() == Some(&o.id))>
                        {i18n::with_count(o.label.get(lang), n)}
                    </option>
                }
            })
            .collect_view()
    };
    let year_options = move |selected: Option<u16>| {
        (first_year..=last_year)
            .map(|y| {
                let n = year_count(y);
                view! {
                    <option value=y.to_string() class:is-empty=n == 0 selected=selected == Some(y)>
                        {i18n::with_count(&y.to_string(), n)}
                    </option>
                }
            })
            .collect_view()
    };
    // One select per end of the range; choosing a year moves the other end along if they would cross.
    let year_select = move |bound: Bound| {
        let testid = if bound == Bound::From {
            "year-from"
        } else {
            "year-to"
        };
        let name = move || {
            if bound == Bound::From {
                strings().year_from
            } else {
                strings().year_to
            }
        };
        let current = move || filter.with(|f| if bound == Bound::From { f.from } else { f.to });
        view! {
            <label>
                <span class="visually-hidden">{name}</span>
                <select
                    data-testid=testid
                    on:change=move |ev| {
                        let year = event_target_value(&ev).parse::<u16>().ok();
                        let range = filter.with_untracked(|f| (f.from, f.to));
                        on_years.run(set_year(range, bound, year))
                    }
                >
                    <option value="" selected=move || current().is_none()>
                        {move || format!("{} · {}", name(), strings().any_year)}
                    </option>
                    {move || year_options(current())}
                </select>
            </label>
        }
    };
    view! {
        <div class="facets">
            <fieldset class="facets__group">
                <legend class="facets__legend">{move || strings().tags_heading}</legend>
                <ul class="facets__chips">{tags}</ul>
            </fieldset>
            <div class="facets__row">
                <label class="facets__field">
                    <span class="facets__legend">{move || strings().org_label}</span>
                    <select
                        data-testid="org-facet"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            on_orgs.run(TIMELINE.org(&value).map(|o| o.id).into_iter().collect())
                        }
                    >
                        <option value="" selected=move || filter.with(|f| f.orgs.is_empty())>
                            {move || strings().all_orgs}
                        </option>
                        {orgs}
                    </select>
                </label>
                <fieldset class="facets__field facets__years">
                    <legend class="facets__legend">{move || strings().years_label}</legend>
                    {year_select(Bound::From)}
                    <span aria-hidden="true">"–"</span>
                    {year_select(Bound::To)}
                </fieldset>
                <Show when=move || filter.with(Filter::any_active)>
                    <button
                        type="button"
                        class="facets__clear button button--sunken"
                        data-testid="clear-all"
                        on:click=move |_| on_clear.run(None)
                    >
                        {move || strings().clear_all}
                    </button>
                </Show>
            </div>
        </div>
    }
}
