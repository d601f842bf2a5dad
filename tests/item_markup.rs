//! A milestone's article as markup (`item_markup`): what it says, in which language, with which links and
//! controls, escaped and well formed.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::item_markup::{article, Article};
use ai_timeline::model::{Lang, Milestone, Source};
use common::{text, BLANK, FIXTURE as T};

mod common;

fn href(id: &'static str) -> String {
    format!("?m={id}")
}

fn write(m: &'static Milestone, lang: Lang, copy: bool) -> String {
    article(
        m,
        &T,
        &Article {
            lang,
            href: &href,
            copy,
        },
    )
}

fn fixture(id: &str) -> &'static Milestone {
    T.milestone(id).expect("a fixture milestone")
}

/// The element names of `markup` opened and closed in order: every element is closed, in the order opened.
fn assert_well_formed(markup: &str) {
    let mut open = Vec::new();
    for tag in markup.split('<').skip(1) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        match tag.starts_with('/') {
            true => assert_eq!(open.pop().as_deref(), Some(name.as_str()), "in {markup}"),
            false => open.push(name),
        }
    }
    assert!(open.is_empty(), "left open: {open:?} in {markup}");
}

#[test]
fn every_article_is_well_formed_in_both_languages() {
    for m in T.milestones {
        for lang in Lang::ALL {
            let markup = write(m, lang, true);
            assert_well_formed(&markup);
            assert!(markup.starts_with(&format!(
                r#"<article class="milestone__body" aria-labelledby="m-{}-title">"#,
                m.id
            )));
            assert!(markup.contains(&format!(
                r#"<h4 class="milestone__title" id="m-{}-title">"#,
                m.id
            )));
        }
    }
}

#[test]
fn an_article_says_its_facts_in_the_page_language() {
    let en = write(fixture("nets"), Lang::En, true);
    for part in [
        "Deep nets",
        "Krizhevsky, Hinton",
        "A convolutional network won an image contest",
        r#"<time datetime="2012-09-30">30 Sep 2012</time> · competition result"#,
        r#"<span class="milestone__label">Venue</span> NIPS 2012"#,
        r#"<span class="figure__value">15.3%</span><span class="figure__measure">top-5 error</span>"#,
        r#"<li class="chip" data-tag="vision">Vision</li>"#,
    ] {
        assert!(en.contains(part), "{part} not in {en}");
    }
    let zh = write(fixture("nets"), Lang::Zh, true);
    assert!(zh.contains("深度網路") && zh.contains("2012年9月30日") && zh.contains(">視覺</li>"));
    assert!(!zh.contains("Deep nets"));
}

#[test]
fn the_note_year_is_labelled_on_the_notes_milestones_and_added_ones_carry_the_badge() {
    let note = write(fixture("nets"), Lang::En, true);
    assert!(note.contains(r#"<p class="milestone__year"><span class="milestone__year-label">"#));
    assert!(!note.contains("milestone__badge"));
    let added = write(fixture("tricks"), Lang::En, true);
    assert!(added.contains(r#"<p class="milestone__year">2012</p>"#));
    assert!(added.contains(r#"Training tricks<span class="milestone__badge badge" title=""#));
    let span = write(fixture("span"), Lang::En, true);
    assert!(span.contains("2023–2024</p>"));
}

#[test]
fn a_correction_shows_the_notes_words_beside_the_record() {
    let markup = write(fixture("attention"), Lang::En, true);
    let aside = &markup[markup.find("<aside").expect("a correction")..];
    assert!(aside.starts_with(r#"<aside class="correction correction--imprecise">"#));
    let said = aside.find("The note says 2015").expect("the note's words");
    let shown = aside.find("September 2014").expect("the record");
    assert!(said < shown && shown < aside.find("</aside>").unwrap());
    assert!(!write(fixture("nets"), Lang::En, true).contains("<aside"));
}

#[test]
fn estimates_are_marked_and_articles_without_figures_have_no_list() {
    let markup = write(fixture("big-model"), Lang::En, true);
    let estimate = markup.find("~300B").expect("the estimate's value");
    let mark = markup
        .find(r#"<span class="figure__mark">"#)
        .expect("its mark");
    assert!(estimate < mark);
    assert!(!write(fixture("tricks"), Lang::En, true).contains("milestone__figures"));
}

#[test]
fn links_go_both_ways_with_the_addresses_given() {
    let translator = write(fixture("translator"), Lang::En, true);
    assert!(translator.contains(
        r#"<div class="milestone__links milestone__links--builds-on"><span class="milestone__label">"#
    ));
    assert!(translator.contains(
        r#"<a class="milestone-link" href="?m=attention" data-target="attention">Attention<span class="milestone-link__year">2015</span></a>"#
    ));
    let attention = write(fixture("attention"), Lang::En, true);
    assert!(attention.contains("milestone__links--built-on-by"));
    assert!(attention.contains(r#"data-target="translator">Translator<"#));
    assert!(!attention.contains("milestone__links--builds-on"));
    let alone = write(fixture("span"), Lang::En, true);
    assert!(!alone.contains("milestone__links"));
}

#[test]
fn sources_open_in_a_new_tab_said_once_for_all() {
    let markup = write(fixture("tricks"), Lang::En, true);
    assert!(markup.contains(
        r#"<a class="milestone__source-link" href="https://example.org/paper" target="_blank" rel="noopener noreferrer" aria-describedby="new-tab-hint">Example paper</a>"#
    ));
}

#[test]
fn the_copy_button_is_there_only_where_the_app_runs() {
    let button = r#"<button type="button" class="milestone__copy">"#;
    assert!(write(fixture("tricks"), Lang::En, true).contains(button));
    assert!(!write(fixture("tricks"), Lang::En, false).contains("<button"));
}

static HOSTILE: Milestone = Milestone {
    id: "x",
    title: text("<b>粗</b>", r#"A & B <img src=x onerror="alert(1)">"#),
    who: text("<script>", "</p><script>alert(1)</script>"),
    sources: &[Source {
        url: r#"https://example.org/?a=1&b="2""#,
        label: "<i>label</i>",
    }],
    ..BLANK
};

#[test]
fn the_data_is_text_never_markup() {
    let markup = write(&HOSTILE, Lang::En, true);
    assert_well_formed(&markup);
    assert!(!markup.contains("<img") && !markup.contains("<script") && !markup.contains("<i>"));
    assert!(markup.contains("A &amp; B &lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
    assert!(markup.contains(r#"href="https://example.org/?a=1&amp;b=&quot;2&quot;""#));
    assert!(write(&HOSTILE, Lang::Zh, true).contains("&lt;b&gt;粗&lt;/b&gt;"));
}
