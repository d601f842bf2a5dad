//! The bundle's images, rasterised natively with resvg: the link preview (`preview.png`, drawn by
//! `ai_timeline::preview` from the data, its text set in the system's Noto Sans CJK) and the app icons
//! (`icon-192.png`, `icon-512.png`: the favicon on its own blue, inside the safe zone of a maskable icon).

use ai_timeline::model::TIMELINE;
use ai_timeline::preview;
use resvg::{tiny_skia, usvg};
use std::path::Path;

/// The favicon, as the browser tab shows it.
const FAVICON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/style/favicon.svg"));
/// The icons' sizes in px (the manifest lists every `icon-<N>.png`, see .ci/hosting.mjs).
const ICON_SIZES: [u32; 2] = [192, 512];
/// The favicon's share of an icon's side: its drawing stays inside the central circle of 80% that a maskable
/// icon keeps whatever the mask (its farthest point is 0.42 of its side from the centre: 0.42 × 0.78 < 0.4).
const ICON_SCALE: f32 = 0.78;

/// Writes preview.png and the icons into `dist`.
pub fn write(dist: &Path) -> Result<(), String> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let cjk = fonts
        .faces()
        .flat_map(|face| face.families.iter().map(|(name, _)| name.as_str()))
        .find(|name| *name == "Noto Sans CJK TC" || name.starts_with("Noto Sans CJK"))
        .map(str::to_string);
    let Some(cjk) = cjk else {
        return Err(
            "no Noto Sans CJK font found for the link preview's Chinese text: install the Debian \
                    package fonts-noto-cjk (`apt-get install fonts-noto-cjk`, as .ci/setup does)"
                .to_string(),
        );
    };
    fonts.set_sans_serif_family(cjk);

    let svg = preview::svg(&TIMELINE);
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| format!("preview SVG: {e}"))?;
    let mut card = pixmap(preview::WIDTH, preview::HEIGHT)?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut card.as_mut());
    save(&card, &dist.join(preview::FILE))?;

    let icon = usvg::Tree::from_str(FAVICON, &options).map_err(|e| format!("favicon.svg: {e}"))?;
    let background = background(FAVICON)?;
    for size in ICON_SIZES {
        let mut pixmap = pixmap(size, size)?;
        pixmap.fill(background);
        let side = size as f32 * ICON_SCALE;
        let scale = side / icon.size().width().max(icon.size().height());
        let offset = (size as f32 - side) / 2.0;
        let transform = tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, offset, offset);
        resvg::render(&icon, transform, &mut pixmap.as_mut());
        save(&pixmap, &dist.join(format!("icon-{size}.png")))?;
    }
    Ok(())
}

fn pixmap(width: u32, height: u32) -> Result<tiny_skia::Pixmap, String> {
    tiny_skia::Pixmap::new(width, height).ok_or_else(|| format!("no {width}×{height} pixmap"))
}

fn save(pixmap: &tiny_skia::Pixmap, path: &Path) -> Result<(), String> {
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, &png).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("render: {} ({} KB)", path.display(), png.len() / 1024);
    Ok(())
}

/// The colour of the favicon's square (its first `fill`), which the icons are filled with edge to edge.
fn background(svg: &str) -> Result<tiny_skia::Color, String> {
    let hex = svg
        .split_once("fill=\"#")
        .and_then(|(_, rest)| rest.get(..6))
        .ok_or("favicon.svg: no fill=\"#rrggbb\" for the icons' background")?;
    let channel =
        |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|e| format!("favicon fill: {e}"));
    Ok(tiny_skia::Color::from_rgba8(
        channel(0)?,
        channel(2)?,
        channel(4)?,
        255,
    ))
}
