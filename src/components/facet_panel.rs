use leptos::prelude::*;

use crate::filter::{FacetCounts, Filter, FIRST_YEAR, LAST_YEAR};
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
    on_org: Callback<Option<&'static str>>,
    on_years: Callback<(Option<u16>, Option<u16>)>,
    on_clear: Callback<Option<crate::filter::Part>>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let tag_count = move |id: &str| {
        facets.with(|f| f.tags.iter().find(|(t, _)| *t == id).map_or(0, |(_, n)| *n))
    };
    let org_count = move |id: &str| {
        facets.with(|f| f.orgs.iter().find(|(o, _)| *o == id).map_or(0, |(_, n)| *n))
    };
    let year_count =
        move |y: u16| facets.with(|f| f.years.iter().find(|(v, _)| *v == y).map_or(0, |(_, n)| *n));

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
                    <option value=o.id class:is-empty=n == 0 selected=move || filter.with(|f| f.org == Some(o.id))>
                        {i18n::with_count(o.label.get(lang), n)}
                    </option>
                }
            })
            .collect_view()
    };
    let year_options = move |selected: Option<u16>| {
        (FIRST_YEAR..=LAST_YEAR)
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
    let parse_year = |value: String| value.parse::<u16>().ok();
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
                            on_org.run(TIMELINE.org(&value).map(|o| o.id))
                        }
                    >
                        <option value="" selected=move || filter.with(|f| f.org.is_none())>
                            {move || strings().all_orgs}
                        </option>
                        {orgs}
                    </select>
                </label>
                <fieldset class="facets__field facets__years">
                    <legend class="facets__legend">{move || strings().years_label}</legend>
                    <label>
                        <span class="visually-hidden">{move || strings().year_from}</span>
                        <select
                            data-testid="year-from"
                            on:change=move |ev| {
                                let to = filter.with_untracked(|f| f.to);
                                let from = parse_year(event_target_value(&ev));
                                let to = match (from, to) {
                                    (Some(f), Some(t)) if t < f => Some(f),
                                    _ => to,
                                };
                                on_years.run((from, to))
                            }
                        >
                            <option value="" selected=move || filter.with(|f| f.from.is_none())>
                                {move || format!("{} · {}", strings().year_from, strings().any_year)}
                            </option>
                            {move || year_options(filter.with(|f| f.from))}
                        </select>
                    </label>
                    <span aria-hidden="true">"–"</span>
                    <label>
                        <span class="visually-hidden">{move || strings().year_to}</span>
                        <select
                            data-testid="year-to"
                            on:change=move |ev| {
                                let from = filter.with_untracked(|f| f.from);
                                let to = parse_year(event_target_value(&ev));
                                let from = match (from, to) {
                                    (Some(f), Some(t)) if f > t => Some(t),
                                    _ => from,
                                };
                                on_years.run((from, to))
                            }
                        >
                            <option value="" selected=move || filter.with(|f| f.to.is_none())>
                                {move || format!("{} · {}", strings().year_to, strings().any_year)}
                            </option>
                            {move || year_options(filter.with(|f| f.to))}
                        </select>
                    </label>
                </fieldset>
                <Show when=move || filter.with(Filter::any_active)>
                    <button
                        type="button"
                        class="facets__clear"
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
