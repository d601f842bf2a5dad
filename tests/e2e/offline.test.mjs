// Offline after the first visit, and new deployments (the service worker .ci/hosting.mjs writes, registered by
// src/offline.rs): a reload with the network off shows the working timeline; a new deployment's worker offers
// "new version: reload", replaces the cache and drops the old hashed files. On a copy of the bundle, so the test
// can deploy a "new version" into it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dist, startHarness } from "./harness.mjs";
import { serve } from "./server.mjs";
import { address, catalog, wordOf } from "./catalog.mjs";

/** Every file below `dir` (relative paths). */
async function files(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path, base)));
    else out.push(path.slice(base.length + 1));
  }
  return out;
}

/** A new deployment of the same app: its script under a new hashed name, the pages and the worker naming it,
 *  the worker's version changed. Returns the old and new script names. */
async function deployNewVersion(root) {
  const all = await files(root);
  const script = all.find((f) => /^ai-timeline-[0-9a-f]+\.js$/.test(f));
  const renamed = script.replace(/-([0-9a-f]+)\.js$/, (_, hash) => `-${[...hash].reverse().join("")}.js`);
  await cp(join(root, script), join(root, renamed));
  await rm(join(root, script));
  const sha = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
  for (const page of all.filter((f) => f.endsWith(".html"))) {
    const path = join(root, page);
    const html = await readFile(path, "utf8");
    let next = html.replaceAll(script, renamed);
    // The loader (an inline script) names the script: its hash in the page's policy changes with it.
    for (const [, code] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (code.includes(script)) next = next.replace(sha(code), sha(code.replaceAll(script, renamed)));
    }
    await writeFile(path, next);
    await rm(`${path}.gz`, { force: true });
    await rm(`${path}.br`, { force: true });
  }
  const worker = join(root, "sw.js");
  const source = (await readFile(worker, "utf8"))
    .replaceAll(script, renamed)
    .replace(/const VERSION = "([0-9a-f]+)"/, (_, v) => `const VERSION = "${[...v].reverse().join("")}"`);
  await writeFile(worker, source);
  return { script, renamed };
}

const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
const cacheNames = (page) => page.evaluate(() => caches.keys());

describe("offline and new versions (service worker)", () => {
  let harness;
  let copy;
  let server;
  // From the page: an era (one of the middle ones) and a word of a title.
  let era;
  let word;

  before(async () => {
    copy = await mkdtemp(join(tmpdir(), "timeline-sw-"));
    await cp(dist, copy, { recursive: true });
    const served = await serve(copy);
    server = served.server;
    harness = await startHarness(copy, { base: served.url });
    const cat = await catalog(harness);
    era = cat.eras[Math.floor(cat.eras.length / 2)];
    const middle = Math.floor(cat.items.length / 2);
    word = [...cat.items.slice(middle), ...cat.items].map((m) => wordOf(m.title)).find(Boolean);
    assert.ok(era && word, "an era and a word of a title");
  });

  after(async () => {
    await harness?.close();
    server?.close();
    await rm(copy, { recursive: true, force: true });
  });

  test("after the first visit, a reload with the network off shows the timeline and filters work", async () => {
    const { context, page } = await harness.open("en/");
    await controlled(page);
    const total = await page.locator(".milestone:not([hidden])").count();
    await context.setOffline(true);
    await page.reload();
    await harness.started(page);
    assert.equal(await page.locator(".milestone:not([hidden])").count(), total);
    await page.locator(".toolbar__era-select").selectOption(era);
    await page.waitForFunction((n) => document.querySelectorAll(".milestone:not([hidden])").length < n, total);
    const recorded = (await address(page)).href;
    assert.ok(recorded.includes(`era=${era}`), recorded);
    // Another view of the same page, straight from the address, also offline.
    await page.goto(`${harness.base}en/?q=${encodeURIComponent(word)}`);
    await harness.started(page);
    await page.waitForFunction(() => document.querySelectorAll(".milestone:not([hidden])").length >= 1);
    assert.ok((await page.locator(".milestone:not([hidden])").count()) < total);
    assert.deepEqual(harness.problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED")), []);
    await context.close();
  });

  test("after one visit to one language, the other language, the static pages and the 404 open offline", async () => {
    const { context, page } = await harness.open("en/");
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`${harness.base}?lang=zh-Hant`);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    assert.ok((await page.locator(".milestone:not([hidden])").count()) > 0);
    for (const [path, lang] of [["all/", "zh-Hant"], ["en/all/", "en"]]) {
      await page.goto(`${harness.base}${path}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
      assert.ok((await page.locator(".milestone").count()) > 0, path);
    }
    await page.goto(`${harness.base}no/such/page`);
    assert.ok((await page.locator("a[href]").count()) > 0, "the 404 page, with its links");
    assert.match(await page.title(), /404|not found|找不到/i);
    await context.close();
    // Offline, the 404's search for the bundle's root fails at the folders that are not it: expected here.
    const expected = /manifest\.webmanifest|ERR_FAILED|ERR_INTERNET_DISCONNECTED/;
    assert.deepEqual(harness.problems.filter((p) => !expected.test(p)), []);
    harness.problems.length = 0;
  });

  test("a new deployment offers to reload, then replaces the cache and its old files", async () => {
    const { context, page } = await harness.open(`en/?era=${era}`);
    await controlled(page);
    const [before] = await cacheNames(page);
    assert.match(before, /^ai-timeline-[0-9a-f]+$/);
    // No notice while nothing new is deployed.
    assert.equal(await page.locator(".update-notice__reload").count(), 0);

    const { script, renamed } = await deployNewVersion(copy);
    // The tab looks for a new version (as it does when the reader comes back to it).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const reload = page.locator(".update-notice__reload");
    await reload.waitFor({ timeout: 30_000 });
    assert.match(await page.locator(".update-notice").innerText(), /new version/i);
    await Promise.all([page.waitForEvent("load"), reload.click()]);
    await harness.started(page);
    assert.ok(page.url().includes(`en/?era=${era}`), page.url());
    const preload = await page.locator("link[rel=modulepreload]").getAttribute("href");
    assert.ok(preload.endsWith(renamed), preload);
    const after = await cacheNames(page);
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before);
    const stale = await page.evaluate(
      async ([name, file]) => (await (await caches.open(name)).match(new URL(`../${file}`, location.href))) ?? null,
      [after[0], script],
    );
    assert.equal(stale, null, "the old script left the cache");
    assert.equal(await page.locator(".update-notice__reload").count(), 0);
    assert.deepEqual(harness.problems, []);
    await context.close();
  });

  test("a reader who reloads after a deployment gets it without a notice", async () => {
    const { context, page } = await harness.open("en/");
    await controlled(page);
    const [before] = await cacheNames(page);
    const { renamed } = await deployNewVersion(copy);
    await page.reload();
    await harness.started(page);
    assert.ok((await page.locator("link[rel=modulepreload]").getAttribute("href")).endsWith(renamed));
    // The new worker finds the page already runs its build and takes over quietly.
    await page.waitForFunction(
      async (old) => {
        const names = await caches.keys();
        return names.length === 1 && names[0] !== old;
      },
      before,
      { timeout: 30_000 },
    );
    assert.equal(await page.locator(".update-notice__reload").count(), 0);
    assert.deepEqual(harness.problems, []);
    await context.close();
  });
});
