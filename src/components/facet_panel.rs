use leptos::prelude::*;

use crate::facets::FacetCounts;
use crate::filter::{set_year, Bound, Filter, Part};
use crate::i18n;
use crate::model::{Lang, Tag, TIMELINE};

/// What the facets do when used; each goes to the state machine through `App`.
#[derive(Clone, Copy)]
pub struct FacetActions {
    pub on_tag: Callback<&'static str>,
    pub on_tags_any: Callback<bool>,
    pub on_org: Callback<&'static str>,
    pub on_years: Callback<(Option<u16>, Option<u16>)>,
    pub on_clear: Callback<Option<Part>>,
}

/// Facets that combine with the era choice and the search: tags (all of them or any, as stated), organisations
/// (any of those chosen) and a year range. Each value shows how many milestones it would give under the other
/// filters; values giving none are disabled. "Clear all" resets every filter.
#[component]
pub fn FacetPanel(
    lang: Lang,
    #[prop(into)] filter: Signal<Filter>,
    #[prop(into)] facets: Signal<FacetCounts>,
    actions: FacetActions,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let tags = chips(Part::Tags, lang, filter, facets, actions);
    let orgs = chips(Part::Orgs, lang, filter, facets, actions);
    let tags_any = move || filter.with(|f| f.tags_any);
    let mode = move |any: bool| {
        view! {
            <button
                type="button"
                class=if any {
                    "facets__mode-option facets__mode-option--any"
                } else {
                    "facets__mode-option facets__mode-option--all"
                }
                aria-pressed=move || (tags_any() == any).to_string()
                on:click=move |_| actions.on_tags_any.run(any)
            >
                {move || if any { strings.tags_any } else { strings.tags_all }}
            </button>
        }
    };
    view! {
        <div class="facets">
            <fieldset class="facets__group">
                <legend class="facets__legend">{strings.tags_heading}</legend>
                <p class="facets__rule facets__rule--tags">
                    <span>{move || i18n::tags_rule(lang, tags_any())}</span>
                    <span class="facets__mode" role="group" aria-label=strings.tags_match>
                        {mode(false)}
                        {mode(true)}
                    </span>
                </p>
                <ul class="facets__chips">{tags}</ul>
            </fieldset>
            <fieldset class="facets__group">
                <legend class="facets__legend">{strings.org_label}</legend>
                <p class="facets__rule">{strings.orgs_rule}</p>
                <ul class="facets__chips">{orgs}</ul>
            </fieldset>
            <div class="facets__row">
                <fieldset class="facets__field facets__years">
                    <legend class="facets__legend">{strings.years_label}</legend>
                    {year_select(Bound::From, lang, filter, facets, actions.on_years)}
                    <span aria-hidden="true">"–"</span>
                    {year_select(Bound::To, lang, filter, facets, actions.on_years)}
                </fieldset>
                <Show when=move || filter.with(Filter::any_active)>
                    <button
                        type="button"
                        class="facets__clear button button--sunken"
                        on:click=move |_| actions.on_clear.run(None)
                    >
                        {strings.clear_all}
                    </button>
                </Show>
            </div>
        </div>
    }
}

/// Toggle chips for the tags (`Part::Tags`) or the organisations (any other part) with their counts; a value
/// that would give none (and is not chosen) is disabled.
fn chips(
    part: Part,
    lang: Lang,
    filter: Signal<Filter>,
    facets: Signal<FacetCounts>,
    actions: FacetActions,
) -> impl IntoView {
    let tags = part == Part::Tags;
    let (values, class, on_toggle): (&'static [Tag], _, _) = if tags {
        (TIMELINE.tags, "facet-chip facet-chip--tag", actions.on_tag)
    } else {
        (TIMELINE.orgs, "facet-chip facet-chip--org", actions.on_org)
    };
    let pressed =
        move |id: &'static str| filter.with(|f| if tags { &f.tags } else { &f.orgs }.contains(&id));
    let count = move |id: &'static str| {
        facets.with(|f| FacetCounts::of(if tags { &f.tags } else { &f.orgs }, id))
    };
    values
        .iter()
        .map(|t| {
            let empty = move || count(t.id) == 0 && !pressed(t.id);
            view! {
                <li>
                    <button
                        type="button"
                        class=class
                        class:is-empty=empty
                        disabled=empty
                        data-value=t.id
                        aria-pressed=move || pressed(t.id).to_string()
                        on:click=move |_| on_toggle.run(t.id)
                    >
                        {t.label.get(lang)}
                        <span class="facet-chip__count">{move || count(t.id)}</span>
                    </button>
                </li>
            }
        })
        .collect_view()
}

/// One end of the year range; choosing a year moves the other end along if they would cross. Years that would
/// give none are disabled.
fn year_select(
    bound: Bound,
    lang: Lang,
    filter: Signal<Filter>,
    facets: Signal<FacetCounts>,
    on_years: Callback<(Option<u16>, Option<u16>)>,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    let (first, last) = TIMELINE.years();
    let from = bound == Bound::From;
    let name = move || {
        if from {
            strings.year_from
        } else {
            strings.year_to
        }
    };
    let current = move || filter.with(|f| if from { f.from } else { f.to });
    let options = move || {
        let chosen = current();
        (first..=last)
            .map(|y| {
                let n = facets.with(|f| FacetCounts::of(&f.years, y));
                view! {
                    <option value=y.to_string() selected=chosen == Some(y) disabled=n == 0 && chosen != Some(y)>
                        {i18n::with_count(&y.to_string(), n)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label>
            <span class="visually-hidden">{name}</span>
            <select
                class=if from { "facets__year-from" } else { "facets__year-to" }
                on:change=move |ev| {
                    let year = event_target_value(&ev).parse::<u16>().ok();
                    let range = filter.with_untracked(|f| (f.from, f.to));
                    on_years.run(set_year(range, bound, year))
                }
            >
                <option value="" selected=move || current().is_none()>
                    {move || format!("{} · {}", name(), strings.any_year)}
                </option>
                {options}
            </select>
        </label>
    }
}
