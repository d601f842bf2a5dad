//! What the time axis' layouts share (`TimeAxis` and its marks on wide screens, `YearGrid` and its year lists on
//! phones): the drawing's measures, event handlers of one type, touch detection and the era buttons' wiring.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::axis;
use crate::model::{Era, TIMELINE};

pub(super) const WIDTH: f64 = 1000.0;
pub(super) const BAND_H: f64 = 30.0;
pub(super) const AXIS_Y: f64 = 48.0;
pub(super) const MARKS_Y: f64 = 78.0;
pub(super) const ROW_H: f64 = 15.0;
pub(super) const GAP: f64 = 13.0;
pub(super) const TIP_H: f64 = 24.0;

/// Whether a click came from a finger: the click's own pointer type where the browser gives one, else the type
/// of the last press (`pressed`, taken so that a later click by key is not mistaken for a touch).
pub(super) fn touched(ev: &MouseEvent, pressed: StoredValue<Option<String>>) -> bool {
    let last = pressed.try_update_value(Option::take).flatten();
    match ev.dyn_ref::<PointerEvent>() {
        Some(pointer) => pointer.pointer_type() == "touch",
        None => last.as_deref() == Some("touch"),
    }
}

/// An event handler as a boxed closure: every handler of one event type then shares one type, so the view code
/// for it is generated once rather than once per closure (a smaller bundle).
pub(super) fn handler<E>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// Where focus last moved in a group of controls with one tab stop, and what was chosen then.
pub(super) type Cursor<K> = RwSignal<Option<(usize, Option<K>)>>;

/// A group of controls with one tab stop (the era buttons, the marks, the years, a year's milestones): where
/// focus last moved (set it when an arrow key moves focus) and the control that holds the stop (`axis::tab_stop`:
/// the last one moved to while the choice is unchanged, else the chosen one, else the first). `chosen` gives the
/// current choice and its place among the controls.
pub(super) fn roving_tab_stop<K>(
    chosen: impl Fn() -> (Option<K>, Option<usize>) + Send + Sync + 'static,
) -> (Cursor<K>, Memo<usize>)
where
    K: PartialEq + Clone + Send + Sync + 'static,
{
    let cursor: Cursor<K> = RwSignal::new(None);
    let stop = Memo::new(move |_| {
        let (choice, at) = chosen();
        axis::tab_stop(cursor.get(), choice, at, 0)
    });
    (cursor, stop)
}

/// The era buttons (bands in `TimeAxis`, buttons in `YearGrid`): which is pressed, the one tab stop, choosing
/// (again to let go) and moving between them by arrow keys.
#[derive(Clone, Copy)]
pub(super) struct EraStops {
    selected_era: Signal<Option<&'static str>>,
    on_era: Callback<Option<&'static str>>,
    cursor: Cursor<&'static str>,
    stop: Memo<usize>,
}

impl EraStops {
    pub fn new(
        selected_era: Signal<Option<&'static str>>,
        on_era: Callback<Option<&'static str>>,
    ) -> EraStops {
        let (cursor, stop) = roving_tab_stop(move || {
            let chosen = selected_era.get();
            (
                chosen,
                chosen.and_then(|id| TIMELINE.eras.iter().position(|e| e.id == id)),
            )
        });
        EraStops {
            selected_era,
            on_era,
            cursor,
            stop,
        }
    }

    /// The eras in order, with their places: one control each.
    pub fn each(&self) -> impl Iterator<Item = (usize, &'static Era)> {
        TIMELINE.eras.iter().enumerate()
    }

    /// Whether era `i` is pressed (tracked).
    pub fn pressed(&self, i: usize) -> bool {
        self.selected_era.get() == Some(TIMELINE.eras[i].id)
    }

    /// The tab index of era `i` (tracked).
    pub fn tab_index(&self, i: usize) -> &'static str {
        axis::tab_index(self.stop.get() == i)
    }

    /// Chooses era `i`, or lets it go if it was chosen.
    pub fn choose(&self, i: usize) {
        let id = TIMELINE.eras[i].id;
        let next = (self.selected_era.get_untracked() != Some(id)).then_some(id);
        self.cursor.set(Some((i, next)));
        self.on_era.run(next);
    }

    /// Where an arrow key (Home, End) pressed on era `i` moves focus, in a row of eras: the stop moves there and
    /// the key's default is prevented; the caller focuses it.
    pub fn rove(&self, ev: &KeyboardEvent, i: usize) -> Option<usize> {
        let to = axis::rove(&ev.key(), i, TIMELINE.eras.len(), axis::Layout::Row)?;
        ev.prevent_default();
        self.cursor
            .set(Some((to, self.selected_era.get_untracked())));
        Some(to)
    }
}
