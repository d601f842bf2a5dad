//! The page's state machine: every action, how history records it, the selection rule, opening an address and
//! going back to one. On the fixture timeline.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ai_timeline::filter::Part;
use ai_timeline::keys::{command, Command, Key};
use ai_timeline::model::Lang;
use ai_timeline::search::Search;
use ai_timeline::state::{Action, Change, History, Results, State};
use ai_timeline::url_state::{to_query, Notice, Param};
use ai_timeline::view::View;
use common::FIXTURE as T;

fn state() -> State {
    State::new(View::new(Lang::En))
}

fn apply(s: &mut State, action: Action) -> Change {
    s.apply(action, &T)
}

/// A filter change: a new history entry, and the results brought into view.
fn pushed() -> Change {
    Change {
        history: Some(History::Push),
        results: Results::Show,
        ..Change::default()
    }
}

#[test]
fn filter_actions_push_a_history_entry() {
    let mut s = state();
    assert_eq!(apply(&mut s, Action::SelectEra(Some("late"))), pushed());
    assert_eq!(s.view.filter.era, Some("late"));
    assert_eq!(apply(&mut s, Action::SetOnlyNote(true)), pushed());
    assert!(s.view.filter.only_note);
    assert_eq!(apply(&mut s, Action::ToggleTag("language")), pushed());
    assert_eq!(apply(&mut s, Action::ToggleTag("vision")), pushed());
    assert_eq!(s.view.filter.tags, ["language", "vision"]);
    assert_eq!(apply(&mut s, Action::ToggleTag("language")), pushed());
    assert_eq!(s.view.filter.tags, ["vision"]);
    assert_eq!(apply(&mut s, Action::ToggleOrg("lab")), pushed());
    assert_eq!(apply(&mut s, Action::ToggleOrg("corp")), pushed());
    assert_eq!(s.view.filter.orgs, ["lab", "corp"]);
    assert_eq!(apply(&mut s, Action::SetOrgs(vec!["uni"])), pushed());
    assert_eq!(s.view.filter.orgs, ["uni"]);
    assert_eq!(
        apply(&mut s, Action::SetYears(Some(2012), Some(2020))),
        pushed()
    );
    assert_eq!(
        (s.view.filter.from, s.view.filter.to),
        (Some(2012), Some(2020))
    );
}

#[test]
fn only_the_note_leaves_an_era_this_project_added() {
    let mut s = state();
    apply(&mut s, Action::SelectEra(Some("extra")));
    apply(&mut s, Action::SetOnlyNote(true));
    assert_eq!((s.view.filter.era, s.view.filter.only_note), (None, true));
    apply(&mut s, Action::SelectEra(Some("late")));
    apply(&mut s, Action::SetOnlyNote(false));
    apply(&mut s, Action::SetOnlyNote(true));
    assert_eq!(
        s.view.filter.era,
        Some("late"),
        "one of the note's eras stays"
    );
}

#[test]
fn an_action_that_changes_nothing_records_nothing() {
    let mut s = state();
    assert_eq!(apply(&mut s, Action::SelectEra(None)), Change::default());
    assert_eq!(apply(&mut s, Action::Clear(None)), Change::default());
    assert_eq!(
        apply(&mut s, Action::Jump("no-such-milestone")),
        Change::default()
    );
    assert_eq!(s, state());
}

#[test]
fn clearing_takes_one_part_or_all() {
    let mut s = state();
    apply(&mut s, Action::SelectEra(Some("late")));
    apply(&mut s, Action::ToggleTag("language"));
    apply(&mut s, Action::SetYears(Some(2020), None));
    assert_eq!(apply(&mut s, Action::Clear(Some(Part::Tags))), pushed());
    assert!(s.view.filter.tags.is_empty());
    assert_eq!(s.view.filter.era, Some("late"));
    assert_eq!(apply(&mut s, Action::Clear(Some(Part::Years))), pushed());
    assert_eq!((s.view.filter.from, s.view.filter.to), (None, None));
    apply(&mut s, Action::Type("model".into()));
    assert_eq!(apply(&mut s, Action::Clear(None)), pushed());
    assert_eq!(s.view, View::new(Lang::En));
}

