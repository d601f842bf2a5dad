//! The DOM ids and hooks the components render and the browser code looks up: written once, here.

/// The search field.
pub const SEARCH: &str = "search";
/// The milestone list's section (skip link target; focus after clearing filters).
pub const LIST: &str = "milestones";
/// The element the app renders into (and hydrates).
pub const APP: &str = "app";
/// The page's main region.
pub const MAIN: &str = "main";
/// The filters panel under the bar.
pub const FILTERS: &str = "filters";
/// The bar's button that opens and closes the filters panel.
pub const FILTERS_TOGGLE: &str = "filters-toggle";

/// Where the charts and trends go, below the list (the bar links to it; they render when the reader is near).
pub const LATER: &str = "later";
/// The bar that stays on screen.
pub const TOOLBAR_CLASS: &str = "toolbar";
/// The message box for confirmations (in the embed view placed under the control last used).
pub const TOAST_CLASS: &str = "toast";
/// The class every milestone item has (keyboard handling asks whether focus is on one).
pub const MILESTONE_CLASS: &str = "milestone";
/// A milestone laid out for real whether or not the browser has found it near the screen yet
/// (`content-visibility: visible`): the results a change of view brings on screen (`browser::scroll`).
pub const ON_SCREEN_CLASS: &str = "milestone--on-screen";
/// The milestones the filters show (the others stay rendered, `hidden`).
pub const SHOWN_MILESTONE: &str = ".milestone:not([hidden])";
/// The texts the search looks in, of the list's shown milestones (each element's first child is the text).
pub const SEARCHED_TEXTS: &str = "#milestones .milestone:not([hidden]) :is(.milestone__title, .milestone__who, .milestone__text, .figure__value, .figure__measure)";
/// An in-page link to a milestone (`MilestoneLink`), found by the page's one delegated listener.
pub const MILESTONE_LINK: &str = "a.milestone-link[data-target]";
/// A milestone's button that copies the link to it, served by the list's one delegated listener.
pub const COPY_LINK_CLASS: &str = "milestone__copy";
/// What the items' source links say they do (open in a new tab), said once for all of them (`aria-describedby`).
pub const NEW_TAB_HINT: &str = "new-tab-hint";
/// The class of the milestone list, for "focus is inside the list".
pub const LIST_CLASS: &str = "milestones";

/// The element of a milestone.
pub fn milestone(id: &str) -> String {
    format!("m-{id}")
}

/// The heading of a milestone (its article is labelled by it).
pub fn milestone_title(id: &str) -> String {
    format!("m-{id}-title")
}

/// The list of an era's milestones.
pub fn era_list(era: &str) -> String {
    format!("list-{era}")
}

/// An era's section in the list, and its heading (which sticks under the bar while its milestones scroll by).
pub const ERA_SECTION: &str = ".milestones__era";
pub const ERA_HEADING: &str = ".milestones__era-heading";

/// The heading of an era's section in the list.
pub fn era_heading(era: &str) -> String {
    format!("era-{era}")
}

/// A fragment link to an element id.
pub fn fragment(id: &str) -> String {
    format!("#{id}")
}

/// A chart's title (its drawing is labelled by it).
pub fn chart_title(chart: &str) -> String {
    format!("{chart}-chart-title")
}

/// The link that stands for a chart's point (the `index`th in date order): it takes focus for the point.
pub fn chart_point(chart: &str, index: usize) -> String {
    format!("{chart}-point-{index}")
}

/// The time axis's year list (the phone layout's preview of a year's milestones).
pub const AXIS_YEAR_LIST: &str = "axis-year-list";
/// The heading of the time axis's year list.
pub const AXIS_YEAR_LIST_HEADING: &str = "axis-year-list-heading";

/// A year's button in the time axis's year grid.
pub fn axis_year(year: u16) -> String {
    format!("axis-year-{year}")
}

/// An era's button above the time axis's year grid.
pub fn axis_era(era: &str) -> String {
    format!("axis-era-{era}")
}

/// A milestone's button in the time axis's year list.
pub fn axis_item(id: &str) -> String {
    format!("axis-item-{id}")
}
