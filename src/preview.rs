//! The link preview: the 1200×630 card social sites and chat apps show for a shared link, as SVG built from a
//! timeline (title in both languages, the years it spans, a band of its eras in their accent colours and a column
//! per era with its milestone count and names), and the Open Graph and Twitter card tags that point at it. Pure:
//! the build-time renderer (`src/bin/render.rs`) rasterises the SVG with the system's Noto Sans CJK and writes
//! the tags into each page's head.

use crate::html::escape;
use crate::model::{year_span, Lang, Timeline};
use crate::page::Page;
use crate::text::{width, wrap_at_most};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The accents of the eras in order, as `--era-1` ... `--era-6` in style/tokens.css (light scheme).
pub const ERA_COLOURS: [&str; 6] = [
    "#1d5fa8", "#6d3fb5", "#a8401b", "#14744f", "#a52063", "#8a5a00",
];
/// The preview's file name in the bundle's root.
pub const FILE: &str = "preview.png";
const FONT: &str = "'Noto Sans CJK TC', 'Noto Sans CJK', sans-serif";
const BG: &str = "#f6f5f1";
const SURFACE: &str = "#ffffff";
const TEXT: &str = "#1c1d21";
const MUTED: &str = "#4e525a";
const BORDER: &str = "#d6d4cc";
const PAD: f64 = 64.0;

/// How many milestones belong to the era `id`.
pub fn count(timeline: &Timeline, id: &str) -> usize {
    timeline.milestones.iter().filter(|m| m.era == id).count()
}

/// The card as an SVG document of [`WIDTH`] × [`HEIGHT`].
pub fn svg(timeline: &Timeline) -> String {
    let (start, end) = timeline.years();
    let all_years = year_span(start, end);
    let inner = WIDTH as f64 - 2.0 * PAD;
    let total = timeline.milestones.len();
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}">
<rect width="{WIDTH}" height="{HEIGHT}" fill="{BG}"/>
<text x="{PAD}" y="88" font-size="26" font-weight="700" letter-spacing="1" fill="{}">{all_years}</text>
<text x="{}" y="88" font-size="22" text-anchor="end" fill="{MUTED}">{total} 個里程碑 · {total} milestones</text>
"#,
        ERA_COLOURS[0],
        WIDTH as f64 - PAD,
    );
    let zh = timeline.meta.title.zh;
    let size = (inner / width(zh, 1.0, true)).clamp(30.0, 56.0);
    text_lines(
        &mut out,
        &wrap_at_most(zh, size, true, inner, 1),
        PAD,
        156.0,
        size,
        0.0,
        "700",
        TEXT,
    );
    let size = (inner / width(timeline.meta.title.en, 1.0, false)).clamp(24.0, 30.0);
    let en = wrap_at_most(timeline.meta.title.en, size, false, inner, 2);
    text_lines(&mut out, &en, PAD, 202.0, size, size * 1.2, "400", MUTED);

    // The band: each era at its years; below it, a column per era (equal widths, so names have room), joined
    // to its part of the band by a faint fan.
    let eras = timeline.eras;
    let span = f64::from(end - start + 1);
    let (band_y, band_h, col_y, gap) = (264.0, 18.0, 326.0, 12.0);
    let col_w = (inner - gap * (eras.len().max(1) - 1) as f64) / eras.len().max(1) as f64;
    let col_h = HEIGHT as f64 - 48.0 - col_y;
    for (i, era) in eras.iter().enumerate() {
        let colour = ERA_COLOURS[i % ERA_COLOURS.len()];
        let x0 = PAD + inner * f64::from(era.start - start) / span;
        let x1 = PAD + inner * f64::from(era.end + 1 - start) / span;
        let cx = PAD + i as f64 * (col_w + gap);
        let n = count(timeline, era.id);
        // The count, and its label beside it (smaller for long numbers, so the label stays in the column).
        let ns = ((col_w - 32.0 - 78.0) / width(&n.to_string(), 1.0, true)).clamp(18.0, 46.0);
        out.push_str(&format!(
            r#"<g class="era" data-era="{id}" data-count="{n}">
<rect class="band" x="{bx:.1}" y="{band_y}" width="{bw:.1}" height="{band_h}" rx="4" fill="{colour}"/>
<path d="M{bx:.1} {fy}H{bx1:.1}L{cx1:.1} {col_y}H{cx:.1}Z" fill="{colour}" fill-opacity="0.12"/>
<rect x="{cx:.1}" y="{col_y}" width="{col_w:.1}" height="{col_h}" rx="12" fill="{SURFACE}" stroke="{BORDER}"/>
<rect x="{cx:.1}" y="{col_y}" width="{col_w:.1}" height="6" rx="3" fill="{colour}"/>
<text class="count" x="{tx:.1}" y="{cy}" font-size="{ns:.1}" font-weight="700" fill="{colour}">{n}</text>
<text x="{lx:.1}" y="{ly1}" font-size="13" fill="{MUTED}">里程碑</text>
<text x="{lx:.1}" y="{ly2}" font-size="13" fill="{MUTED}">milestones</text>
<text x="{tx:.1}" y="{sy}" font-size="17" font-weight="700" fill="{MUTED}">{years}</text>
"#,
            id = escape(era.id),
            bx = x0 + 1.5,
            bw = (x1 - x0 - 3.0).max(2.0),
            bx1 = x1 - 1.5,
            fy = band_y + band_h,
            cx1 = cx + col_w,
            tx = cx + 16.0,
            cy = col_y + 60.0,
            lx = cx + 16.0 + width(&n.to_string(), ns, true) + 8.0,
            ly1 = col_y + 41.0,
            ly2 = col_y + 58.0,
            sy = col_y + 90.0,
            years = era.span(),
        ));
        let room = col_w - 30.0;
        let zh = wrap_at_most(era.title.zh, 19.0, true, room, 2);
        let zh_y = col_y + 122.0;
        text_lines(&mut out, &zh, cx + 16.0, zh_y, 19.0, 25.0, "700", TEXT);
        let en_y = zh_y + 25.0 * zh.len() as f64 + 4.0;
        let en = wrap_at_most(era.title.en, 15.0, false, room, 3);
        text_lines(&mut out, &en, cx + 16.0, en_y, 15.0, 19.0, "400", MUTED);
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// Lines of text from a baseline, `step` apart.
#[allow(clippy::too_many_arguments)]
fn text_lines(
    out: &mut String,
    lines: &[String],
    x: f64,
    y: f64,
    size: f64,
    step: f64,
    weight: &str,
    fill: &str,
) {
    for (i, line) in lines.iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="{x:.1}" y="{:.1}" font-size="{size:.1}" font-weight="{weight}" fill="{fill}">{}</text>
"#,
            y + step * i as f64,
            escape(line)
        ));
    }
}

