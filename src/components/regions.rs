//! The page's regions, each hydrated on its own in the browser (a task each, so none is long on a slow phone)
//! and rendered together by `App` at build time. All read one `Shell`.

use leptos::prelude::*;

use super::facet_panel::{FacetActions, FacetPanel};
use super::shell::{act, Shell};
use super::toolbar::{Toolbar, ToolbarActions};
use super::{
    charts::Charts, embed_bar::EmbedBar, era_picker::EraPicker, keyboard_help::KeyboardHelp,
    milestone_list::MilestoneList, notice_bar::NoticeBar,
    scaling_chart::prepare as prepare_scaling_chart, site_footer::SiteFooter,
    site_header::SiteHeader, time_axis::TimeAxis, toast::Toast, trends::Trends,
    update_notice::UpdateNotice,
};
use crate::state::Action;
use crate::{browser, dom, i18n};

/// A region: its wrapper's id and what it renders.
pub type Region = (&'static str, fn(Shell) -> AnyView);

/// The regions in the order they hydrate: what the first screen shows first.
pub const HEADER: Region = ("region-header", header);
pub const BAR: Region = ("region-bar", bar);
pub const ERAS: Region = ("region-eras", eras);
pub const AXIS: Region = ("region-axis", axis);
pub const LIST: Region = ("region-list", list);
pub const REST: Region = ("region-rest", rest);
pub const ALL: [Region; 6] = [HEADER, BAR, ERAS, AXIS, LIST, REST];

/// The skip link and the header (or the embed's bar).
fn header(s: Shell) -> AnyView {
    let lang = s.lang;
    let help_open = s.help_open;
    view! {
        <a class="skip-link" href=dom::fragment(dom::LIST)>
            {i18n::strings(lang).skip_to_list}
        </a>
        {match s.page.embed {
            false => view! {
                <SiteHeader page=s.page on_help=Callback::new(move |()| help_open.set(true)) />
            }
                .into_any(),
            true => view! { <EmbedBar lang=lang /> }.into_any(),
        }}
    }
    .into_any()
}

/// The bar that stays on screen, and its filters panel (the static page has neither: they need scripts).
fn bar(s: Shell) -> AnyView {
    if s.nav.is_static() {
        return ().into_any();
    }
    let lang = s.lang;
    let rendering = s.rendering;
    let filter = s.filter;
    let facets = s.facets;
    let visible = s.shown.visible;
    let filters_open = s.filters_open;
    let dispatch = s.dispatch;
    let toolbar = ToolbarActions {
        on_type: act(dispatch, Action::Type),
        on_search: act(dispatch, Action::Search),
        on_submit: act(dispatch, Action::SubmitSearch),
        on_clear_search: s.clear_search,
        on_era: act(dispatch, Action::SelectEra),
        on_top: Callback::new(|()| browser::scroll_to_top()),
        on_later: Callback::new(move |()| {
            // The charts render (all of them: the page must be tall enough to bring them under the bar), then
            // the page goes there and holds them under the bar while the milestones just above take their real
            // heights (they render only near the screen).
            rendering.all_later();
            request_animation_frame(|| {
                browser::hold_place(dom::LATER.to_string(), browser::bar_height())
            });
        }),
    };
    let facet_actions = FacetActions {
        on_tag: act(dispatch, Action::ToggleTag),
        on_tags_any: act(dispatch, Action::SetTagsAny),
        on_org: act(dispatch, Action::ToggleOrg),
        on_years: Callback::new(move |(from, to)| dispatch.run(Action::SetYears(from, to))),
        on_clear: s.clear,
    };
    view! {
        <Toolbar
            page=s.page
            query=s.query_text
            era=s.era
            era_counts=s.era_counts()
            shown=Signal::derive(move || visible.with(Vec::len))
            active=s.active()
            filters_open=filters_open
            actions=toolbar
        >
            // The panel's many values render when it opens.
            <Show when=move || filters_open.get()>
                <FacetPanel lang=lang filter=filter facets=facets actions=facet_actions />
            </Show>
        </Toolbar>
    }
    .into_any()
}

/// Notices and the era cards.
fn eras(s: Shell) -> AnyView {
    let notices = s.notices;
    let filter = s.filter;
    view! {
        <NoticeBar
            lang=s.lang
            notices=notices
            on_dismiss=Callback::new(move |()| {
                notices.set(Vec::new());
                browser::focus_element(dom::MAIN);
            })
        />
        {(!s.page.embed).then(|| view! {
            <EraPicker
                lang=s.lang
                selected=s.era
                only_note=Signal::derive(move || filter.with(|f| f.only_note))
                counts=s.era_counts()
                on_select=act(s.dispatch, Action::SelectEra)
            />
        })}
    }
    .into_any()
}

/// The time axis (a control: not on the static page, where the era cards lead to each era's list).
fn axis(s: Shell) -> AnyView {
    (!s.page.embed && !s.nav.is_static())
        .then(|| {
            view! {
                <TimeAxis
                    shown=s.shown
                    selected_era=s.era
                    on_era=act(s.dispatch, Action::SelectEra)
                    marks=s.marks_shown
                />
            }
        })
        .into_any()
}

/// The milestones, then the charts and trends when the reader comes near them (in an idle moment, never in the
/// way of the list catching up with a scroll) or prints.
fn list(s: Shell) -> AnyView {
    let rendering = s.rendering;
    let embed = s.page.embed;
    let lang = s.lang;
    let later_anchor = NodeRef::<leptos::html::Div>::new();
    later_anchor.on_load(move |anchor| {
        browser::when_near(&anchor, move || {
            // The scaling chart laid out in one idle task, rendered from the next.
            request_idle_callback(move || {
                if !embed {
                    prepare_scaling_chart(lang);
                }
                request_idle_callback(move || rendering.show_later());
            });
        })
    });
    view! {
        <MilestoneList
            shown=s.shown
            filter=s.filter
            window=s.list_window
            on_only_note=act(s.dispatch, Action::SetOnlyNote)
            on_clear=s.clear
            on_print=Callback::new(move |()| {
                // As the browser's own print does (`beforeprint`): everything rendered, then the dialog.
                rendering.everything();
                request_animation_frame(browser::print);
            })
            full=!embed
        />
        <div class="later-anchor" id=dom::LATER node_ref=later_anchor></div>
        <Show when=move || !embed && rendering.later(0)>
            <Charts
                lang=s.lang
                draw=Signal::derive(move || rendering.later(1))
                more=Signal::derive(move || rendering.later(2))
            />
        </Show>
        <Show when=move || !embed && rendering.later(3)>
            <Trends lang=s.lang />
        </Show>
    }
    .into_any()
}

/// The footer and what overlays the page: the toast, the keyboard help, the update notice (none of them on the
/// static page).
fn rest(s: Shell) -> AnyView {
    let toast = s.toast;
    let help_open = s.help_open;
    let footer = (!s.page.embed).then(|| view! { <SiteFooter page=s.page /> });
    if s.nav.is_static() {
        return footer.into_any();
    }
    view! {
        {footer}
        <Toast
            lang=s.lang
            embedded=s.page.embed
            message=toast
            on_close=Callback::new(move |()| toast.set(None))
            on_restore=Callback::new(move |()| {
                toast.set(None);
                browser::history_back();
            })
        />
        <KeyboardHelp lang=s.lang open=help_open on_close=Callback::new(move |()| help_open.set(false)) />
        <UpdateNotice lang=s.lang ready=s.update_ready />
    }
    .into_any()
}
