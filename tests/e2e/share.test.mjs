// Sharing and installing, read from the built bundle (no browser): the link preview image and the icons are PNGs
// of the right size, each page's Open Graph and Twitter card tags point at the preview (relatively, or absolutely
// in a bundle built with --site-url), the manifest lists the icons, and 404.html links back to the timeline with
// a stylesheet that exists.
//   DIST=dist node --test tests/e2e/share.test.mjs   (DIST defaults to the repository's dist/)
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const dist = resolve(process.env.DIST ?? new URL("../../dist", import.meta.url).pathname);
const read = (file) => readFile(join(dist, file), "utf8");

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(file) {
  const bytes = await readFile(join(dist, file));
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${file} is a PNG`);
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR", `${file} starts with its header`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The `content` of a `<meta>` by property or name (its attributes as render.rs writes them). */
function meta(html, key) {
  const found = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`));
  return found ? found[1].replaceAll("&amp;", "&") : null;
}

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;

/** The bundle's file a page's relative address leads to, or null if it leaves the bundle. */
function fileOf(page, address) {
  const base = new URL(page.replace(/index\.html$/, ""), "http://bundle.test/");
  const url = new URL(address, base);
  return url.origin === base.origin ? decodeURIComponent(url.pathname.slice(1)) : null;
}

const pages = [
  ["index.html", "zh_TW", "en_US"],
  ["en/index.html", "en_US", "zh_TW"],
  ["embed/index.html", "zh_TW", "en_US"],
  ["embed/en/index.html", "en_US", "zh_TW"],
  ["all/index.html", "zh_TW", "en_US"],
  ["en/all/index.html", "en_US", "zh_TW"],
];

