//! The records declared from `src/data/shape.rs`: milestones compare by id (memoised lists of them cost one
//! comparison per item), every other record field by field.

mod common;

use ai_timeline::model::*;
use common::{text, BLANK};

const fn milestone(id: &'static str, title: &'static str) -> Milestone {
    Milestone {
        id,
        title: text(title, title),
        ..BLANK
    }
}

#[test]
fn milestones_with_the_same_id_are_the_same_milestone() {
    assert_eq!(milestone("a", "One"), milestone("a", "Another"));
    assert_ne!(milestone("a", "One"), milestone("b", "One"));
}

#[test]
fn other_records_compare_every_field() {
    let tag = |id, en| Tag {
        id,
        label: text("標籤", en),
    };
    assert_eq!(tag("t", "Tag"), tag("t", "Tag"));
    assert_ne!(tag("t", "Tag"), tag("t", "Label"));
    let source = |url| Source {
        url,
        label: "Paper",
    };
    assert_ne!(source("https://a.example"), source("https://b.example"));
}
