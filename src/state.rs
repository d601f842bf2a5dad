//! The page's state machine, pure: the view (filters, selection; the language is the page's), the actions that change it, and
//! how each change is recorded in the browser's history. `App` only wires it to the browser.
//!
//! The selection rule: a change of filters that hides the selected milestone clears the selection; following a
//! link to a milestone ([`Action::Jump`]) instead clears the filter parts that hide it, and says which.

use crate::filter::Part;
use crate::model::{Lang, Origin, Timeline};
use crate::search::Search;
use crate::view::View;
use crate::{i18n, keys, url_state};

/// How a change of view is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry: a step back/forward walks through.
    Push,
    /// Update the current entry (typing, keyboard moves).
    Replace,
}

/// Adds a history write to those waiting to be made (`pending`, in order): a replacement rewrites the entry the
/// write before it makes, so it folds into that write; a new entry is one more write.
pub fn queue_history(pending: &mut Vec<(History, String)>, how: History, query: String) {
    match (how, pending.last_mut()) {
        (History::Replace, Some((_, last))) => *last = query,
        _ => pending.push((how, query)),
    }
}

/// What a reader can do to the view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SelectEra(Option<&'static str>),
    SetOnlyNote(bool),
    /// A pause while typing: the search so far. The first pause of a search adds a history entry, later ones
    /// update it.
    Type(String),
    /// A finished search (leaving the field, clearing it): the next typing starts a new entry.
    Search(String),
    /// Enter in the search field: a finished search, and focus moves to the first result.
    SubmitSearch(String),
    /// Esc in the search field: the search is emptied and the reader stays where they are.
    ClearSearch,
    ToggleTag(&'static str),
    /// Whether a milestone needs any of the chosen tags (`true`) or all of them.
    SetTagsAny(bool),
    ToggleOrg(&'static str),
    SetOrgs(Vec<&'static str>),
    SetYears(Option<u16>, Option<u16>),
    /// Clear one part of the filter, or all of them.
    Clear(Option<Part>),
    /// Follow a link to a milestone: select it, clearing the parts of the filter that hide it.
    Jump(&'static str),
    /// Keyboard: select the next (or previous) shown milestone.
    Step {
        forward: bool,
    },
}

/// What applying an action did, for the page to carry out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// How to record the new view; `None` when the view did not change.
    pub history: Option<History>,
    /// A milestone to scroll to and focus.
    pub reveal: Option<&'static str>,
    /// Filter parts a jump cleared to show its target (to tell the reader).
    pub cleared: Vec<Part>,
    /// What the page does with the list of results.
    pub results: Results,
}

/// After a change of filters the results are brought to the reader: into view when the list's start is not on
/// screen (a change made from the bar, the cards, the facets), or with focus on the first (Enter in the search).
/// Typing never moves the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Results {
    #[default]
    Stay,
    Show,
    Focus,
}

/// The view, and whether the current history entry belongs to a search being typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub view: View,
    typing: bool,
}

impl State {
    pub fn new(view: View) -> State {
        State {
            view,
            typing: false,
        }
    }

    /// The state a page's address asks for: its view, in the language it names, else the reader's stored
    /// choice, else the browser's languages (see `i18n::preferred_lang`); and notices for what could not be used.
    pub fn from_address(
        query: &str,
        stored_lang: Option<&str>,
        navigator_languages: &[String],
        timeline: &'static Timeline,
    ) -> (State, Vec<url_state::Notice>) {
        let (url, notices) = url_state::parse(query, timeline);
        let fallback = url
            .lang
            .unwrap_or_else(|| i18n::preferred_lang(stored_lang, navigator_languages));
        (State::new(url.view(fallback)), notices)
    }

    /// The state a published page in `lang` opens at from its address (what the app runs once hydrated): the
    /// address's view in the page's language (a link naming the other language was sent to that language's
    /// page before the first paint), a milestone it selects shown past its filters. Returns the notices for what
    /// could not be used and the milestone to scroll to.
    pub fn on_page(
        query: &str,
        lang: Lang,
        timeline: &'static Timeline,
    ) -> (State, Vec<url_state::Notice>, Option<&'static str>) {
        let (url, notices) = url_state::parse(query, timeline);
        let mut state = State::new(url.view(lang));
        state.view.lang = lang;
        let opened = state.open(timeline);
        (state, notices, opened)
    }

