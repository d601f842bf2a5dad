//! The app mounted in real headless Chromium (wasm-bindgen-test): era cards filter the list, the count and
//! `aria-pressed` follow, the URL records the choice, and the language switch links to the same view in the other language.
//!
//! Run by the test command: `cargo test --target wasm32-unknown-unknown --test browser` with
//! wasm-bindgen-test-runner and ChromeDriver (see .ci/test).
#![cfg(target_arch = "wasm32")]

use ai_timeline::i18n::result_count;
use ai_timeline::model::{Lang, Origin, TIMELINE};
use ai_timeline::page::Page;
use ai_timeline::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app into its own container, with the given query string in the address bar.
async fn mount(query: &str) -> (Element, leptos::mount::UnmountHandle<impl Mountable>) {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query))
        .unwrap();
    let html = document().document_element().unwrap();
    html.remove_attribute("data-ready").unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    // Not a page rendered at build time: the app renders itself in the address's language (as `start` does),
    // then takes up the address.
    let lang = if query.contains("lang=en") {
        Lang::En
    } else {
        Lang::Zh
    };
    let page = Page::new(lang, false);
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <App page=page /> });
    // The rest of the list renders when the browser is idle; the page says when it is all there.
    for _ in 0..250 {
        if html.has_attribute("data-ready") {
            break;
        }
        sleep(20).await;
    }
    assert!(
        html.has_attribute("data-ready"),
        "the app never finished rendering"
    );
    settle().await;
    (root.into(), handle)
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets effects and the renderer run (they are scheduled as microtasks).
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

fn ids(root: &Element) -> Vec<String> {
    // Items the filters leave out stay rendered, hidden.
    all(root, ".milestone:not([hidden])")
        .iter()
        .map(|m| m.get_attribute("data-id").unwrap())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

/// The ids of an era's milestones, from the data.
/// The record's era at `place` (tests read eras from the data, not by name).
fn era(place: usize) -> &'static str {
    TIMELINE.eras[place].id
}

fn era_card(id: &str) -> String {
    format!(".era-card[data-era={id}]")
}

fn era_ids(era: &str) -> Vec<String> {
    TIMELINE
        .milestones
        .iter()
        .filter(|m| m.era == era)
        .map(|m| m.id.to_string())
        .collect()
}

fn total() -> usize {
    TIMELINE.milestones.len()
}

/// The address's query once the app has recorded the view: it writes history in a task after the next frame.
async fn search() -> String {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    sleep(0).await;
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn clicking_an_era_card_filters_the_list() {
    let (root, handle) = mount("?lang=en").await;
    assert_eq!(all(&root, ".era-card").len(), TIMELINE.eras.len());
    assert_eq!(ids(&root).len(), total());
    assert_eq!(
        text(&root, ".milestones__count"),
        result_count(Lang::En, total(), total())
    );

    let (first, second) = (era(2), era(3));
    click(&root, &era_card(first));
    settle().await;
    let shown = era_ids(first);
    assert_eq!(ids(&root), shown);
    assert_eq!(
        text(&root, ".milestones__count"),
        result_count(Lang::En, shown.len(), total())
    );
    let card = one(&root, &era_card(first));
    assert_eq!(card.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(search().await, format!("?era={first}&lang=en"));

    // Another era replaces the choice; pressing the selected card again shows everything.
    click(&root, &era_card(second));
    settle().await;
    assert_eq!(ids(&root), era_ids(second));
    assert_eq!(card.get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&root, &era_card(second));
    settle().await;
    assert_eq!(ids(&root).len(), total());
    assert_eq!(search().await, "?lang=en");
    drop(handle);
}

#[wasm_bindgen_test]
async fn all_eras_in_the_bar_resets_the_filter() {
    let (root, handle) = mount(&format!("?era={}&lang=en", era(4))).await;
    assert_eq!(ids(&root), era_ids(era(4)));
    let select = one(&root, ".toolbar__era-select").unchecked_into::<web_sys::HtmlSelectElement>();
    select.set_value("");
    let change = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&change).unwrap();
    settle().await;
    assert_eq!(ids(&root).len(), total());
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_language_switch_links_to_the_same_view_in_the_other_language() {
    let (start, other) = (era(0), era(3));
    let (root, handle) = mount(&format!("?lang=en&era={start}")).await;
    assert_eq!(text(&root, "h1"), TIMELINE.meta.title.en);
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    let link = |lang: &str| {
        one(&root, &format!(".toolbar .lang-switch [data-lang={lang}]"))
            .get_attribute("href")
            .unwrap()
    };
    // One page holds both languages here (trunk serve): the link names the language in the query.
    assert_eq!(link("zh-Hant"), format!("?era={start}&lang=zh-Hant"));
    assert!(
        root.query_selector(".lang-switch [data-lang=en]")
            .unwrap()
            .is_none(),
        "one switch on screen, to the other language only"
    );
    click(&root, &era_card(other));
    settle().await;
    assert_eq!(
        link("zh-Hant"),
        format!("?era={other}&lang=zh-Hant"),
        "it follows the view"
    );
    drop(handle);
    let (root, handle) = mount(&format!("?lang=zh-Hant&era={start}")).await;
    assert_eq!(text(&root, "h1"), TIMELINE.meta.title.zh);
    assert_eq!(
        text(&root, ".milestones__count"),
        result_count(Lang::Zh, era_ids(start).len(), total())
    );
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-Hant"));
    assert!(
        document().title().contains(TIMELINE.eras[0].title.zh),
        "{}",
        document().title()
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn an_unknown_era_shows_a_notice_and_everything() {
    let (root, handle) = mount("?era=quantum&lang=en").await;
    assert_eq!(ids(&root).len(), total());
    assert!(text(&root, ".notice-bar__box").contains("“quantum”"));
    click(&root, ".notice-bar__dismiss");
    settle().await;
    assert!(root.query_selector(".notice-bar__box").unwrap().is_none());
    drop(handle);
}

#[wasm_bindgen_test]
async fn only_the_note_switch_hides_added_milestones() {
    let (root, handle) = mount("?lang=en").await;
    assert_eq!(ids(&root).len(), total());
    click(&root, ".milestones__only-note");
    settle().await;
    assert_eq!(ids(&root).len(), TIMELINE.note_count());
    let added = TIMELINE
        .milestones
        .iter()
        .find(|m| m.origin == Origin::Added);
    assert!(!ids(&root).contains(&added.unwrap().id.to_string()));
    assert_eq!(search().await, "?only=note&lang=en");
    drop(handle);
}