#[test]
fn typing_adds_one_entry_per_search() {
    let mut s = state();
    let replaced = Some(History::Replace);
    // The first pause of a search adds an entry; later pauses and the finish update it.
    assert_eq!(
        apply(&mut s, Action::Type("mo".into())).history,
        Some(History::Push)
    );
    assert_eq!(apply(&mut s, Action::Type("mod".into())).history, replaced);
    assert_eq!(
        apply(&mut s, Action::Search("model".into())).history,
        replaced
    );
    assert_eq!(s.view.filter.search, Search::new("model"));
    // The next search starts a new entry, and so does a search finished without a pause.
    assert_eq!(
        apply(&mut s, Action::Type("big".into())).history,
        Some(History::Push)
    );
    assert_eq!(apply(&mut s, Action::Search("big".into())).history, None);
    assert_eq!(
        apply(&mut s, Action::Search("".into())).history,
        Some(History::Push)
    );
    // Another action in between ends the search's entry.
    apply(&mut s, Action::Type("a".into()));
    apply(&mut s, Action::SelectEra(Some("late")));
    assert_eq!(
        apply(&mut s, Action::Type("ab".into())).history,
        Some(History::Push)
    );
}

#[test]
fn keyboard_moves_replace_the_entry() {
    let mut s = state();
    apply(&mut s, Action::SelectEra(Some("middle")));
    let change = apply(&mut s, Action::Step { forward: true });
    assert_eq!(
        (change.history, change.reveal),
        (Some(History::Replace), Some("attention"))
    );
    assert_eq!(
        apply(&mut s, Action::Step { forward: true }).reveal,
        Some("translator")
    );
    // At the end it stays; going back moves.
    assert_eq!(apply(&mut s, Action::Step { forward: true }).history, None);
    assert_eq!(
        apply(&mut s, Action::Step { forward: false }).reveal,
        Some("attention")
    );
    assert_eq!(s.view.selected, Some("attention"));
}

#[test]
fn a_filter_change_that_hides_the_selection_clears_it() {
    for action in [
        Action::SelectEra(Some("early")),
        Action::SetOnlyNote(true),
        Action::Type("hinton".into()),
        Action::Search("hinton".into()),
        Action::ToggleTag("vision"),
        Action::ToggleOrg("uni"),
        Action::SetOrgs(vec!["uni"]),
        Action::SetYears(Some(2010), Some(2014)),
    ] {
        let mut s = state();
        apply(&mut s, Action::Jump("moe"));
        apply(&mut s, action.clone());
        assert_eq!(s.view.selected, None, "{action:?}");
    }
    // A change that keeps it shown keeps it.
    let mut s = state();
    apply(&mut s, Action::Jump("moe"));
    apply(&mut s, Action::ToggleTag("scaling"));
    apply(&mut s, Action::SelectEra(Some("extra")));
    assert_eq!(s.view.selected, Some("moe"));
}

#[test]
fn a_jump_clears_exactly_the_parts_that_hide_its_target() {
    let mut s = state();
    apply(&mut s, Action::SelectEra(Some("middle")));
    apply(&mut s, Action::ToggleOrg("corp"));
    apply(&mut s, Action::Type("model".into()));
    let change = apply(&mut s, Action::Jump("big-model"));
    assert_eq!(change.history, Some(History::Push));
    assert_eq!(change.reveal, Some("big-model"));
    assert_eq!(change.cleared, [Part::Era], "only the era hid it");
    assert_eq!(s.view.filter.orgs, ["corp"]);
    assert_eq!(s.view.filter.search.text(), "model");
    assert_eq!(s.view.selected, Some("big-model"));
    // Two parts that hide it are both cleared; a visible target clears nothing.
    apply(&mut s, Action::SetOnlyNote(true));
    let change = apply(&mut s, Action::Jump("moe"));
    assert_eq!(change.cleared, [Part::Query, Part::Orgs, Part::OnlyNote]);
    assert!(s.view.filter.tags.is_empty());
    assert_eq!(apply(&mut s, Action::Jump("moe")).cleared, []);
}

