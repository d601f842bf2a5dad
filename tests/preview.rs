//! The link preview: the card's SVG (size, a band and a column per era with its count, escaped text, lines that
//! fit) and the Open Graph and Twitter card tags of each page, relative or under a site's address.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use ai_timeline::model::{Lang, Meta, Timeline};
use ai_timeline::page::Page;
use ai_timeline::preview::{share_tags, svg, ERA_COLOURS, HEIGHT, WIDTH};
use common::{text, FIXTURE};

/// The fixture with markup-like characters in its title and era names.
static TRICKY: Timeline = Timeline {
    meta: Meta {
        title: text("研究與開發 <R&D>", "R&D <\"tricky\"> timeline"),
        ..FIXTURE.meta
    },
    eras: &[
        ai_timeline::model::Era {
            title: text("早期 & <初期>", "Early & <\"first\">"),
            ..FIXTURE.eras[0]
        },
        ai_timeline::model::Era {
            title: text("中期", "Middle"),
            ..FIXTURE.eras[1]
        },
    ],
    ..FIXTURE
};

/// The `<g class="era" ...>` groups of a card: (era id, count, the group's markup).
fn groups(card: &str) -> Vec<(String, usize, String)> {
    card.split(r#"<g class="era" data-era=""#)
        .skip(1)
        .map(|rest| {
            let (id, rest) = rest.split_once('"').expect("era id");
            let count = rest
                .split_once(r#"data-count=""#)
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(n, _)| n.parse().expect("a number"))
                .expect("data-count");
            let body = rest.split_once("</g>").expect("closed group").0;
            (id.to_string(), count, body.to_string())
        })
        .collect()
}

#[test]
fn the_card_is_1200_by_630() {
    let card = svg(&FIXTURE);
    assert_eq!((WIDTH, HEIGHT), (1200, 630));
    assert!(card.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630""#));
    assert!(card.trim_end().ends_with("</svg>"));
    assert!(card.contains("Noto Sans CJK TC"));
}

#[test]
fn the_card_shows_the_title_years_and_total() {
    let card = svg(&FIXTURE);
    assert!(card.contains(">測試時間軸</text>"));
    assert!(card.contains(">Test timeline</text>"));
    assert!(card.contains(">2010–2025</text>"));
    let total = FIXTURE.milestones.len();
    assert!(card.contains(&format!("{total} 個里程碑 · {total} milestones")));
}

#[test]
fn one_band_per_era_with_its_count_and_colour() {
    let card = svg(&FIXTURE);
    let groups = groups(&card);
    let ids: Vec<&str> = groups.iter().map(|(id, _, _)| id.as_str()).collect();
    let eras: Vec<&str> = FIXTURE.eras.iter().map(|e| e.id).collect();
    assert_eq!(ids, eras);
    assert_eq!(card.matches(r#"class="band""#).count(), FIXTURE.eras.len());
    for (i, (id, count, body)) in groups.iter().enumerate() {
        let era = FIXTURE.era(id).expect("an era of the fixture");
        let expected = FIXTURE.milestones.iter().filter(|m| m.era == *id).count();
        assert_eq!(*count, expected, "{id}");
        assert!(
            body.contains(&format!(">{expected}</text>")),
            "{id}: count shown"
        );
        assert!(
            body.contains(&format!(r#"fill="{}""#, ERA_COLOURS[i])),
            "{id}: its colour"
        );
        assert!(
            body.contains(&format!(">{}</text>", era.span())),
            "{id}: its years"
        );
        assert!(
            body.contains(&format!(">{}</text>", era.title.en)),
            "{id}: its name"
        );
    }
    let counted: usize = groups.iter().map(|(_, n, _)| n).sum();
    assert_eq!(counted, FIXTURE.milestones.len());
}

#[test]
fn bands_follow_the_years() {
    let card = svg(&FIXTURE);
    let xs: Vec<f32> = card
        .split(r#"class="band" x=""#)
        .skip(1)
        .map(|r| r.split_once('"').unwrap().0.parse().unwrap())
        .collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
    assert!(xs[0] >= 64.0 && xs[xs.len() - 1] < 1136.0);
}

#[test]
fn text_is_escaped() {
    let card = svg(&TRICKY);
    assert!(card.contains("研究與開發 &lt;R&amp;D&gt;"));
    assert!(card.contains("R&amp;D &lt;&quot;tricky&quot;&gt; timeline"));
    assert!(card.contains("早期 &amp; &lt;初期&gt;"));
    assert!(!card.contains("<R&D>") && !card.contains("<初期>") && !card.contains("& <"));
    assert_eq!(groups(&card).len(), 2);
}

#[test]
fn the_era_colours_are_the_apps() {
    let tokens = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/tokens.css"));
    let light = tokens.split("@media").next().unwrap();
    for (i, colour) in ERA_COLOURS.iter().enumerate() {
        assert!(
            light.contains(&format!("--era-{}: {colour};", i + 1)),
            "--era-{}",
            i + 1
        );
    }
}

fn tag<'a>(tags: &'a [String], key: &str) -> Option<&'a str> {
    let open = format!(r#"="{key}" content=""#);
    tags.iter()
        .find_map(|t| t.split_once(&open))
        .map(|(_, rest)| rest.split_once('"').unwrap().0)
}

#[test]
fn pages_point_at_the_preview_relatively_without_a_site() {
    for (page, image, locale, other) in [
        (
            Page::new(Lang::Zh, false),
            "./preview.png",
            "zh_TW",
            "en_US",
        ),
        (
            Page::new(Lang::En, false),
            "../preview.png",
            "en_US",
            "zh_TW",
        ),
        (
            Page::new(Lang::En, true),
            "../../preview.png",
            "en_US",
            "zh_TW",
        ),
    ] {
        let tags = share_tags(&FIXTURE, page, "About", None);
        assert_eq!(tag(&tags, "og:image"), Some(image));
        assert_eq!(tag(&tags, "twitter:image"), Some(image));
        assert_eq!(tag(&tags, "og:locale"), Some(locale));
        assert_eq!(tag(&tags, "og:locale:alternate"), Some(other));
        assert_eq!(tag(&tags, "og:url"), None);
        assert_eq!(tag(&tags, "og:type"), Some("website"));
        assert_eq!(tag(&tags, "og:image:width"), Some("1200"));
        assert_eq!(tag(&tags, "og:image:height"), Some("630"));
        assert_eq!(tag(&tags, "twitter:card"), Some("summary_large_image"));
        assert_eq!(
            tag(&tags, "og:title"),
            Some(FIXTURE.meta.title.get(page.lang))
        );
        assert_eq!(
            tag(&tags, "twitter:title"),
            Some(FIXTURE.meta.title.get(page.lang))
        );
        assert_eq!(tag(&tags, "og:description"), Some("About"));
        assert_eq!(tag(&tags, "twitter:description"), Some("About"));
        assert!(tag(&tags, "og:image:alt").is_some_and(|a| a.contains("2010–2025")));
        assert!(tag(&tags, "og:site_name").is_some());
    }
}

#[test]
fn pages_point_at_the_preview_absolutely_under_a_site() {
    for site in [
        "https://example.org/timeline/",
        "https://example.org/timeline",
    ] {
        let tags = share_tags(&FIXTURE, Page::new(Lang::En, false), "About", Some(site));
        let image = "https://example.org/timeline/preview.png";
        assert_eq!(tag(&tags, "og:image"), Some(image));
        assert_eq!(tag(&tags, "twitter:image"), Some(image));
        assert_eq!(
            tag(&tags, "og:url"),
            Some("https://example.org/timeline/en/")
        );
        let tags = share_tags(&FIXTURE, Page::new(Lang::Zh, false), "About", Some(site));
        assert_eq!(tag(&tags, "og:url"), Some("https://example.org/timeline/"));
    }
}

#[test]
fn tag_values_are_escaped() {
    let tags = share_tags(
        &TRICKY,
        Page::new(Lang::En, false),
        "Say \"hi\" & <go>",
        None,
    );
    assert_eq!(
        tag(&tags, "og:description"),
        Some("Say &quot;hi&quot; &amp; &lt;go&gt;")
    );
    assert_eq!(
        tag(&tags, "og:title"),
        Some("R&amp;D &lt;&quot;tricky&quot;&gt; timeline")
    );
    assert!(tags
        .iter()
        .all(|t| t.starts_with("<meta ") && t.ends_with(" />")));
}
