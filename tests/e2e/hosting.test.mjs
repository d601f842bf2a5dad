// End-to-end on a real web server: the release bundle (DIST) served from /timeline/ by Debian's nginx with the
// server block the bundle ships (dist/_nginx.conf, see nginx.mjs), checked with plain HTTP requests (types,
// precompressed encodings, security and caching headers, 404s, and the shipped _headers file declaring the same
// as nginx sends) and in Chromium (hydration, era, search, links with state, the language switch, framing, and
// copying links on a plain-http origin, where there is no clipboard API).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, get as httpGet } from "node:http";
import { readdirSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { dist, startHarness } from "./harness.mjs";
import { startNginx } from "./nginx.mjs";
import { address, catalog, hits } from "./catalog.mjs";

const PREFIX = "/timeline/";
// A host name that resolves to the loopback but, unlike localhost and 127.0.0.1, is not a secure context.
const PLAIN_HOST = "timeline.test";

let nginx, harness, base, browser, data, policy;

before(async () => {
  nginx = await startNginx(dist, { prefix: PREFIX });
  harness = await startHarness(dist, {
    base: nginx.url,
    args: [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`],
  });
  ({ base, browser } = harness);
  policy = (await readFile(join(dist, "csp.txt"), "utf8")).trim();
  data = await catalog(harness);
});

after(async () => {
  await harness?.close();
  await nginx?.stop();
});

// ---------------------------------------------------------------------------------------------------------------
// The bundle's files.

/** Every file of the bundle (forward slashes, relative to DIST), without the precompressed copies. */
function bundleFiles(dir = dist) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? bundleFiles(join(dir, e.name)) : [relative(dist, join(dir, e.name))]))
    .map((f) => f.split("\\").join("/"))
    .filter((f) => !/\.(gz|br)$/.test(f))
    .sort();
}
const files = bundleFiles();
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  assert.equal(found.length, 1, `exactly one ${what} in ${dist}: ${found.join(", ")}`);
  return found[0];
};
const HASH = "-[0-9a-f]{8,16}";
const js = one(new RegExp(`^[^/]+${HASH}\\.js$`), "hashed .js");
const wasm = one(new RegExp(`^[^/]+${HASH}_bg\\.wasm$`), "_bg.wasm");
const css = one(new RegExp(`^[^/]+${HASH}\\.css$`), "hashed .css");
const favicon = one(new RegExp(`^favicon${HASH}\\.svg$`), "favicon .svg");
const hashed = files.filter((f) => new RegExp(`${HASH}(_bg)?\\.\\w+$`).test(f));
const html = files.filter((f) => f.endsWith(".html"));
const has404 = files.includes("404.html");

const JS = /^(text|application)\/javascript; charset=utf-8$/i;
/** What is checked for each kind of file: its address (under the prefix), its file, type and caching. */
const kinds = [
  { url: "", file: "index.html", type: /^text\/html; charset=utf-8$/i, cache: "page" },
  { url: "en/", file: "en/index.html", type: /^text\/html; charset=utf-8$/i, cache: "page" },
  { url: js, file: js, type: JS, cache: "immutable" },
  { url: wasm, file: wasm, type: /^application\/wasm$/i, cache: "immutable" },
  { url: css, file: css, type: /^text\/css; charset=utf-8$/i, cache: "immutable" },
  { url: favicon, file: favicon, type: /^image\/svg\+xml(; charset=utf-8)?$/i, cache: "immutable" },
  {
    url: "manifest.webmanifest",
    file: "manifest.webmanifest",
    type: /^application\/manifest\+json(; charset=utf-8)?$/i,
    cache: "revalidate",
  },
  { url: "sw.js", file: "sw.js", type: JS, cache: "revalidate" },
];

// ---------------------------------------------------------------------------------------------------------------
// Plain HTTP: node's http, so nothing is added or decoded behind the test's back.

/** GETs `path` (under the prefix) from nginx; `encoding` is the Accept-Encoding sent (none if undefined). */
function get(path, { encoding, host } = {}) {
  const headers = {};
  if (encoding !== undefined) headers["accept-encoding"] = encoding;
  if (host) headers.host = host;
  return new Promise((ok, fail) => {
    httpGet(`http://127.0.0.1:${nginx.port}${path.startsWith("/") ? path : PREFIX + path}`, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on("error", fail);
    }).on("error", fail);
  });
}

/** The body as sent, decoded by its Content-Encoding. */
function decoded({ headers, raw }) {
  const encoding = headers["content-encoding"] ?? "identity";
  if (encoding === "br") return brotliDecompressSync(raw);
  if (encoding === "gzip") return gunzipSync(raw);
  assert.equal(encoding, "identity", `unexpected Content-Encoding ${encoding}`);
  return raw;
}

const pagePolicy = (embed) => `${policy}; frame-ancestors ${embed ? "*" : "'none'"}`;
const YEAR = 365 * 24 * 3600;

/** Referrer-Policy and nosniff, which every response carries. */
function assertCommon(res, what) {
  assert.equal(res.headers["referrer-policy"], "no-referrer", `Referrer-Policy of ${what}`);
  assert.equal(res.headers["x-content-type-options"], "nosniff", `X-Content-Type-Options of ${what}`);
}

function assertCaching(res, kind, what) {
  const cache = res.headers["cache-control"] ?? "";
  const directives = cache.split(",").map((d) => d.trim().toLowerCase());
  if (kind === "immutable") {
    assert.ok(directives.includes("immutable"), `${what}: Cache-Control "${cache}" is immutable`);
    const maxAge = Number(directives.find((d) => d.startsWith("max-age="))?.slice(8));
    assert.ok(maxAge >= YEAR, `${what}: Cache-Control "${cache}" has max-age of a year or more`);
    assert.ok(!directives.includes("no-cache") && !directives.includes("no-store"), `${what}: "${cache}"`);
  } else {
    assert.ok(directives.includes("no-cache"), `${what}: Cache-Control "${cache}" revalidates (no-cache)`);
    assert.ok(!directives.includes("immutable"), `${what}: Cache-Control "${cache}" is not immutable`);
  }
}

describe("nginx serves the bundle's files", () => {
  for (const { url, file, type, cache } of kinds) {
    const what = PREFIX + url;
    test(`${what}: type, encodings, body, headers`, async () => {
      const original = await readFile(join(dist, file));
      for (const [accept, expected] of [
        ["gzip, deflate, br", "br"],
        ["br", "br"],
        ["gzip", "gzip"],
        ["identity", undefined],
        [undefined, undefined],
      ]) {
        const asked = `${what} with Accept-Encoding ${accept ?? "(none)"}`;
        const res = await get(url, { encoding: accept });
        assert.equal(res.status, 200, asked);
        assert.match(res.headers["content-type"] ?? "", type, `Content-Type of ${asked}`);
        assert.equal(res.headers["content-encoding"], expected, `Content-Encoding of ${asked}`);
        assert.match(res.headers.vary ?? "", /accept-encoding/i, `Vary of ${asked}`);
        assert.ok(decoded(res).equals(original), `the decoded body of ${asked} is ${file}`);
        // Precompressed at build time: the bytes sent are the bundle's own .br / .gz copy.
        if (expected === "br" || expected === "gzip") {
          const copy = await readFile(join(dist, `${file}.${expected === "br" ? "br" : "gz"}`));
          assert.ok(res.raw.equals(copy), `${asked}: the bundle's precompressed ${file}.${expected === "br" ? "br" : "gz"}`);
        }
        assertCommon(res, asked);
        assertCaching(res, cache, asked);
        if (file.endsWith(".html")) {
          assert.equal(res.headers["content-security-policy"], pagePolicy(false), `CSP of ${asked}`);
        }
      }
    });
  }

  test("every page has the build's policy; only the embed view may be framed", async () => {
    const pages = html.flatMap((f) => (f.endsWith("index.html") ? [f, f.slice(0, -"index.html".length)] : [f]));
    assert.ok(pages.includes("embed/") && pages.includes("embed/en/"), `embed pages in the bundle: ${pages}`);
    for (const path of pages) {
      const res = await get(path, { encoding: "br, gzip" });
      const what = PREFIX + path;
      assert.equal(res.status, 200, what);
      assert.match(res.headers["content-type"], /^text\/html; charset=utf-8$/i, what);
      assert.equal(res.headers["content-security-policy"], pagePolicy(path.startsWith("embed/")), `CSP of ${what}`);
      assert.equal(res.headers["x-frame-options"], undefined, `no X-Frame-Options on ${what} (CSP decides)`);
      assertCommon(res, what);
      assertCaching(res, "revalidate", what);
      const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
      assert.ok(decoded(res).equals(await readFile(join(dist, file))), `the decoded body of ${what} is ${file}`);
    }
  });

  test("a missing address is a 404 (the bundle's 404 page if it has one); the hosts' files are not served", async () => {
    const page404 = has404 ? await readFile(join(dist, "404.html")) : null;
    for (const path of ["no-such-page", "no/such/page/", "ai-timeline-0000000000000000.js", "_headers", "_nginx.conf"]) {
      for (const accept of ["gzip, deflate, br", undefined]) {
        const res = await get(path, { encoding: accept });
        const what = `${PREFIX}${path} (Accept-Encoding ${accept ?? "(none)"})`;
        assert.equal(res.status, 404, what);
        assertCommon(res, what);
        assert.match(res.headers["content-type"] ?? "", /^text\/html/i, what);
        if (page404) {
          assert.ok(decoded(res).equals(page404), `${what}: the body is the bundle's 404.html`);
          assert.equal(res.headers["content-security-policy"], pagePolicy(false), `CSP of ${what}`);
        }
      }
    }
  });

  test("the 404 works under a sub-path its build was not told: its styles and links are found from the address", async () => {
    const copy = await mkdtemp(join(tmpdir(), "timeline-404-"));
    await cp(dist, copy, { recursive: true });
    // As built without --public-path: its stylesheet, icon and links name the host's root.
    const file = join(copy, "404.html");
    await writeFile(file, (await readFile(file, "utf8")).replaceAll(`"${PREFIX}`, '"/'));
    await rm(`${file}.gz`, { force: true });
    await rm(`${file}.br`, { force: true });
    const host = await startNginx(copy, { prefix: PREFIX });
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const problems = [];
      // The addresses the build wrote (the host's root) fail before the page finds its own: expected here.
      const expected = (text) => /404|Refused to apply style from 'http:\/\/[^/]+\/app-/.test(text);
      tab.on("console", (m) => m.type() === "error" && !expected(m.text()) && problems.push(m.text()));
      tab.on("pageerror", (e) => problems.push(e.message));
      await tab.goto(`${host.url}no/such/page`);
      await tab.waitForFunction(() => getComputedStyle(document.querySelector(".not-found")).maxWidth !== "none");
      const links = await tab
        .locator("a.not-found__link")
        .evaluateAll((all) => all.map((a) => new URL(a.href).pathname));
      assert.deepEqual(links, [PREFIX, `${PREFIX}en/`]);
      await Promise.all([tab.waitForURL(`${host.url}en/`), tab.locator("a.not-found__link").nth(1).click()]);
      assert.equal(await tab.evaluate(() => document.documentElement.lang), "en");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await host.stop();
      await rm(copy, { recursive: true, force: true });
    }
  });

  test("the shipped _headers declares what nginx sends, for every page and file it governs", async () => {
    const rules = parseHeaders(await readFile(join(dist, "_headers"), "utf8"));
    assert.ok(rules.length > 0, "_headers has rules");
    const names = new Set([
      "content-security-policy",
      "cache-control",
      "referrer-policy",
      "x-content-type-options",
      "x-frame-options",
      ...rules.flatMap((r) => r.headers.map(([k]) => k)),
    ]);
    const paths = [
      ...html.flatMap((f) => (f.endsWith("index.html") ? [f.slice(0, -"index.html".length), f] : [f])),
      ...hashed,
      "sw.js",
      "manifest.webmanifest",
    ];
    const drift = [];
    for (const path of paths) {
      const res = await get(path);
      assert.equal(res.status, 200, PREFIX + path);
      const declared = declaredFor(rules, PREFIX + path);
      for (const name of names) {
        const sent = res.headers[name];
        if (sent !== declared[name]) {
          drift.push(`${PREFIX}${path} ${name}: nginx sends ${show(sent)}, _headers declares ${show(declared[name])}`);
        }
      }
    }
    assert.deepEqual(drift, [], `_headers and _nginx.conf disagree:\n${drift.join("\n")}`);
  });
});

