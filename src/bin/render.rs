//! Renders the published pages at build time with the app's own components, natively (the `ssr` feature): for
//! each page (language, full or embed view) the app's first view goes into trunk's `index.html`, which becomes
//! that page's `index.html`, with its language, title, description, alternates, link-preview (Open Graph and
//! Twitter card) tags, manifest link and relative asset addresses. The browser bundle hydrates this markup
//! instead of rendering it again. Also writes the link preview image and the app icons (render/images.rs) and
//! 404.html (render/not_found.rs). No browser is needed.
//!   cargo run --features ssr --bin render -- dist
//! SITE_URL (e.g. https://example.org/timeline/) makes the pages name their canonical, alternate and preview
//! addresses absolutely; without it they are relative (and there is no og:url). PUBLIC_PATH (default /) is the
//! path the bundle is served under: 404.html, served at any address, links to the pages and its stylesheet
//! under SITE_URL if given, else under it.

#[path = "render/images.rs"]
mod images;
#[path = "render/not_found.rs"]
mod not_found;

use ai_timeline::html::escape;
use ai_timeline::i18n;
use ai_timeline::model::{Lang, TIMELINE};
use ai_timeline::page::Page;
use ai_timeline::preview;
use ai_timeline::App;
use leptos::prelude::*;
use std::{env, fs, path::Path, process};

/// The manifest's theme colour (.ci/hosting.mjs), for the browser's bar.
const THEME: &str = "#1d5fa8";

fn main() {
    let dist = env::args().nth(1).unwrap_or_else(|| "dist".to_string());
    let dist = Path::new(&dist);
    let site = env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    let template = fs::read_to_string(dist.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dist.display())));
    if !template.contains(r#"<div id="app"></div>"#) {
        fail("index.html has no empty <div id=\"app\"></div> to render into (already rendered?)");
    }
    for page in Page::ALL {
        let body = Owner::new().with(|| view! { <App page=page /> }.to_html());
        let html = page_html(&template, page, &body, site.as_deref());
        write(&dist.join(page.path()), &html, &body);
    }
    // The whole record as files next to each language's page (every page's footer links to them).
    for lang in Lang::ALL {
        let dir = dist.join(Page::new(lang, false).path());
        for (name, body) in ai_timeline::export::record_files(&TIMELINE, lang) {
            fs::write(dir.join(name), body).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        }
    }
    // The whole timeline as one static document for readers without JavaScript (the pages above link to it).
    for lang in Lang::ALL {
        let page = Page::new(lang, false);
        let body = Owner::new().with(|| view! { <App page=page complete=true /> }.to_html());
        let html = complete_html(&page_html(&template, page, &body, site.as_deref()));
        write(&dist.join(page.path()).join("all"), &html, &body);
    }
    images::write(dist).unwrap_or_else(|e| fail(&e));
    let public_path = env::var("PUBLIC_PATH").unwrap_or_else(|_| "/".to_string());
    let root = not_found::root(site.as_deref(), &public_path);
    let missing = not_found::html(&template, &root).unwrap_or_else(|e| fail(&e));
    fs::write(dist.join("404.html"), missing).unwrap_or_else(|e| fail(&format!("404.html: {e}")));
    println!("render: {}/404.html (links under {root})", dist.display());
}

fn write(dir: &Path, html: &str, body: &str) {
    fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    fs::write(dir.join("index.html"), html)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    println!(
        "render: {}/index.html ({} KB of markup)",
        dir.display(),
        body.len() / 1024
    );
}

