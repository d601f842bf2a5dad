//! `404.html`: what static hosts (GitHub Pages, Netlify, Cloudflare Pages, the bundle's nginx block) serve for an
//! address with nothing behind it, in both languages, linking back to the timeline's two pages. Hosts serve it at
//! any path, so its links and assets are absolute: under SITE_URL when given, else under PUBLIC_PATH (default /).
//! A small script finds the bundle's root from the address (the nearest folder holding its manifest) and points
//! them there, so it also works under a sub-path the build was not told; .ci/harden.mjs adds its policy.

use ai_timeline::html::escape;
use ai_timeline::model::TIMELINE;

/// Finds the bundle's root from the address and points the stylesheet, icon and links (`data-path`) there.
const FIND_ROOT: &str = include_str!("not_found.js");

/// The bundle's root as an absolute address with a trailing slash: the site's URL, else the public path.
pub fn root(site: Option<&str>, public_path: &str) -> String {
    match site {
        Some(site) => format!("{}/", site.trim_end_matches('/')),
        None => format!("/{}/", public_path.trim_matches('/')).replace("//", "/"),
    }
}

/// The page, from trunk's `index.html` (its stylesheet and icon links, with their integrity) and the root.
pub fn html(template: &str, root: &str) -> Result<String, String> {
    let link = |rel: &str| -> Result<String, String> {
        let open = format!(r#"<link rel="{rel}""#);
        let at = template
            .find(&open)
            .ok_or_else(|| format!("index.html has no {open}"))?;
        let end = template[at..]
            .find('>')
            .map(|e| at + e + 1)
            .ok_or("unclosed <link>")?;
        let tag = &template[at..end];
        let path = tag
            .split_once(r#"href="./"#)
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(path, _)| path)
            .ok_or_else(|| format!("{open}> has no relative href"))?;
        Ok(tag.replace(
            &format!(r#"href="./{path}""#),
            &format!(
                r#"href="{}{}" data-path="{}""#,
                escape(root),
                escape(path),
                escape(path)
            ),
        ))
    };
    let (stylesheet, icon) = (link("stylesheet")?, link("icon")?);
    let zh_title = escape(TIMELINE.meta.title.zh);
    let en_title = escape(TIMELINE.meta.title.en);
    let zh_page = escape(root);
    let en_page = escape(&format!("{root}en/"));
    Ok(format!(
        r#"<!doctype html>
<html lang="zh-Hant">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <title>找不到這個頁面 · Page not found</title>
    {icon}
    {stylesheet}
  </head>
  <body>
    <main class="not-found">
      <p class="not-found__code" aria-hidden="true">404</p>
      <h1 class="not-found__title">找不到這個頁面 <span lang="en">Page not found</span></h1>
      <div class="not-found__parts">
        <section class="not-found__part">
          <p>這個網址沒有內容：連結可能有誤，或頁面已經移動。</p>
          <p><a class="not-found__link" href="{zh_page}" data-path="">回到時間軸：{zh_title}</a></p>
        </section>
        <section class="not-found__part" lang="en">
          <p>There is nothing at this address: the link may be mistyped, or the page has moved.</p>
          <p><a class="not-found__link" href="{en_page}" data-path="en/">Back to the timeline: {en_title}</a></p>
        </section>
      </div>
    </main>
    <script>{FIND_ROOT}</script>
  </body>
</html>
"#
    ))
}
