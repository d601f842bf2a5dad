// The embed view in another site's page: the code the full view's "Embed this view" offers, pasted into a page
// of another origin, shows the compact view of the same state, its height follows the content, and its link
// opens the full timeline with the same view.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { startHarness } from "./harness.mjs";
import { catalog, wordOf } from "./catalog.mjs";

/** A page of another origin (another port) holding `html`. */
function hostPage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>A blog</title><h1>A blog post</h1>${html}<p>After the timeline.</p>`);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/** The embed code the full view offers for `query`. */
async function embedCode(harness, query) {
  const { context, page } = await harness.open(query);
  await page.locator(".embed-code").locator("summary").click();
  // The code is built when the disclosure has opened (its `toggle` event comes a task after the click).
  await page.waitForFunction(() => document.querySelector(".embed-code__field")?.value.includes("<iframe"));
  const snippet = await page.locator(".embed-code__field").inputValue();
  await context.close();
  return snippet;
}

describe("embedding", () => {
  let harness;
  let host;
  // From the page: an era of 3 or more milestones whose first cross-link points out of it, and a word of one of
  // its titles that few titles share (a search that narrows its view).
  let era;
  let word;

  before(async () => {
    harness = await startHarness();
    const cat = await catalog(harness);
    const eraOf = (id) => cat.items.find((m) => m.id === id)?.era;
    era = cat.eras.find((e) => {
      const its = cat.items.filter((m) => m.era === e);
      const linked = its.find((m) => m.links.length);
      return its.length >= 3 && linked && eraOf(linked.links[0]) !== e;
    });
    assert.ok(era, "an era whose first link points out of it");
    const shared = (w) => cat.items.filter((m) => m.title.toLowerCase().includes(w.toLowerCase())).length;
    word = cat.items
      .filter((m) => m.era === era)
      .map((m) => wordOf(m.title))
      .filter(Boolean)
      .sort((a, b) => shared(a) - shared(b))[0];
    assert.ok(word, "a word of a title of the era");
  });
  after(async () => {
    await harness?.close();
    host?.server.close();
  });

  test("the embed code names the embed view of this view, absolutely, with the height script", async () => {
    const snippet = await embedCode(harness, `en/?era=${era}`);
    const src = new URL(snippet.match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
    assert.equal(src.origin + src.pathname, `${harness.base}embed/en/`);
    assert.equal(src.searchParams.get("era"), era);
    assert.match(snippet, /title="[^"]+"/);
    assert.match(snippet, /ai-timeline:height/);
    assert.deepEqual(harness.problems, []);
  });

  test("in another origin's page the view fits its content and links to the full timeline", async () => {
    const snippet = await embedCode(harness, `en/?era=${era}`);
    host = await hostPage(snippet);
    const context = await harness.browser.newContext({ viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(host.url);
    const frameElement = page.locator("iframe[data-ai-timeline]");
    const frame = page.frameLocator("iframe[data-ai-timeline]");
    await frame.locator(".milestone:not([hidden])").first().waitFor();
    const embedded = page.frames().find((f) => f.url().includes("/embed/en/"));
    await embedded.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
    // Compact: no site header, era cards, charts or footer; the bar with search and era is there.
    assert.equal(await frame.locator(".site-header, .eras, .charts, .site-footer").count(), 0);
    assert.equal(await frame.locator(".toolbar__era-select").inputValue(), era);
    await frame.locator(".search-box__input").waitFor();

    // The frame takes its content's height (no scrolling inside the page), and follows it when it changes.
    await page.waitForFunction(() => document.querySelector("iframe[data-ai-timeline]").style.height !== "720px");
    const tall = (await frameElement.boundingBox()).height;
    const content = await embedded.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    assert.ok(Math.abs(tall - content) <= 2, `frame ${tall} px, content ${content} px`);
    await frame.locator(".search-box__input").fill(word);
    await page.waitForFunction((h) => document.querySelector("iframe[data-ai-timeline]").getBoundingClientRect().height < h - 50, tall);

    // Its link opens the full timeline (a new tab) with the same view.
    const link = frame.locator(".embed-bar__full");
    assert.equal(await link.getAttribute("target"), "_blank");
    const [full] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await full.waitForLoadState();
    const url = new URL(full.url());
    assert.equal(url.pathname, new URL(`${harness.base}en/`).pathname);
    assert.equal(url.searchParams.get("q"), word);
    await full.waitForSelector(".site-header");
    assert.deepEqual(harness.problems, []);
    await context.close();
  });

  test("a link to a milestone the embed leaves out opens the full view; the embed keeps its view and says things in sight", async () => {
    const snippet = await embedCode(harness, `en/?era=${era}`);
    assert.match(snippet, /allow="clipboard-write"/);
    const other = await hostPage(snippet);
    const context = await harness.browser.newContext({ viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    harness.watch(page);
    try {
      await page.goto(other.url);
      const frameElement = page.locator("iframe[data-ai-timeline]");
      const frame = page.frameLocator("iframe[data-ai-timeline]");
      const embedded = () => page.frames().find((f) => f.url().includes("/embed/en/"));
      await frame.locator(".milestone:not([hidden])").first().waitFor();
      await page.waitForFunction(() => !!document.querySelector("iframe[data-ai-timeline]"));
      await embedded().waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
      // Items render their real height once in the frame's viewport (content-visibility), which grows with
      // the frame: wait until the height holds.
      let tall = 0;
      for (let same = 0; same < 3; ) {
        await page.waitForTimeout(300);
        const now = (await frameElement.boundingBox()).height;
        same = now === tall ? same + 1 : 0;
        tall = now;
      }
      const shown = () => frame.locator(".milestone:not([hidden])").evaluateAll((all) => all.map((m) => m.dataset.id));
      const before = await shown();
      // A "builds on" link in the view to a milestone of an earlier era.
      const link = frame.locator(".milestone:not([hidden]) a.milestone-link").first();
      const target = await link.getAttribute("data-target");
      assert.equal(await frame.locator(`.milestone:not([hidden])[data-id="${target}"]`).count(), 0, "the target is outside the view");
      await link.scrollIntoViewIfNeeded();
      const [full] = await Promise.all([context.waitForEvent("page"), link.click()]);
      await full.waitForLoadState();
      const url = new URL(full.url());
      assert.equal(url.pathname, new URL(`${harness.base}en/`).pathname);
      assert.equal(url.searchParams.get("m"), target);
      await full.close();
      // The embed is as it was: its era, its height, nothing selected.
      const query = new URL(embedded().url()).searchParams;
      assert.equal(query.get("era"), era);
      assert.equal(query.get("m"), null);
      assert.equal(await frame.locator(".toolbar__era-select").inputValue(), era);
      assert.deepEqual(await shown(), before, "the same milestones show");
      // Items off the host's screen render at a placeholder height (content-visibility), so the frame grows a
      // little as the reader scrolls; the view widened to everything would make it several times taller.
      const now = (await frameElement.boundingBox()).height;
      assert.ok(now < tall * 1.5, `the frame kept its size: ${tall} px, now ${now} px`);
      // A message (here: the link copied, or the field to copy it by hand) shows where the reader is looking.
      const copy = frame.locator(".milestone:not([hidden]) .milestone__copy").nth(2);
      await copy.scrollIntoViewIfNeeded();
      await copy.click();
      const box = frame.locator(".toast__box");
      await box.waitFor();
      const at = await box.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(at.y >= 0 && at.y + at.height <= viewport.height, `the message is at ${at.y}-${at.y + at.height} in a ${viewport.height} px window`);
    } finally {
      other.server.close();
      await context.close();
    }
  });
});
