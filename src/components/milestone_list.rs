use std::collections::HashSet;

use leptos::prelude::*;

use super::apart::Apart;
use super::data_download::DataDownload;
use super::embed_code::EmbedCode;
use super::list_window::ListWindow;
use super::milestone_item::MilestoneItem;
use super::shown::Shown;
use crate::facets::best_part_to_clear;
use crate::filter::{Filter, Part};
use crate::format::coord;
use crate::model::{Lang, Milestone, TIMELINE};
use crate::{browser, dom, i18n};

/// The filtered milestones in date order, in one section per era, with a live count, the "only the note"
/// switch and the data downloads. It renders `window.groups` (what has been rendered so far, see
/// `progress::rendered`) and hides the items and eras the filters leave out of `visible`. A long list renders only what is near the screen (`window`), with space
/// standing in for the rest; it is measured on scroll, resize and whenever the list changes size.
#[component]
pub fn MilestoneList(
    shown: Shown,
    #[prop(into)] filter: Signal<Filter>,
    window: ListWindow,
    on_only_note: Callback<bool>,
    on_clear: Callback<Option<Part>>,
    /// Prints the view (everything rendered first).
    on_print: Callback<()>,
    /// The full view: offers the view's link, downloads and the code to embed it (the embed view does not).
    #[prop(optional)]
    full: bool,
) -> impl IntoView {
    let (lang, visible, shown_ids) = (shown.lang, shown.visible, shown.ids);
    let selected = shown.selected;
    let query = Memo::new(move |_| filter.with(|f| f.search.query().clone()));
    let hint = Memo::new(move |_| {
        visible
            .with(Vec::is_empty)
            .then(|| filter.with(|f| best_part_to_clear(f, &TIMELINE)))
            .flatten()
    });
    // Which milestones the filters show, and which eras hold one: rendered items and eras outside them are hidden.
    let shown_eras = Memo::new(move |_| {
        visible.with(|v| v.iter().map(|m| m.era).collect::<HashSet<&'static str>>())
    });
    let section = NodeRef::<leptos::html::Section>::new();
    section.on_load(move |element| {
        if let Some(observer) = crate::browser::observe_size(&element, move || window.measure()) {
            on_cleanup(move || observer.disconnect());
        }
    });
    if cfg!(target_arch = "wasm32") {
        let on_scroll = window_event_listener(leptos::ev::scroll, move |_| window.measure());
        let on_resize = window_event_listener(leptos::ev::resize, move |_| window.measure());
        on_cleanup(move || {
            on_scroll.remove();
            on_resize.remove();
        });
    }
    // The rendered items' state follows the view here, one effect each for what is shown and what is selected
    // (items take theirs when they are built). Each run sets every rendered item's `hidden` to what the view says:
    // an item whose attribute is already right is not touched (no mutation), and an item built before a change
    // that came ahead of the effect's first run is set right too.
    Effect::new(move |_| {
        shown_ids.with(|now| {
            for id in window.rendered_ids() {
                browser::set_hidden(&dom::milestone(id), !now.contains(id));
            }
        })
    });
    let built_with = selected.get_untracked();
    Effect::new(move |before: Option<Option<&'static str>>| {
        let now = selected.get();
        let before = before.unwrap_or(built_with);
        if before != now {
            for (id, on) in [(before, false), (now, true)] {
                if let Some(id) = id {
                    browser::set_class(&dom::milestone(id), "is-selected", on);
                }
            }
        }
        now
    });
    // The search's hits, marked over the shown items' texts (`browser::mark_search`, once per frame): again when
    // the search changes, or what is shown or rendered. No item's DOM changes.
    Effect::new(move |_| {
        shown_ids.track();
        window.track_rendered();
        query.with(browser::mark_search);
    });
    let total = TIMELINE.milestones.len();
    let strings = i18n::strings(lang);
    let nav = expect_context::<crate::nav::Nav>();
    // The items' copy buttons (in their articles' markup, `item_markup`), served by one listener for all.
    let copy_link = move |ev: leptos::ev::MouseEvent| {
        let id =
            browser::closest_data_within(&ev, &format!(".{}", dom::COPY_LINK_CLASS), "data-id");
        if let Some(m) = id.and_then(|id| TIMELINE.milestone(&id)) {
            nav.copy_link.run(m.id);
        }
    };
    view! {
        <section
            class="milestones"
            id=dom::LIST
            aria-labelledby="milestones-heading"
            tabindex="-1"
            class:is-windowed=move || window.is_windowed()
            node_ref=section
            on:click=copy_link
        >
            <div class="milestones__head">
                <h2 class="milestones__heading" id="milestones-heading">
                    {strings.milestones_heading}
                </h2>
                <p class="milestones__count" role="status">
                    {move || i18n::result_count(lang, visible.with(Vec::len), total)}
                </p>
            </div>
            // The switch, the view's link, downloads and embedding need the app: not on the static page (its
            // footer links to the record's files).
            {(!nav.is_static()).then(|| view! {
                <div class="milestones__tools section-head">
                    <label class="switch">
                        <input
                            type="checkbox"
                            class="switch__input milestones__only-note"
                            prop:checked=move || filter.with(|f| f.only_note)
                            on:change=move |ev| on_only_note.run(event_target_checked(&ev))
                        />
                        <span class="switch__label">
                            {strings.only_note}
                            " ("
                            {TIMELINE.note_count()}
                            ")"
                        </span>
                    </label>
                    {full.then(|| view! {
                        <button
                            type="button"
                            class="milestones__view-link button"
                            on:click=move |_| nav.copy_view_link.run(())
                        >
                            {strings.copy_view_link}
                        </button>
                        <button type="button" class="milestones__print button" on:click=move |_| on_print.run(())>
                            {strings.print}
                        </button>
                        <DataDownload lang=lang visible=visible />
                        <EmbedCode lang=lang />
                    })}
                </div>
            })}
            <ul class="milestones__legend">
                <li><span class="milestones__legend-mark">{strings.note_year}</span>{strings.legend_note}</li>
                <li><span class="badge">{strings.added_badge}</span>{strings.legend_added}</li>
            </ul>
            // Said once, for every source link (an element of its own in each link made the items a twentieth
            // slower to lay out).
            <span id=dom::NEW_TAB_HINT hidden>{strings.new_tab}</span>
            <Show when=move || visible.with(Vec::is_empty)>
                <div class="empty-state">
                    <p>{strings.empty_title}</p>
                    {move || {
                        hint.get()
                            .map(|(part, n)| {
                                view! {
                                    <button
                                        type="button"
                                        class="empty-state__action button"
                                        on:click=move |_| on_clear.run(Some(part))
                                    >
                                        {i18n::clear_part_offer(lang, part, n)}
                                    </button>
                                }
                            })
                    }}
                </div>
            </Show>
            // The era lists (with the milestones of the first view) are hydrated in a task of their own.
            <Apart class="milestones__eras" render=move || era_lists(lang, window, shown_eras, shown).into_any() />
        </section>
    }
}