    /// Opening an address that selects a milestone shows it, past any of the address's own filters that hide it
    /// (as following a link would). Returns the milestone to scroll to.
    pub fn open(&mut self, timeline: &Timeline) -> Option<&'static str> {
        let id = self.view.selected?;
        self.apply(Action::Jump(id), timeline).reveal
    }

    /// Applies an action to the view. `timeline` is the one the view is of.
    pub fn apply(&mut self, action: Action, timeline: &Timeline) -> Change {
        let before = self.view.clone();
        let typing = matches!(action, Action::Type(_));
        let results = match action {
            Action::SubmitSearch(_) => Results::Focus,
            // Typing is already debounced: once it pauses, the first result comes into view (the box stays
            // in the bar, focused).
            Action::ClearSearch | Action::Jump(_) | Action::Step { .. } => Results::Stay,
            _ => Results::Show,
        };
        let mut change = Change::default();
        let mut history = History::Push;
        let view = &mut self.view;
        let filter = &mut view.filter;
        match action {
            Action::SelectEra(era) => filter.era = era,
            Action::SetOnlyNote(only) => {
                filter.only_note = only;
                // An era this project added holds none of the note's milestones: leave it.
                let added = filter.era.and_then(|id| timeline.era(id)).map(|e| e.origin);
                if only && added == Some(Origin::Added) {
                    filter.era = None;
                }
            }
            Action::ClearSearch => {
                filter.search = Search::default();
                if self.typing {
                    history = History::Replace;
                }
            }
            Action::Type(text) | Action::Search(text) | Action::SubmitSearch(text) => {
                filter.search = Search::new(&text);
                if self.typing {
                    history = History::Replace;
                }
            }
            Action::ToggleTag(tag) => toggle(&mut filter.tags, tag),
            Action::SetTagsAny(any) => filter.tags_any = any,
            Action::ToggleOrg(org) => toggle(&mut filter.orgs, org),
            Action::SetOrgs(orgs) => filter.orgs = orgs,
            Action::SetYears(from, to) => (filter.from, filter.to) = (from, to),
            Action::Clear(part) => {
                for p in part.map_or(Part::ALL.to_vec(), |p| vec![p]) {
                    filter.clear(p);
                }
            }
            Action::Jump(id) => {
                if let Some(target) = timeline.milestone(id) {
                    change.cleared = filter.hiding(target, timeline);
                    for &part in &change.cleared {
                        filter.clear(part);
                    }
                    view.selected = Some(target.id);
                    change.reveal = Some(target.id);
                }
            }
            Action::Step { forward } => {
                let ids: Vec<&'static str> = filter.apply(timeline).iter().map(|m| m.id).collect();
                if let Some(id) = keys::step(&ids, view.selected, forward) {
                    view.selected = Some(id);
                    change.reveal = Some(id);
                }
                history = History::Replace;
            }
        }
        self.typing = typing;
        self.view.filter = std::mem::take(&mut self.view.filter).normalised();
        // The selection rule: a filter change never leaves a hidden milestone selected.
        if let Some(id) = self.view.selected {
            let shown = timeline
                .milestone(id)
                .is_some_and(|m| self.view.filter.matches(m, timeline));
            if !shown {
                self.view.selected = None;
            }
        }
        let changed = self.view != before;
        if changed {
            change.history = Some(history);
        }
        change.results = match results {
            Results::Show if !changed => Results::Stay,
            other => other,
        };
        change
    }

    /// Back or forward to an address: the view it records, keeping the reader's language (a preference, not a
    /// step). Returns the notices for what in the address could not be used, and the canonical query when the
    /// address must be rewritten (its language differed).
    pub fn restore(
        &mut self,
        query: &str,
        timeline: &'static Timeline,
    ) -> (Vec<url_state::Notice>, Option<String>) {
        let (state, notices) = url_state::parse(query, timeline);
        let lang = self.view.lang;
        self.view = View { lang, ..state.view };
        self.typing = false;
        let rewrite = (state.lang != Some(lang)).then(|| url_state::to_query(&self.view));
        (notices, rewrite)
    }
}

fn toggle(list: &mut Vec<&'static str>, id: &'static str) {
    match list.iter().position(|t| *t == id) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(id),
    }
}