#[test]
fn an_address_opens_in_its_language_or_the_readers() {
    let en = vec!["en-GB".to_string()];
    let (s, notices) = State::from_address("?era=late&lang=zh-Hant", Some("en"), &en, &T);
    assert_eq!((s.view.lang, s.view.filter.era), (Lang::Zh, Some("late")));
    assert!(notices.is_empty());
    let (s, _) = State::from_address("?era=late", Some("zh-Hant"), &en, &T);
    assert_eq!(s.view.lang, Lang::Zh, "a stored choice first");
    let (s, _) = State::from_address("", None, &en, &T);
    assert_eq!(s.view.lang, Lang::En, "then the browser's");
    let (_, notices) = State::from_address("?era=nope", None, &en, &T);
    assert_eq!(
        notices,
        [Notice {
            key: Param::Era,
            value: "nope".into()
        }]
    );
}

#[test]
fn an_address_selecting_a_hidden_milestone_shows_it() {
    let (mut s, _) = State::from_address("?era=early&tags=vision&m=moe&lang=en", None, &[], &T);
    assert_eq!(s.open(&T), Some("moe"));
    assert_eq!(to_query(&s.view), "?m=moe&lang=en");
    let (mut s, _) = State::from_address("?era=extra&m=moe&lang=en", None, &[], &T);
    assert_eq!(s.open(&T), Some("moe"));
    assert_eq!(s.view.filter.era, Some("extra"));
    let (mut s, _) = State::from_address("?era=extra", None, &[], &T);
    assert_eq!(s.open(&T), None);
}

#[test]
fn a_page_opens_its_address_in_its_own_language_and_shows_what_it_selects() {
    let (s, notices, opened) = State::on_page("?era=extra&m=moe&lang=zh-Hant", Lang::En, &T);
    assert_eq!(s.view.lang, Lang::En, "the page's language, not the link's");
    assert_eq!(
        (s.view.filter.era, s.view.selected),
        (Some("extra"), Some("moe"))
    );
    assert_eq!(opened, Some("moe"));
    assert!(notices.is_empty());
    let (s, _, opened) = State::on_page("?era=early&tags=vision&m=moe", Lang::Zh, &T);
    assert_eq!(opened, Some("moe"));
    assert_eq!(
        to_query(&s.view),
        "?m=moe&lang=zh-Hant",
        "the filters that hid it are left"
    );
    let (s, notices, opened) = State::on_page("?era=nope", Lang::Zh, &T);
    assert_eq!((s.view, opened), (View::new(Lang::Zh), None));
    assert_eq!(notices.len(), 1);
}

#[test]
fn going_back_restores_the_view_but_keeps_the_language() {
    let mut s = state();
    apply(&mut s, Action::Type("mod".into()));
    let (notices, rewrite) = s.restore("?era=middle&lang=zh-Hant", &T);
    assert!(notices.is_empty());
    assert_eq!(s.view.filter.era, Some("middle"));
    assert_eq!(
        s.view.lang,
        Lang::En,
        "the language is a preference, not a step"
    );
    assert_eq!(rewrite.as_deref(), Some("?era=middle&lang=en"));
    let (_, rewrite) = s.restore("?era=late&lang=en", &T);
    assert_eq!(rewrite, None);
    let (notices, _) = s.restore("?era=late&m=gpt-9&lang=en", &T);
    assert_eq!(
        notices,
        [Notice {
            key: Param::Milestone,
            value: "gpt-9".into()
        }]
    );
    // The search typed before going back does not carry on in the restored entry.
    assert_eq!(
        apply(&mut s, Action::Type("x".into())).history,
        Some(History::Push)
    );
}

