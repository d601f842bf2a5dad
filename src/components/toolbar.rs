use leptos::prelude::*;

use super::lang_switch::LangLink;
use super::search_box::SearchBox;
use crate::model::TIMELINE;
use crate::page::Page;
use crate::{dom, i18n};

/// What the bar does when a control is used; each goes to the state machine through `App`.
#[derive(Clone, Copy)]
pub struct ToolbarActions {
    pub on_type: Callback<String>,
    pub on_search: Callback<String>,
    pub on_submit: Callback<String>,
    pub on_clear_search: Callback<()>,
    pub on_era: Callback<Option<&'static str>>,
    pub on_top: Callback<()>,
    /// Down to the charts and trends (rendered first, so the page can hold them in place).
    pub on_later: Callback<()>,
}

/// The bar that stays on screen at every width: search, era, how many milestones show, the filters (a panel
/// that opens below it), the language and a way back to the top.
#[component]
pub fn Toolbar(
    page: Page,
    #[prop(into)] query: Signal<String>,
    #[prop(into)] era: Signal<Option<&'static str>>,
    /// How many milestones each era would show under the other filters.
    #[prop(into)]
    era_counts: Signal<Vec<(&'static str, usize)>>,
    #[prop(into)] shown: Signal<usize>,
    /// How many filter parts are set (shown on the filters button).
    #[prop(into)]
    active: Signal<usize>,
    filters_open: RwSignal<bool>,
    actions: ToolbarActions,
    /// The filters panel.
    children: Children,
) -> impl IntoView {
    let lang = page.lang;
    let strings = i18n::strings(lang);
    let total = TIMELINE.milestones.len();
    let count_of = move |id: &str| {
        era_counts.with(|c| c.iter().find(|(e, _)| *e == id).map_or(0, |(_, n)| *n))
    };
    let era_options = move || {
        TIMELINE
            .eras
            .iter()
            .map(|e| {
                let n = count_of(e.id);
                let chosen = era.get() == Some(e.id);
                view! {
                    <option value=e.id selected=chosen disabled=n == 0 && !chosen>
                        {i18n::with_count(&i18n::era_name(lang, e), n)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="toolbar">
            <div class="toolbar__bar">
                <SearchBox
                    lang=lang
                    query=query
                    on_type=actions.on_type
                    on_search=actions.on_search
                    on_submit=actions.on_submit
                    on_clear=actions.on_clear_search
                />
                <label class="toolbar__era">
                    <span class="visually-hidden">{strings.era_label}</span>
                    <select
                        class="toolbar__era-select"
                        on:change=move |ev| actions.on_era.run(TIMELINE.era(&event_target_value(&ev)).map(|e| e.id))
                    >
                        <option value="" selected=move || era.get().is_none()>{strings.all_eras}</option>
                        {era_options}
                    </select>
                </label>
                <p class="toolbar__count" aria-hidden="true">
                    {move || i18n::short_count(lang, shown.get(), total)}
                </p>
                {(!page.embed).then(|| view! {
                    <a
                        class="toolbar__later"
                        href=dom::fragment(dom::LATER)
                        on:click=move |ev| {
                            ev.prevent_default();
                            actions.on_later.run(());
                        }
                    >
                        {strings.to_later}
                    </a>
                })}
                <button
                    type="button"
                    class="toolbar__filters"
                    id=dom::FILTERS_TOGGLE
                    aria-expanded=move || filters_open.get().to_string()
                    aria-controls=dom::FILTERS
                    on:click=move |_| filters_open.update(|open| *open = !*open)
                >
                    {move || i18n::filters_button(lang, active.get())}
                </button>
                <LangLink page=page />
                <button
                    type="button"
                    class="toolbar__top"
                    aria-label=strings.to_top
                    title=strings.to_top
                    on:click=move |_| actions.on_top.run(())
                >
                    "↑"
                </button>
            </div>
            <div class="toolbar__panel" id=dom::FILTERS hidden=move || !filters_open.get()>
                {children()}
            </div>
        </div>
    }
}
