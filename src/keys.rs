//! Keyboard shortcuts, as pure decisions: which key does what, and where selection moves. `browser.rs` reads the
//! event; the app acts.

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// `/`: focus the search box.
    Search,
    /// `Esc`: close the help (the search box clears itself).
    Escape,
    /// `j` or `↓` in the list: next milestone.
    Next,
    /// `k` or `↑` in the list: previous milestone.
    Previous,
    /// `Enter` on the selected milestone: open its source.
    Open,
    /// `?`: show or hide the list of keys.
    Help,
}

/// A key press and where focus is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Press {
    /// `KeyboardEvent.key`.
    pub key: String,
    /// Ctrl, Meta or Alt held: never ours.
    pub modified: bool,
    /// Focus is in a text field, select or other control that takes typing.
    pub typing: bool,
    /// Focus is inside the milestone list.
    pub in_list: bool,
    /// Focus is on a milestone itself.
    pub on_milestone: bool,
}

/// Decides what a key press means; `None` leaves it to the browser. Nothing is taken while typing.
pub fn classify(press: &Press) -> Option<Key> {
    if press.modified || press.typing {
        return None;
    }
    match press.key.as_str() {
        "/" => Some(Key::Search),
        "?" => Some(Key::Help),
        "Escape" => Some(Key::Escape),
        "j" | "J" => Some(Key::Next),
        "k" | "K" => Some(Key::Previous),
        "ArrowDown" if press.in_list => Some(Key::Next),
        "ArrowUp" if press.in_list => Some(Key::Previous),
        "Enter" if press.on_milestone => Some(Key::Open),
        _ => None,
    }
}

/// The next (or previous) id after `current` in `ids`; the first (or last) when nothing or something not in
/// the list is selected; stays at the ends.
pub fn step(ids: &[&'static str], current: Option<&str>, forward: bool) -> Option<&'static str> {
    let at = current.and_then(|c| ids.iter().position(|id| *id == c));
    let index = match (at, forward) {
        (None, true) => 0,
        (None, false) => ids.len().checked_sub(1)?,
        (Some(i), true) => (i + 1).min(ids.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    ids.get(index).copied()
}

/// What the page does for a key, given what is open: the help (it takes every key but its own while open) and
/// the filters panel (Esc closes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    ToggleHelp,
    CloseHelp,
    /// Close the filters panel; focus goes back to its button.
    CloseFilters,
    FocusSearch,
    /// Select the next (`true`) or previous milestone.
    Step(bool),
    OpenSource,
    /// Not ours: leave the key to the browser.
    Pass,
}

/// The page's response to a classified key press.
pub fn command(key: Key, help_open: bool, filters_open: bool) -> Command {
    match key {
        Key::Help => Command::ToggleHelp,
        Key::Escape if help_open => Command::CloseHelp,
        _ if help_open => Command::Pass,
        Key::Escape if filters_open => Command::CloseFilters,
        Key::Escape => Command::Pass,
        Key::Search => Command::FocusSearch,
        Key::Next => Command::Step(true),
        Key::Previous => Command::Step(false),
        Key::Open => Command::OpenSource,
    }
}