/// What the preview shows, in words (`og:image:alt`).
pub fn alt(timeline: &Timeline, lang: Lang) -> String {
    let (start, end) = timeline.years();
    let span = year_span(start, end);
    let (eras, total) = (timeline.eras.len(), timeline.milestones.len());
    let title = timeline.meta.title.get(lang);
    match lang {
        Lang::Zh => format!("{title}：{span}年，{eras}個時期、{total}個里程碑"),
        Lang::En => format!("{title}: {eras} eras and {total} milestones, {span}"),
    }
}

/// The Open Graph and Twitter card tags of `page`: the preview's address is absolute under `site` (social sites
/// need that), else relative to the page; `og:url` only with a site.
pub fn share_tags(
    timeline: &Timeline,
    page: Page,
    description: &str,
    site: Option<&str>,
) -> Vec<String> {
    let lang = page.lang;
    let title = timeline.meta.title.get(lang);
    let (locale, other) = match lang {
        Lang::Zh => ("zh_TW", "en_US"),
        Lang::En => ("en_US", "zh_TW"),
    };
    let image = match site {
        Some(site) => format!("{}/{FILE}", site.trim_end_matches('/')),
        None => format!("{}{FILE}", page.to_root()),
    };
    let mut tags = vec![
        ("og:type", "website".to_string()),
        ("og:site_name", title.to_string()),
        ("og:title", title.to_string()),
        ("og:description", description.to_string()),
        ("og:locale", locale.to_string()),
        ("og:locale:alternate", other.to_string()),
        ("og:image", image.clone()),
        ("og:image:width", WIDTH.to_string()),
        ("og:image:height", HEIGHT.to_string()),
        ("og:image:alt", alt(timeline, lang)),
    ];
    if let Some(site) = site {
        let url = format!("{}/{}", site.trim_end_matches('/'), page.path());
        tags.push(("og:url", url));
    }
    let mut out: Vec<String> = tags
        .into_iter()
        .map(|(k, v)| format!(r#"<meta property="{k}" content="{}" />"#, escape(&v)))
        .collect();
    for (k, v) in [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", title),
        ("twitter:description", description),
        ("twitter:image", &image),
    ] {
        out.push(format!(r#"<meta name="{k}" content="{}" />"#, escape(v)));
    }
    out
}