const show = (v) => (v === undefined ? "nothing" : JSON.stringify(v.length > 60 ? v.slice(0, 60) + "…" : v));

/** The rules of a Netlify / Cloudflare Pages `_headers` file: [{ path, headers: [[lowercase name, value]] }]. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (/^\s/.test(line)) {
      const header = line.match(/^\s+([^:\s]+):\s*(.*)$/);
      assert.ok(header && rules.length > 0, `a header line of _headers under a path: ${JSON.stringify(line)}`);
      rules.at(-1).headers.push([header[1].toLowerCase(), header[2].trim()]);
    } else {
      rules.push({ path: line.trim(), headers: [] });
    }
  }
  return rules;
}

/** The headers `_headers` gives `path`: every matching rule applies (`*` matches anything, also nothing); a
 *  header given by two rules gets both values, comma-joined, as those hosts do. */
function declaredFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    const pattern = rule.path
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    if (!new RegExp(`^${pattern}$`).test(path)) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium against nginx.

const shownIds = (page) => page.locator(".milestone:not([hidden])").evaluateAll((all) => all.map((m) => m.dataset.id));
const card = (page, era) => page.locator(`.era-card[data-era=${era}]`);
const url = (page) => address(page);
const total = () => data.items.length;
const inEra = (era) => data.ids((m) => m.era === era);
/** Problems (console errors and warnings, page errors, failed requests) the harness recorded since `from`. */
const problemsSince = (from) => harness.problems.slice(from);