/// The list of each era the list has rendered so far, each showing its slice of the milestones (all of them but on
/// a long timeline), hidden when the filters leave none of its milestones.
fn era_lists(
    lang: Lang,
    window: ListWindow,
    shown_eras: Memo<HashSet<&'static str>>,
    shown: Shown,
) -> impl IntoView {
    let (groups, selected, shown_ids) = (window.groups, shown.selected, shown.ids);
    view! {
        <For each=move || groups.get() key=|group| group.era.id let:group>
            {
                let id = group.era.id;
                let all = Memo::new(move |_| {
                    groups.with(|gs| {
                        gs.iter()
                            .find(|g| g.era.id == id)
                            .map(|g| g.milestones.clone())
                            .unwrap_or_default()
                    })
                });
                let slice = Memo::new(move |_| window.slice(id, all.with(Vec::len)));
                let items = Memo::new(move |_| {
                    let s = slice.get();
                    all.with(|all| all[s.start.min(all.len())..s.end.min(all.len())].to_vec())
                });
                let space = move |px: f64| (px > 0.0).then(|| format!("{}px", coord(px)));
                let era = group.era;
                let era_shown = Memo::new(move |_| shown_eras.with(|s| s.contains(id)));
                view! {
                    <section
                        class="milestones__era"
                        aria-labelledby=dom::era_heading(id)
                        hidden=move || !era_shown.get()
                    >
                        <h3 class="milestones__era-heading" id=dom::era_heading(id)>
                            {i18n::era_heading(lang, era.period.get(lang), era.title.get(lang))}
                            <span class="milestones__era-years">{era.span()}</span>
                        </h3>
                        <ol
                            class="milestones__list"
                            id=dom::era_list(id)
                            style:padding-top=move || space(slice.get().before)
                            style:padding-bottom=move || space(slice.get().after)
                        >
                            <For each=move || items.get() key=|m: &&'static Milestone| m.id let:milestone>
                                <MilestoneItem
                                    milestone=milestone
                                    lang=lang
                                    selected=selected.get_untracked() == Some(milestone.id)
                                    shown=shown_ids.with_untracked(|s| s.contains(milestone.id))
                                />
                            </For>
                        </ol>
                    </section>
                }
            }
        </For>
    }
}