#[test]
fn keys_do_what_the_help_says_and_nothing_while_it_is_open() {
    assert_eq!(command(Key::Help, false, false), Command::ToggleHelp);
    assert_eq!(command(Key::Help, true, false), Command::ToggleHelp);
    assert_eq!(command(Key::Escape, true, false), Command::CloseHelp);
    assert_eq!(command(Key::Escape, false, false), Command::Pass);
    // Esc closes what is open, the help first.
    assert_eq!(command(Key::Escape, true, true), Command::CloseHelp);
    assert_eq!(command(Key::Escape, false, true), Command::CloseFilters);
    assert_eq!(command(Key::Next, false, true), Command::Step(true));
    assert_eq!(command(Key::Search, false, false), Command::FocusSearch);
    assert_eq!(command(Key::Next, false, false), Command::Step(true));
    assert_eq!(command(Key::Previous, false, false), Command::Step(false));
    assert_eq!(command(Key::Open, false, false), Command::OpenSource);
    for key in [Key::Search, Key::Next, Key::Previous, Key::Open] {
        assert_eq!(command(key, true, false), Command::Pass, "{key:?}");
    }
}

#[test]
fn results_come_into_view_after_a_filter_change_and_when_typing_pauses() {
    let mut s = state();
    assert_eq!(
        apply(&mut s, Action::Type("mod".into())).results,
        Results::Show
    );
    assert_eq!(
        apply(&mut s, Action::Search("model".into())).results,
        Results::Show
    );
    // Enter moves to the first result even when the search did not change.
    assert_eq!(
        apply(&mut s, Action::SubmitSearch("model".into())).results,
        Results::Focus
    );
    assert_eq!(
        apply(&mut s, Action::ClearSearch).results,
        Results::Stay,
        "Esc keeps the place"
    );
    assert_eq!(s.view.filter.search, Search::default());
    assert_eq!(apply(&mut s, Action::Jump("nets")).results, Results::Stay);
    assert_eq!(
        apply(&mut s, Action::Step { forward: true }).results,
        Results::Stay
    );
    assert_eq!(
        apply(&mut s, Action::SelectEra(None)).results,
        Results::Stay,
        "nothing changed"
    );
}

#[test]
fn tags_combine_all_or_any_and_the_mode_needs_tags() {
    let mut s = state();
    assert_eq!(
        apply(&mut s, Action::SetTagsAny(true)),
        Change::default(),
        "no tags: nothing to combine"
    );
    apply(&mut s, Action::ToggleTag("vision"));
    apply(&mut s, Action::ToggleTag("scaling"));
    let all = s.view.filter.apply(&T).len();
    assert_eq!(apply(&mut s, Action::SetTagsAny(true)), pushed());
    let any = s.view.filter.apply(&T);
    assert!(any.len() > all);
    assert!(any
        .iter()
        .all(|m| m.tags.contains(&"vision") || m.tags.contains(&"scaling")));
    // Removing the last tag drops the mode.
    apply(&mut s, Action::ToggleTag("vision"));
    apply(&mut s, Action::ToggleTag("scaling"));
    assert!(!s.view.filter.tags_any);
}

#[test]
fn history_writes_waiting_for_the_paint_keep_their_order_and_fold_replacements() {
    use ai_timeline::state::queue_history;
    let mut pending = Vec::new();
    // A replacement with nothing before it rewrites the current entry.
    queue_history(&mut pending, History::Replace, "?q=g".into());
    assert_eq!(pending, vec![(History::Replace, "?q=g".to_string())]);
    queue_history(&mut pending, History::Replace, "?q=gp".into());
    assert_eq!(pending, vec![(History::Replace, "?q=gp".to_string())]);
    // A new entry is one more write; a replacement after it rewrites that new entry.
    queue_history(&mut pending, History::Push, "?era=a".into());
    queue_history(&mut pending, History::Replace, "?era=a&m=x".into());
    queue_history(&mut pending, History::Push, "?era=b".into());
    assert_eq!(
        pending,
        vec![
            (History::Replace, "?q=gp".to_string()),
            (History::Push, "?era=a&m=x".to_string()),
            (History::Push, "?era=b".to_string()),
        ]
    );
}