describe("share", () => {
  test("the link preview is a 1200×630 PNG", async () => {
    assert.ok(existsSync(join(dist, "preview.png")), `${dist}/preview.png`);
    assert.deepEqual(await pngSize("preview.png"), [1200, 630]);
  });

  test("the icons are square PNGs of their sizes, listed in the manifest", async () => {
    assert.deepEqual(await pngSize("icon-192.png"), [192, 192]);
    assert.deepEqual(await pngSize("icon-512.png"), [512, 512]);
    const manifest = JSON.parse(await read("manifest.webmanifest"));
    const icons = Object.fromEntries(manifest.icons.map((icon) => [icon.sizes, icon]));
    for (const size of [192, 512]) {
      const icon = icons[`${size}x${size}`];
      assert.ok(icon, `manifest lists the ${size} px icon`);
      assert.equal(icon.type, "image/png");
      assert.match(icon.purpose, /\bany\b/);
      assert.match(icon.purpose, /\bmaskable\b/);
      assert.ok(existsSync(join(dist, fileOf("index.html", icon.src))), icon.src);
    }
  });

  for (const [page, locale, alternate] of pages) {
    test(`${page} points at the preview, in its language`, async () => {
      const html = await read(page);
      const head = html.slice(0, html.indexOf("</head>"));
      const image = meta(head, "og:image");
      assert.ok(image, "og:image");
      assert.equal(meta(head, "twitter:image"), image);
      assert.equal(meta(head, "twitter:card"), "summary_large_image");
      assert.equal(meta(head, "og:type"), "website");
      assert.equal(meta(head, "og:locale"), locale);
      assert.equal(meta(head, "og:locale:alternate"), alternate);
      assert.equal(meta(head, "og:image:width"), "1200");
      assert.equal(meta(head, "og:image:height"), "630");
      // The preview's description names the years the milestones span (their data-years on the whole-timeline
      // page, which holds them all).
      const years = [...(await read("all/index.html")).matchAll(/\sdata-years="(\d+) (\d+)"/g)].flatMap((y) => [Number(y[1]), Number(y[2])]);
      assert.ok(years.length > 0, "the page's milestones and their years");
      const span = `${Math.min(...years)}–${Math.max(...years)}`;
      assert.ok(meta(head, "og:image:alt")?.includes(span), `${meta(head, "og:image:alt")} names ${span}`);
      const title = head.match(/<title>([^<]*)<\/title>/)[1];
      assert.equal(meta(head, "og:title"), title.replaceAll("&amp;", "&"));
      assert.equal(meta(head, "twitter:title"), meta(head, "og:title"));
      assert.ok(meta(head, "og:description")?.length > 20);
      assert.equal(meta(head, "twitter:description"), meta(head, "og:description"));
      assert.ok(meta(head, "og:site_name"));
      assert.ok(meta(head, "theme-color"));
      const manifest = head.match(/<link rel="manifest" href="([^"]+)"/);
      assert.ok(manifest, "a manifest link");
      if (/^https?:\/\//.test(image)) {
        // Built with --site-url: absolute addresses, and og:url names the page (not on the static copies).
        assert.match(image, /^https?:\/\/[^/]+\/(.*\/)?preview\.png$/);
        const url = meta(head, "og:url");
        if (page.includes("all/")) assert.equal(url, null);
        else {
          assert.match(url, /^https?:\/\//);
          assert.equal(url, attribute(head.match(/<link rel="canonical"[^>]*>/)[0], "href"));
          assert.equal(new URL("preview.png", image.replace(/preview\.png$/, "")).href, image);
          assert.ok(url.startsWith(image.replace(/preview\.png$/, "")), `${url} under the site`);
        }
      } else {
        assert.equal(meta(head, "og:url"), null, "no og:url without a site address");
        assert.equal(fileOf(page, image), "preview.png", `${image} from ${page}`);
        assert.ok(existsSync(join(dist, fileOf(page, manifest[1]))), manifest[1]);
      }
    });
  }

  test("404.html says so in both languages and links back to both pages", async () => {
    const html = await read("404.html");
    assert.match(html, /<html lang="zh-Hant">/);
    assert.match(html, /找不到/);
    assert.match(html, /<[^>]+ lang="en"[^>]*>[^<]*Page not found/);
    // One inline script (it finds the bundle's root from the address), nothing loaded.
    assert.equal(html.match(/<script/g)?.length, 1, "one script");
    assert.doesNotMatch(html, /<script[^>]*\ssrc=/, "no loaded script");
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.match(policy, /default-src 'none'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
    const links = [...html.matchAll(/<a class="not-found__link" href="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(links.length, 2, "two links back");
    const [zh, en] = links;
    // Absolute (404.html is served at any address): the public path, or the site's address.
    assert.match(zh, /^(https?:\/\/[^/]+)?\/(.*\/)?$/);
    assert.equal(en, `${zh}en/`);
    const root = zh.replace(/^https?:\/\/[^/]+/, "");
    for (const rel of ["stylesheet", "icon"]) {
      const tag = html.match(new RegExp(`<link rel="${rel}"[^>]*>`))?.[0];
      assert.ok(tag, `a ${rel} link`);
      const href = attribute(tag, "href");
      assert.ok(href.startsWith(zh), `${href} under ${zh}`);
      const file = href.slice(zh.length);
      assert.ok(existsSync(join(dist, file)), `${file} exists`);
      assert.match(attribute(tag, "integrity"), /^sha384-/);
    }
    assert.match(attribute(html.match(/<link rel="stylesheet"[^>]*>/)[0], "href"), /\/app-[0-9a-f]+\.css$/);
    // The pages those links lead to (the bundle's root page and en/) exist.
    assert.ok(existsSync(join(dist, "index.html")) && existsSync(join(dist, "en/index.html")));
    // nginx serves it for missing addresses (under the public path, which a --site-url's path should equal).
    const nginx = await read("_nginx.conf");
    if (root === zh) assert.ok(nginx.includes(`error_page 404 ${root}404.html;`), "nginx's error_page");
    else assert.match(nginx, /error_page 404 \S*\/404\.html;/);
  });
});
