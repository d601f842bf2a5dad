//! A chart's points: the state each shows (dimmed by the filters, shown as a tooltip, focused, the tab stop) and
//! what the reader does with them. The points are static markup (`data-i` on the elements that act as a point,
//! `data-for` on those that only dim with it, such as a label); one set of listeners on the drawing reads the
//! point from the event, and one effect writes the classes and tab stop of the points whose state changed.

use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;

use crate::chart::step_point;
use crate::i18n::Strings;
use crate::model::{Milestone, TIMELINE};
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

    pub(super) fn title(self, s: &Strings) -> &'static str {
        match self {
            Chart::Scaling => s.scaling_title,
            Chart::Imagenet => s.imagenet_title,
        }
    }

    pub(super) fn caption(self, s: &Strings) -> &'static str {
        match self {
            Chart::Scaling => s.scaling_caption,
            Chart::Imagenet => s.imagenet_caption,
        }
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

    /// Whether the filters dim point `i` now (untracked: for the markup as it is built; `keep_drawn` keeps it).
    pub fn is_dimmed(&self, i: usize) -> bool {
        self.dimmed
            .with_untracked(|d| d.get(i).copied().unwrap_or(false))
    }

    /// The point that holds the chart's tab stop now (untracked, as `is_dimmed`).
    pub fn stop_now(&self) -> usize {
        self.stop.get_untracked()
    }

    /// The state the points show (tracked).
    fn drawn(&self) -> Drawn {
        Drawn {
            dimmed: self.dimmed.get(),
            shown: self.shown(),
            focused: self.focused.get(),
            hint: self.tapped.get().filter(|&i| self.tapped(i)),
            stop: self.stop.get(),
        }
    }

    /// Keeps the points drawn in `drawing` (its markup built now, from the state as it is) in step with their
    /// state: one effect, which touches only the points whose state changed.
    pub fn keep_drawn(self, drawing: NodeRef<Div>) {
        let built = self.drawn_untracked();
        Effect::new(move |before: Option<Drawn>| {
            let before = before.unwrap_or_else(|| built.clone());
            let Some(root) = drawing.get() else {
                return before;
            };
            let now = self.drawn();
            before.redraw(&now, &root);
            now
        });
    }

    fn drawn_untracked(&self) -> Drawn {
        untrack(|| self.drawn())
    }

    /// The point an event happened in (the element with `data-i` around its target).
    fn at(ev: &web_sys::Event) -> Option<usize> {
        browser::closest_data(ev, "data-i").and_then(|i| i.parse().ok())
    }

    /// The element that takes focus for point `i`.
    pub fn dom_id(&self, i: usize) -> String {
        dom::chart_point(self.chart.key(), i)
    }

    /// The link to point `i`'s milestone.
    pub fn href(&self, i: usize) -> String {
        let lang = self.nav.view.with_untracked(|v| v.lang);
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
        let shown = untrack(|| self.shown());
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
/// a real `href` to the milestone. Static markup: its state is written by [`Points::keep_drawn`], and the drawing's
/// listeners ([`ChartDrawing`]) handle its keys, focus, pointer and clicks.
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
            class:is-dimmed=points.is_dimmed(i)
            id=points.dom_id(i)
            href=points.href(i)
            tabindex=if points.stop_now() == i { "0" } else { "-1" }
            data-i=i
        >
            {children()}
        </a>
    }
}

/// A chart's drawing (`children`: the points' markup), with the one set of listeners for all its points and
/// the effect that keeps their state drawn ([`Points::keep_drawn`]). A press in the drawing off any point and
/// off a tooltip puts a tapped tooltip away; a click on a tooltip (`data-tip`) follows its point.
#[component]
pub fn ChartDrawing(points: Points, children: Children) -> impl IntoView {
    let drawing = NodeRef::<Div>::new();
    points.keep_drawn(drawing);
    // A tooltip that is a target (`data-tip`): a tap on it follows its point.
    let tip_of = |ev: &web_sys::Event| {
        browser::closest_data(ev, "data-tip").and_then(|i| i.parse::<usize>().ok())
    };
    let related = |ev: &web_sys::MouseEvent| {
        browser::related_data(ev, "data-i").and_then(|i| i.parse::<usize>().ok())
    };
    view! {
        <div
            class="chart__drawing"
            node_ref=drawing
            on:pointerover=move |ev: PointerEvent| {
                if let Some(i) = Points::at(&ev).filter(|&i| related(&ev) != Some(i)) {
                    points.enter(i, &ev);
                }
            }
            on:pointerout=move |ev: PointerEvent| {
                if let Some(i) = Points::at(&ev).filter(|&i| related(&ev) != Some(i)) {
                    points.leave(i);
                }
            }
            on:pointerdown=move |ev: PointerEvent| match (tip_of(&ev), Points::at(&ev)) {
                (Some(_), _) => {}
                (None, Some(i)) => points.press(i, &ev),
                (None, None) => points.dismiss(),
            }
            on:click=move |ev: MouseEvent| match (tip_of(&ev), Points::at(&ev)) {
                (Some(i), _) => points.follow(i),
                (None, Some(i)) => points.choose(i, &ev),
                (None, None) => {}
            }
            on:keydown=move |ev: KeyboardEvent| {
                if let Some(i) = Points::at(&ev) {
                    points.key(i, &ev);
                }
            }
            on:focusin=move |ev: FocusEvent| {
                if let Some(i) = Points::at(&ev) {
                    points.focus(i);
                }
            }
            on:focusout=move |ev: FocusEvent| {
                if let Some(i) = Points::at(&ev) {
                    points.blur(i);
                }
            }
        >
            {children()}
        </div>
    }
}

/// The state the points of a chart show, as last written to the DOM.
#[derive(Clone, PartialEq)]
struct Drawn {
    dimmed: Vec<bool>,
    /// The point whose tooltip shows.
    shown: Option<usize>,
    focused: Option<usize>,
    /// The point tapped once (its "tap again" hint shows).
    hint: Option<usize>,
    /// The point holding the chart's tab stop.
    stop: usize,
}

impl Drawn {
    /// Writes to the points in `root` what changed from `self` to `now`.
    fn redraw(&self, now: &Drawn, root: &web_sys::Element) {
        let point = |i: usize| format!("[data-i=\"{i}\"]");
        for (i, (&was, &is)) in self.dimmed.iter().zip(&now.dimmed).enumerate() {
            if was != is {
                let all = format!("{},[data-for=\"{i}\"]", point(i));
                browser::set_class_where(root, &all, "is-dimmed", is);
            }
        }
        let moved = |was: Option<usize>,
                     is: Option<usize>,
                     selector: &dyn Fn(usize) -> String,
                     class: &str| {
            if was != is {
                for (at, on) in [(was, false), (is, true)] {
                    if let Some(i) = at {
                        browser::set_class_where(root, &selector(i), class, on);
                    }
                }
            }
        };
        moved(self.shown, now.shown, &point, "is-shown");
        moved(
            self.focused,
            now.focused,
            &|i| format!("g{}", point(i)),
            "is-focused",
        );
        moved(
            self.hint,
            now.hint,
            &|i| format!("{} .chart__hint", point(i)),
            "is-shown",
        );
        if self.stop != now.stop {
            for (i, index) in [(self.stop, "-1"), (now.stop, "0")] {
                browser::set_attribute_where(root, &format!("a{}", point(i)), "tabindex", index);
            }
        }
    }
}
