use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;

use super::data_table::DataTable;
use crate::chart::{step_point, Table};
use crate::i18n::{self, Strings};
use crate::model::{Lang, Milestone, TIMELINE};
use crate::nav::Nav;
use crate::{browser, dom};

/// The page's two charts: what tells them apart in the frame (strings, ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    Scaling,
    Imagenet,
}

impl Chart {
    /// The chart's short name, for DOM ids.
    pub fn key(self) -> &'static str {
        match self {
            Chart::Scaling => "scaling",
            Chart::Imagenet => "imagenet",
        }
    }

    fn title(self, s: &Strings) -> &'static str {
        match self {
            Chart::Scaling => s.scaling_title,
            Chart::Imagenet => s.imagenet_title,
        }
    }

    fn caption(self, s: &Strings) -> &'static str {
        match self {
            Chart::Scaling => s.scaling_caption,
            Chart::Imagenet => s.imagenet_caption,
        }
    }
}

/// What every chart has around its drawing: title, caption, the drawing (`children`; a container for the
/// widths it is laid out at), and the data as a table behind a toggle.
#[component]
pub fn ChartFrame(
    lang: Lang,
    chart: Chart,
    #[prop(into)] table: Signal<Table>,
    children: Children,
) -> impl IntoView {
    let strings = i18n::strings(lang);
    view! {
        <figure class=format!("chart chart--{}", chart.key())>
            <figcaption class="chart__title" id=dom::chart_title(chart.key())>
                {move || chart.title(strings)}
            </figcaption>
            <p class="chart__caption section-hint">{move || chart.caption(strings)}</p>
            <div class="chart__drawing">{children()}</div>
            <DataTable
                summary=strings.show_table
                caption=Signal::derive(move || chart.title(strings).to_string())
                table=table
            />
        </figure>
    }
}

/// A chart's points and what the reader does with them: which one holds the chart's one tab stop, which
/// shows its tooltip (hovered by a mouse, focused, or tapped once), which the filters hide (dimmed), and
/// choosing one (a click, Enter or Space, a second tap) jumps to its milestone.
#[derive(Clone, Copy)]
pub struct Points {
    chart: Chart,
    milestones: StoredValue<Vec<&'static Milestone>>,
    nav: Nav,
    stop: RwSignal<usize>,
    hovered: RwSignal<Option<usize>>,
    focused: RwSignal<Option<usize>>,
    tapped: RwSignal<Option<usize>>,
    /// A touch has just gone down on this point: which, and whether its tooltip showed already.
    touch: StoredValue<Option<(usize, bool)>>,
    dimmed: Memo<Vec<bool>>,
}

impl Points {
    /// The points of `chart`, one per entry of `milestones` (in the order arrow keys move in).
    pub fn new(chart: Chart, milestones: Vec<&'static Milestone>) -> Points {
        let nav = expect_context::<Nav>();
        let milestones = StoredValue::new(milestones);
        let dimmed = Memo::new(move |_| {
            nav.view.with(|view| {
                milestones.with_value(|all| {
                    all.iter()
                        .map(|m| !view.filter.matches(m, &TIMELINE))
                        .collect()
                })
            })
        });
        Points {
            chart,
            milestones,
            nav,
            stop: RwSignal::new(0),
            hovered: RwSignal::new(None),
            focused: RwSignal::new(None),
            tapped: RwSignal::new(None),
            touch: StoredValue::new(None),
            dimmed,
        }
    }