describe("the app on nginx", () => {
  test("loads from the sub-path and hydrates, with no CSP violation", async () => {
    const from = harness.problems.length;
    const { context, page } = await harness.open("?lang=en");
    assert.equal((await url(page)).origin + (await url(page)).pathname, `${base}en/`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.ok(total() > 0 && data.eras.length > 1);
    assert.equal((await shownIds(page)).length, total());
    assert.deepEqual(await harness.cspViolations(page), []);
    assert.deepEqual(problemsSince(from), []);
    await context.close();
  });

  test("choosing an era changes the count, and the address records it", async () => {
    const from = harness.problems.length;
    const era = data.eras.find((e) => inEra(e).length > 0 && inEra(e).length < total());
    const { context, page } = await harness.open("?lang=en");
    const before = await page.locator(".milestones__count").textContent();
    await card(page, era).click();
    await page.waitForFunction((era) => new URL(location.href).searchParams.get("era") === era, era);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    assert.notEqual(await page.locator(".milestones__count").textContent(), before);
    assert.match(await page.locator(".milestones__count").textContent(), new RegExp(`\\b${inEra(era).length}\\b`));
    assert.deepEqual(problemsSince(from), []);
    await context.close();
  });

  test("search finds a milestone by its title and marks the hit", async () => {
    const from = harness.problems.length;
    const { context, page } = await harness.open("?lang=en");
    const target = page.locator(".milestone:not([hidden])").last();
    const id = await target.getAttribute("data-id");
    // The title's own text (without the badge a recent milestone has).
    const title = await target.locator(".milestone__title").evaluate((h) =>
      [...h.childNodes].filter((n) => !n.matches?.(".milestone__badge")).map((n) => n.textContent).join("").trim(),
    );
    await page.locator(".search-box__input").fill(title);
    await page.locator(".search-box__input").press("Enter");
    await page.waitForFunction((t) => new URL(location.href).searchParams.get("q") === t, title);
    const ids = await shownIds(page);
    assert.ok(ids.includes(id), `${id} found by "${title}": ${ids}`);
    assert.ok(ids.length < total(), `the search narrows the list (${ids.length} of ${total()})`);
    assert.ok((await hits(page)).some(([at, field]) => at === id && field === "milestone__title"), `${id}'s title marked`);
    assert.deepEqual(problemsSince(from), []);
    await context.close();
  });

  test("a link with ?era= opens that view; a reload keeps it", async () => {
    const from = harness.problems.length;
    const era = data.eras.at(-1);
    const { context, page } = await harness.open(`en/?era=${era}&lang=en`);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    await page.reload();
    await harness.started(page);
    assert.equal((await url(page)).search, `?era=${era}&lang=en`);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.deepEqual(problemsSince(from), []);
    await context.close();
  });

  test("switching language moves to /timeline/en/ and keeps the view, which nginx serves on reload", async () => {
    const from = harness.problems.length;
    const era = data.eras[0];
    const { context, page } = await harness.open(`?era=${era}&lang=zh-Hant`);
    assert.equal((await url(page)).pathname, PREFIX);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    await page.locator(".toolbar .lang-switch").locator("[data-lang=en]").click();
    await page.waitForURL(/lang=en/);
    await harness.started(page);
    assert.equal((await url(page)).pathname, `${PREFIX}en/`);
    assert.equal((await url(page)).searchParams.get("era"), era);
    assert.equal((await url(page)).searchParams.get("lang"), "en");
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    await page.reload();
    await harness.started(page);
    assert.equal((await url(page)).pathname, `${PREFIX}en/`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.deepEqual(problemsSince(from), []);
    await context.close();
  });

  test("another site may frame the embed view, and not the timeline itself", async (t) => {
    // The embedding page, on another origin (another loopback port: a public origin could not frame a loopback
    // one at all, Chromium's local network access checks).
    const embedder = createServer((req, res) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><title>embedder</title>
        <iframe id="embed" src="${base}embed/en/" width="800" height="600"></iframe>
        <iframe id="main" src="${base}en/" width="800" height="600"></iframe>`),
    );
    await new Promise((ok) => embedder.listen(0, "127.0.0.1", ok));
    const context = await browser.newContext({ locale: "en-US" });
    t.after(async () => {
      await context.close();
      embedder.closeAllConnections();
      embedder.close();
    });
    const page = await context.newPage();
    const messages = [];
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => messages.push(`page error: ${e.message}`));
    const blocked = page.waitForEvent("requestfailed", (r) => r.url() === `${base}en/`);
    blocked.catch(() => {}); // awaited below; a failure before that must not leave it unhandled
    await page.goto(`http://127.0.0.1:${embedder.address().port}/`);
    const embed = await (await page.$("#embed")).contentFrame();
    await embed
      .waitForFunction(() => document.documentElement.hasAttribute("data-ready"), null, { timeout: 15000 })
      .catch((e) => assert.fail(`the embed view did not start in the frame (${e.message}):\n${messages.join("\n")}`));
    assert.equal(await embed.evaluate(() => document.documentElement.hasAttribute("data-embed")), true);
    assert.ok((await embed.locator(".milestone:not([hidden])").count()) > 0);
    // The other frame is refused by its frame-ancestors, and Chromium says so.
    assert.equal((await blocked).failure()?.errorText, "net::ERR_BLOCKED_BY_RESPONSE");
    const refusal = (m) => m.startsWith("error: ") && m.includes("frame-ancestors 'none'") && m.includes(new URL(base).origin);
    await page.waitForEvent("console", { predicate: (m) => refusal(`${m.type()}: ${m.text()}`), timeout: 5000 }).catch(() => {});
    assert.ok(messages.some(refusal), `framing ${base}en/ is refused by frame-ancestors:\n${messages.join("\n")}`);
    const main = await (await page.$("#main")).contentFrame();
    assert.equal(await main.evaluate(() => document.documentElement.hasAttribute("data-rendered")), false);
    assert.deepEqual(messages.filter((m) => !refusal(m)), [], "nothing else is reported");
  });
});

describe("copying links on a plain-http (non-secure) origin", () => {
  let context, page, from, origin;
  const field = () => page.locator(".toast__field");
  /** Waits until the toast's field holds `link` (a new message replaces the last), then returns what it holds. */
  const fieldHolds = async (link) => {
    await page
      .waitForFunction(
        (link) => document.querySelector(".toast__field")?.value === link,
        link,
        { timeout: 5000 },
      )
      .catch(() => {});
    return (await field().count()) > 0 ? field().inputValue() : "(no field)";
  };

  before(async () => {
    from = harness.problems.length;
    origin = `http://${PLAIN_HOST}:${nginx.port}`;
    context = await browser.newContext({ locale: "en-US" });
    page = await context.newPage();
    harness.watch(page);
    await page.goto(`${origin}${PREFIX}?lang=en`);
    await harness.started(page);
    await page.waitForSelector(".milestone:not([hidden])");
  });

  after(async () => {
    await context?.close();
  });

  test("the page is not a secure context: no clipboard API", async () => {
    assert.equal(new URL(page.url()).origin, origin);
    assert.equal(new URL(page.url()).pathname, `${PREFIX}en/`);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.evaluate(() => typeof navigator.clipboard), "undefined");
  });

  test("a milestone's copy-link shows its link in a selectable field, announced politely", async () => {
    const toast = page.locator(".toast");
    // The live region is on the page before anything is said in it (so screen readers watch it).
    assert.equal(await toast.getAttribute("aria-live"), "polite");
    assert.equal(await toast.getAttribute("role"), "status");
    const region = await toast.elementHandle();
    assert.equal((await toast.textContent()).trim(), "");

    const id = data.items[1].id;
    await page.locator(`.milestone:not([hidden])[data-id="${id}"] .milestone__copy`).click();
    const link = `${origin}${PREFIX}en/?m=${id}&lang=en`;
    assert.equal(await fieldHolds(link), link);
    assert.equal(await region.evaluate((el) => el.isConnected), true, "the same live region says it");
    assert.match(await toast.textContent(), /The clipboard is not available; copy the link below:/);
    assert.equal(await toast.locator(".toast__field").count(), 1, "the field is in the live region");
    // Selectable: a visible, read-only text field whose whole link is selected when it takes focus.
    assert.ok(await field().isVisible());
    assert.equal(await field().getAttribute("type"), "text");
    assert.equal(await field().evaluate((el) => el.readOnly && !el.disabled), true);
    await field().focus();
    assert.deepEqual(
      await field().evaluate((el) => [el.selectionStart, el.selectionEnd, document.getSelection().toString()]),
      [0, link.length, link],
    );
    assert.deepEqual(problemsSince(from), []);
  });

  test("the view's copy link holds the whole view's address", async () => {
    const era = data.eras.find((e) => inEra(e).length > 0 && inEra(e).length < total());
    await card(page, era).click();
    await page.waitForFunction((era) => new URL(location.href).searchParams.get("era") === era, era);
    const link = page.url();
    assert.equal(link, `${origin}${PREFIX}en/?era=${era}&lang=en`);
    await page.locator(".milestones__view-link").click();
    assert.equal(await fieldHolds(link), link);
    assert.match(await page.locator(".toast").textContent(), /The clipboard is not available; copy the link below:/);
    assert.deepEqual(problemsSince(from), []);
  });

  test("the copied milestone link opens that milestone, selected, on the same server", async () => {
    const id = data.items[1].id;
    const other = await context.newPage();
    harness.watch(other);
    await other.goto(`${origin}${PREFIX}en/?m=${id}&lang=en`);
    await harness.started(other);
    await other.locator(`.milestone:not([hidden])[data-id="${id}"].is-selected`).waitFor();
    assert.deepEqual(problemsSince(from), []);
    await other.close();
  });
});

describe("the whole run", () => {
  test("no console error or warning, page error or failed request", () => {
    assert.deepEqual(harness.problems, []);
  });
});
