//! Keyboard decisions: what each key does, that typing is never interrupted, and where selection moves.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::keys::{classify, step, Key, Press};

fn press(key: &str) -> Press {
    Press {
        key: key.into(),
        ..Press::default()
    }
}

#[test]
fn shortcuts() {
    assert_eq!(classify(&press("/")), Some(Key::Search));
    assert_eq!(classify(&press("?")), Some(Key::Help));
    assert_eq!(classify(&press("Escape")), Some(Key::Escape));
    assert_eq!(classify(&press("j")), Some(Key::Next));
    assert_eq!(classify(&press("k")), Some(Key::Previous));
    assert_eq!(classify(&press("x")), None);
}

#[test]
fn arrows_and_enter_only_where_they_belong() {
    assert_eq!(
        classify(&press("ArrowDown")),
        None,
        "arrows scroll the page outside the list"
    );
    let in_list = Press {
        in_list: true,
        ..press("ArrowDown")
    };
    assert_eq!(classify(&in_list), Some(Key::Next));
    assert_eq!(
        classify(&press("Enter")),
        None,
        "Enter on a button stays the button's"
    );
    let on_milestone = Press {
        in_list: true,
        on_milestone: true,
        ..press("Enter")
    };
    assert_eq!(classify(&on_milestone), Some(Key::Open));
}

#[test]
fn nothing_is_taken_while_typing_or_with_modifiers() {
    for key in ["/", "j", "k", "?", "Escape", "Enter"] {
        let typing = Press {
            typing: true,
            ..press(key)
        };
        assert_eq!(classify(&typing), None, "{key}");
        let modified = Press {
            modified: true,
            ..press(key)
        };
        assert_eq!(classify(&modified), None, "{key}");
    }
}

#[test]
fn selection_steps_and_stops_at_the_ends() {
    let ids = ["a", "b", "c"];
    assert_eq!(step(&ids, None, true), Some("a"));
    assert_eq!(step(&ids, None, false), Some("c"));
    assert_eq!(step(&ids, Some("a"), true), Some("b"));
    assert_eq!(step(&ids, Some("c"), true), Some("c"));
    assert_eq!(step(&ids, Some("a"), false), Some("a"));
    assert_eq!(step(&ids, Some("gone"), true), Some("a"));
    assert_eq!(step(&[], None, true), None);
    assert_eq!(step(&[], Some("a"), false), None);
}
