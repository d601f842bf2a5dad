//! The DOM ids and hooks the components render and the browser code looks up: written once, here.

/// The search field.
pub const SEARCH: &str = "search";
/// The milestone list's section (skip link target; focus after clearing filters).
pub const LIST: &str = "milestones";
/// The page's main region.
pub const MAIN: &str = "main";
/// The class every milestone item has (keyboard handling asks whether focus is on one).
pub const MILESTONE_CLASS: &str = "milestone";
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

/// The heading of an era's section in the list.
pub fn era_heading(era: &str) -> String {
    format!("era-{era}")
}

/// A fragment link to an element id.
pub fn fragment(id: &str) -> String {
    format!("#{id}")
}