/// A page made into a static document one folder deeper: no scripts (it never hydrates), no alternates, its
/// assets one more `../` away.
fn complete_html(page: &str) -> String {
    let (head, rest) = page
        .split_once("</head>")
        .unwrap_or_else(|| fail("no </head>"));
    let mut head = head.to_string();
    for (open, close) in [
        ("<script", "</script>"),
        ("<link rel=\"modulepreload\"", ">"),
        ("<link rel=\"preload\"", ">"),
        ("<link rel=\"alternate\"", ">"),
        ("<link rel=\"canonical\"", ">"),
        ("<meta property=\"og:url\"", ">"),
    ] {
        while let Some(at) = head.find(open) {
            let end = head[at..]
                .find(close)
                .map_or(head.len(), |e| at + e + close.len());
            head.replace_range(at..end, "");
        }
    }
    let head = deeper(&head.replace(" data-rendered", ""));
    let mut rest = rest.replace(r#"<div id="app">"#, r#"<div id="app" class="is-static">"#);
    // What the template says when the app cannot start: this page is the one it points to.
    for (open, close) in [
        ("<noscript>", "</noscript>"),
        ("<div id=\"boot-failure\"", "</div>"),
    ] {
        let at = rest
            .find(open)
            .unwrap_or_else(|| fail(&format!("no {open} in the template")));
        let end = rest[at..]
            .find(close)
            .map_or(rest.len(), |e| at + e + close.len());
        rest.replace_range(at..end, "");
    }
    format!("{head}</head>{rest}")
}

/// Relative `href`s and `content`s (the preview's address) one folder further away: "./x" -> "../x", "../x" ->
/// "../../x".
fn deeper(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let next = |rest: &str| {
        ["href=\"", "content=\""]
            .iter()
            .filter_map(|attr| rest.find(attr).map(|at| at + attr.len()))
            .min()
    };
    while let Some(at) = next(rest) {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        if let Some(tail) = after.strip_prefix("./") {
            out.push_str("../");
            rest = tail;
        } else {
            if after.starts_with("../") {
                out.push_str("../");
            }
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The template made into one page: its language and view, head in that language, assets relative to its
/// folder, the rendered app in `#app`.
fn page_html(template: &str, page: Page, body: &str, site: Option<&str>) -> String {
    let (head, rest) = template
        .split_once("</head>")
        .unwrap_or_else(|| fail("index.html has no </head>"));
    let lang = page.lang;
    let other = page.in_lang(match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    });
    let title = TIMELINE.meta.title.get(lang);
    let address = |p: Page| match site {
        Some(site) => format!("{}/{}", site.trim_end_matches('/'), p.path()),
        None => page.link_to(p),
    };
    let mut links = vec![
        format!(
            r#"<link rel="alternate" hreflang="zh-Hant" href="{}" />"#,
            address(page.in_lang(Lang::Zh))
        ),
        format!(
            r#"<link rel="alternate" hreflang="en" href="{}" />"#,
            address(page.in_lang(Lang::En))
        ),
        format!(
            r#"<link rel="alternate" hreflang="x-default" href="{}" />"#,
            address(page.in_lang(Lang::Zh))
        ),
    ];
    if site.is_some() {
        links.push(format!(
            r#"<link rel="canonical" href="{}" />"#,
            address(page)
        ));
    }
    if page.embed {
        links.push(r#"<meta name="robots" content="noindex" />"#.to_string());
    }
    links.extend(preview::share_tags(
        &TIMELINE,
        page,
        &description(lang),
        site,
    ));
    // The manifest exists in the bundle only (.ci/hosting.mjs writes it), so only built pages name it.
    links.push(r#"<link rel="manifest" href="./manifest.webmanifest" />"#.to_string());
    links.push(format!(r#"<meta name="theme-color" content="{THEME}" />"#));
    let to_root = page.to_root();
    let head = head
        .replace(
            r#"<html lang="zh-Hant">"#,
            &format!(
                r#"<html lang="{}" data-rendered data-alt="{}"{}>"#,
                lang.tag(),
                page.link_to(other),
                if page.embed { " data-embed" } else { "" }
            ),
        )
        .replace(
            &format!("<title>{}</title>", TIMELINE.meta.title.zh),
            &format!(
                "<title>{}</title>\n    {}",
                escape(title),
                links.join("\n    ")
            ),
        )
        .replace(description_of(template), &escape(&description(lang)))
        .replace("\"./", &format!("\"{to_root}"))
        .replace("'./", &format!("'{to_root}"));
    let rest = rest.replace(
        r#"<div id="app"></div>"#,
        &format!(r#"<div id="app">{body}</div>"#),
    );
    format!("{head}</head>{rest}")
}

/// The template's description (the text between the quotes of its `content`).
fn description_of(template: &str) -> &str {
    let at = template
        .find(r#"name="description""#)
        .unwrap_or_else(|| fail("index.html has no description"));
    let rest = &template[at..];
    let start = rest
        .find("content=\"")
        .map(|i| i + 9)
        .unwrap_or_else(|| fail("description without content"));
    let end = rest[start..]
        .find('"')
        .unwrap_or_else(|| fail("description without content"));
    &rest[start..start + end]
}

/// The page's description in its language.
fn description(lang: Lang) -> String {
    let strings = i18n::strings(lang);
    format!(
        "{} {}",
        TIMELINE.meta.coverage.get(lang),
        strings.footer_source
    )
}

fn fail(message: &str) -> ! {
    eprintln!("error: render: {message}");
    process::exit(1);
}