    fn milestone(&self, i: usize) -> &'static Milestone {
        self.milestones.with_value(|all| all[i])
    }

    /// The point whose tooltip shows.
    pub fn shown(&self) -> Option<usize> {
        self.hovered
            .get()
            .or_else(|| self.focused.get())
            .or_else(|| self.tapped.get())
    }

    /// Whether point `i` shows because it was tapped (its tooltip then says a second tap opens it).
    pub fn tapped(&self, i: usize) -> bool {
        self.tapped.get() == Some(i) && self.hovered.get().is_none()
    }

    pub fn is_focused(&self, i: usize) -> bool {
        self.focused.get() == Some(i)
    }

    pub fn is_dimmed(&self, i: usize) -> bool {
        self.dimmed.with(|d| d.get(i).copied().unwrap_or(false))
    }

    /// The element that takes focus for point `i`.
    pub fn dom_id(&self, i: usize) -> String {
        dom::chart_point(self.chart.key(), i)
    }

    /// The link to point `i`'s milestone.
    pub fn href(&self, i: usize) -> String {
        let lang = self.nav.view.with(|v| v.lang);
        self.nav.milestone_href(lang, self.milestone(i).id)
    }

    /// A mouse over point `i` shows it (touch and pen show on tap).
    pub fn enter(&self, i: usize, ev: &PointerEvent) {
        if ev.pointer_type() == "mouse" {
            self.hovered.set(Some(i));
        }
    }

    pub fn leave(&self, i: usize) {
        if self.hovered.get_untracked() == Some(i) {
            self.hovered.set(None);
        }
    }

    /// A press on point `i`: a touch is remembered for the click that follows (the first tap shows, the second
    /// follows). It does not reach the drawing, which closes a tapped tooltip.
    pub fn press(&self, i: usize, ev: &PointerEvent) {
        ev.stop_propagation();
        let shown = self
            .hovered
            .get_untracked()
            .or(self.focused.get_untracked())
            .or(self.tapped.get_untracked());
        self.touch
            .set_value((ev.pointer_type() != "mouse").then_some((i, shown == Some(i))));
    }

    /// A click (or Enter) on point `i`: a first tap shows it; anything else follows it. A click with a modifier
    /// is left to the browser (the link opens in a new tab or window).
    pub fn choose(&self, i: usize, ev: &MouseEvent) {
        let touch = self.touch.get_value();
        self.touch.set_value(None);
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        self.stop.set(i);
        match touch {
            Some((at, false)) if at == i => self.tapped.set(Some(i)),
            _ => self.follow(i),
        }
    }

    /// Goes to point `i`'s milestone.
    pub fn follow(&self, i: usize) {
        self.tapped.set(None);
        self.hovered.set(None);
        self.nav.jump.run(self.milestone(i).id);
    }

    /// Keys on the focused point `i`: arrows, Home and End move (in date order), Space follows (Enter clicks the
    /// link), Escape closes the tooltip.
    pub fn key(&self, i: usize, ev: &KeyboardEvent) {
        let key = ev.key();
        let len = self.milestones.with_value(Vec::len);
        if key == " " {
            ev.prevent_default();
            self.follow(i);
        } else if key == "Escape" {
            self.hovered.set(None);
            self.focused.set(None);
            self.tapped.set(None);
        } else if let Some(next) = step_point(&key, i, len) {
            ev.prevent_default();
            self.stop.set(next);
            browser::focus_element(&self.dom_id(next));
        }
    }

    pub fn focus(&self, i: usize) {
        self.stop.set(i);
        self.focused.set(Some(i));
    }

    pub fn blur(&self, i: usize) {
        if self.focused.get_untracked() == Some(i) {
            self.focused.set(None);
        }
    }

    /// A press elsewhere in the drawing closes a tapped tooltip.
    pub fn dismiss(&self) {
        self.tapped.set(None);
    }
}

/// The link that stands for point `index` of a chart: the chart's one tab stop when it is the current point,
/// a real `href` to the milestone, and the keys, focus, pointer and click handling of [`Points`].
#[component]
pub fn PointLink(
    points: Points,
    index: usize,
    #[prop(into, optional)] class: String,
    children: Children,
) -> impl IntoView {
    let i = index;
    view! {
        <a
            class=class
            class:is-dimmed=move || points.is_dimmed(i)
            class:is-shown=move || points.shown() == Some(i)
            id=points.dom_id(i)
            href=move || points.href(i)
            tabindex=move || if points.stop.get() == i { "0" } else { "-1" }
            on:focus=move |_| points.focus(i)
            on:blur=move |_| points.blur(i)
            on:keydown=move |ev| points.key(i, &ev)
            on:pointerenter=move |ev| points.enter(i, &ev)
            on:pointerleave=move |_| points.leave(i)
            on:pointerdown=move |ev| points.press(i, &ev)
            on:click=move |ev| points.choose(i, &ev)
        >
            {children()}
        </a>
    }
}
