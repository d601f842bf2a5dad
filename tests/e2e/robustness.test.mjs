// Safety and failure modes: the Content-Security-Policy holds, hostile URLs give a working page, blocked
// storage still works, a panic shows a readable note, and a missing wasm or disabled JavaScript is explained.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startHarness } from "./harness.mjs";
import { catalog, frames, titles, wordOf } from "./catalog.mjs";

let harness, total, cat, zh, pick;
before(async () => {
  harness = await startHarness();
  cat = await catalog(harness);
  total = cat.items.length;
  zh = await titles(harness, "zh-Hant");
  // From the page: a milestone of a middle era with a word in its title, its era and its first tag; and another
  // of that era without that tag (one the filters then hide).
  const era = cat.eras[Math.floor(cat.eras.length / 2)];
  const m = cat.items.find((m) => m.era === era && wordOf(m.title) && m.tags.length);
  assert.ok(m, "a milestone with a word in its title and a tag");
  const hidden = [...cat.items].sort((a, b) => (b.era === era) - (a.era === era)).find((o) => !o.tags.includes(m.tags[0]));
  assert.ok(hidden, "a milestone without that tag");
  pick = { era, word: wordOf(m.title), tag: m.tags[0], milestone: hidden.id };
});
after(async () => {
  await harness?.close();
});

const count = (page) => page.locator(".milestone:not([hidden])").count();

describe("robustness", () => {
  test("a strict Content-Security-Policy is in force and the app runs under it", async () => {
    const { context, page } = await harness.open("?lang=en");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute("content"), "no-referrer");
    // Exercise the app, then check nothing was refused.
    await page.locator(`.era-card[data-era="${pick.era}"]`).click();
    await page.locator(".search-box__input").fill(pick.word);
    await page.locator(".search-box__input").press("Enter");
    await page.locator(".toolbar__filters").click();
    await page.locator(`.facet-chip--tag[data-value="${pick.tag}"]`).click();
    assert.deepEqual(await harness.cspViolations(page), []);
    // The policy is enforced: an injected inline script is refused.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
    });
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    assert.equal((await harness.cspViolations(page)).length, 1);
    await context.close();
    // That refusal was the point of the test, not noise.
    harness.problems.splice(0, harness.problems.length, ...harness.problems.filter((p) => !/Content Security Policy/.test(p)));
  });

  test("the wasm is fetched with Subresource Integrity and the JS preload carries it too", async () => {
    const { context, page } = await harness.open("?lang=en");
    const preload = page.locator('link[rel="modulepreload"]');
    assert.match(await preload.getAttribute("integrity"), /^sha384-/);
    const loader = await page.locator('script[type="module"]').textContent();
    assert.match(loader, /integrity: "sha384-[A-Za-z0-9+/=]+"/);
    await context.close();
  });

  test("hostile and stale URLs give a working page and a notice", async () => {
    const worst = [
      "?era=" + "x".repeat(8000) + "&q=" + "注意".repeat(1000) + "&lang=en",
      `?era=%E0%A4%A&q=%ZZ%&tags=%F0%9F%98%80,${pick.tag}&lang=en`,
      // A real era id behind a right-to-left override, then a second era.
      `?era=\u202E${cat.eras[0]}&lang=en&lang=zh-Hant&era=${pick.era}&m=../../etc/passwd`,
      "?q=<script>alert(1)</script>&org=%00&from=-5&to=99999&lang=en",
    ];
    for (const query of worst) {
      const { context, page } = await harness.open(query, { ready: "main" });
      await page.waitForSelector(".milestone:not([hidden]), .empty-state");
      assert.equal(await page.locator("h1").count(), 1, query.slice(0, 60));
      const notice = page.locator(".notice-bar__box");
      if (!query.startsWith("?q=")) assert.ok(await notice.count(), `a notice for ${query.slice(0, 60)}`);
      assert.equal(await page.locator("script:not([type=module]):not(#lang-redirect)").count(), 0);
      await context.close();
    }
  });

  test("blocked storage still works with defaults", async () => {
    const context = await harness.browser.newContext({ locale: "zh-TW" });
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(harness.base);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    await page.locator(".toolbar .lang-switch").locator("[data-lang=en]").click();
    await page.waitForURL(/lang=en/);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await count(page), total);
    await context.close();
  });

  test("a panic shows a readable note with a reload link", async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(harness.base + "?lang=en");
    await harness.started(page);
    await page.evaluate(() => {
      try {
        window.wasmBindings.diagnostic_panic();
      } catch {
        // the wasm trap surfaces here after the hook ran
      }
    });
    const note = page.locator(".panic-screen");
    await note.waitFor();
    assert.match(await note.textContent(), /The timeline hit an error/);
    assert.match(await note.textContent(), /diagnostic panic requested/);
    assert.equal(await note.locator("a").getAttribute("href"), "");
    await context.close();
  });

  test("a missing wasm file shows the note instead of an empty page", async () => {
    const context = await harness.browser.newContext();
    await context.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "not found" }));
    const page = await context.newPage();
    await page.goto(harness.base + "?lang=en");
    const note = page.locator("#boot-failure");
    await note.waitFor({ state: "visible" });
    assert.match(await note.textContent(), /could not start/);
    // The page rendered at build time stays readable under the note.
    assert.ok((await page.locator("#app .milestone:not([hidden]):visible").count()) > 0);
    // Its heading names the years the milestones span.
    const years = cat.items.flatMap((m) => m.years);
    assert.ok((await page.locator("h1").textContent()).includes(`${Math.min(...years)}–${Math.max(...years)}`));
    await context.close();
  });

  test("a corrupted wasm file shows the note too", async () => {
    const context = await harness.browser.newContext();
    await context.route(/\.wasm$/, (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not wasm at all") }),
    );
    const page = await context.newPage();
    await page.goto(harness.base + "?lang=en");
    await page.locator("#boot-failure").waitFor({ state: "visible" });
    await context.close();
  });

  test("with JavaScript off the page shows its first view and leads to the whole timeline as one page", async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(harness.base);
    const text = await page.locator("body").innerText();
    assert.match(text, /needs JavaScript and WebAssembly/);
    // The first view's milestones are there (a title the app shows in the page's language).
    assert.ok(text.includes(zh[cat.items[0].id]), `the first view shows ${zh[cat.items[0].id]}`);
    const link = page.getByRole("link", { name: "the whole timeline without them is here" });
    assert.match(await link.evaluate((a) => a.href), /\/timeline\/all\/$/);
    // The note is the first thing on the page, in the first screen (not under the first view, where reaching it
    // means scrolling past controls that do nothing).
    const box = await link.boundingBox();
    assert.ok(box.y + box.height < page.viewportSize().height, `the note's link is in the first screen (y ${box.y})`);
    // Waiting from before the click: the navigation cannot finish unseen.
    await Promise.all([page.waitForURL(/\/timeline\/all\/$/), link.click()]);
    assert.equal(await page.locator(".milestone:not([hidden]):visible").count(), total);
    // Every milestone is in it (its text content: innerText leaves out what is not rendered).
    const whole = await page.locator("body").textContent();
    for (const m of cat.items) assert.ok(whole.includes(zh[m.id]), `the whole timeline holds ${zh[m.id]}`);
    assert.ok(await page.locator(".trend").count(), "the trends are there");
    assert.ok(await page.locator(".chart--scaling").count(), "the charts are there");
    // Its styles load from one folder up; it runs no script.
    assert.notEqual(await page.locator("body").evaluate((b) => getComputedStyle(b).fontFamily), "");
    assert.equal(await page.locator("script").count(), 0);
    await context.close();
  });

  test("the static pages hold no control that needs a script: links for language, eras and cross-links, real files", async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    for (const [path, lang, other] of [["all/", "zh-Hant", "en"], ["en/all/", "en", "zh-Hant"]]) {
      await page.goto(harness.base + path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const controls = await page.locator("button, input, select, textarea, dialog").count();
      assert.equal(controls, 0, `${path}: ${controls} controls that need a script`);
      // No app-only address: links to milestones are anchors in the page, and each leads to an element there.
      const links = await page.locator("a[href]").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
      assert.deepEqual(links.filter((h) => h.startsWith("?")), [], path);
      const anchors = links.filter((h) => h.startsWith("#"));
      assert.ok(anchors.some((h) => h.startsWith("#m-")), `${path}: cross-links are anchors`);
      for (const anchor of new Set(anchors)) {
        assert.equal(await page.locator(anchor).count(), 1, `${path}: ${anchor} leads somewhere`);
      }
      // An era card leads to its part of the list.
      const era = page.locator(".era-card").first();
      await era.click();
      assert.match(page.url(), /#era-/);
      // The record's files, written at build time, download without a script and hold every milestone.
      for (const format of ["csv", "json"]) {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator(`.site-footer__file[href$=".${format}"]`).click(),
        ]);
        const body = await readFile(await download.path(), "utf8");
        for (const id of cat.ids()) assert.ok(body.includes(id), `${path} ${format}: ${id}`);
        if (format === "json") assert.equal(JSON.parse(body).milestones.length, total);
      }
      // The language is a link to the other static page.
      await page.locator(`.lang-switch [data-lang=${other}]`).click();
      await page.waitForFunction((other) => document.documentElement.lang === other, other);
      assert.match(new URL(page.url()).pathname, /\/all\/$/);
    }
    await context.close();
  });

  test("the page shown before the app starts is in the language the app will use", async () => {
    const cases = [
      { locale: "en-US", query: "", lang: "en", text: /^Eras/ },
      { locale: "zh-TW", query: "", lang: "zh-Hant", text: /^時期/ },
      { locale: "zh-TW", query: "?lang=en", lang: "en", text: /^Eras/ },
      { locale: "en-US", query: "?lang=zh-Hant", lang: "zh-Hant", text: /^時期/ },
      { locale: "fr-FR", query: "", lang: "en", text: /^Eras/ },
      { locale: "en-US", query: "", stored: "zh-Hant", lang: "zh-Hant", text: /^時期/ },
    ];
    for (const c of cases) {
      const context = await harness.browser.newContext({ locale: c.locale });
      // The app never starts here: what shows is the page rendered at build time (the root in the note's
      // language, en/ in English), chosen before the first paint.
      await context.route(/\.wasm$/, (route) => route.abort());
      if (c.stored) await context.addInitScript((l) => localStorage.setItem("ai-timeline.lang", l), c.stored);
      const page = await context.newPage();
      await page.goto(harness.base + c.query);
      await page.waitForLoadState();
      const expected = c.lang === "en" ? "/timeline/en/" : "/timeline/";
      assert.equal(new URL(page.url()).pathname, expected, JSON.stringify(c));
      assert.equal(new URL(page.url()).search, c.query, "the link's view goes along");
      assert.match(await page.locator(".eras").innerText(), c.text, JSON.stringify(c));
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang);
      // No id is there twice.
      const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      assert.deepEqual(dupes, []);
      await context.close();
    }
  });

  test("the app takes over the page rendered at build time without a layout shift (CLS 0)", async () => {
    const context = await harness.browser.newContext({ locale: "zh-TW" });
    await context.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(harness.base);
    await harness.started(page);
    // Layout shifts are reported for the frames after hydration and the rest of the list.
    await frames(page, 3);
    assert.equal(await page.locator("#milestones").count(), 1, "no duplicate ids");
    assert.equal(await page.locator(".milestone:not([hidden])").count(), total);
    const cls = await page.evaluate(() => window.__cls);
    assert.equal(cls, 0, `CLS ${cls}`);
    await context.close();
  });

  test("the page's largest paint is the page rendered at build time, close to its first paint", async () => {
    const context = await harness.browser.newContext({ locale: "zh-TW" });
    await context.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) =>
        window.__lcp.push(...list.getEntries().map((e) => ({ e, prerendered: !!e.element?.closest("#app") }))),
      ).observe({
        type: "largest-contentful-paint",
        buffered: true,
      });
    });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(harness.base);
    await harness.started(page);
    await frames(page, 3);
    const { entries, fcp } = await page.evaluate(() => ({
      entries: window.__lcp.map(({ e, prerendered }) => ({ time: e.startTime, size: e.size, prerendered })),
      fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    }));
    assert.ok(entries.length >= 1, "a largest paint is reported");
    // The reported element is in the markup rendered at build time, painted before the app started.
    assert.equal(entries.at(-1).prerendered, true, `largest paint ${JSON.stringify(entries)}`);
    assert.ok(entries.at(-1).time <= fcp + 100, `largest paint ${entries.at(-1).time} ms, first paint ${fcp} ms`);
    await context.close();
  });

  test("the wasm stack stays well inside its 128 KB (set in build.rs)", async () => {
    // The stack is the first 128 KB of linear memory and grows down from its top; memory starts zeroed, so the
    // lowest non-zero byte below 128 KB marks the deepest the stack has been.
    const context = await harness.browser.newContext({ locale: "en-US" });
    await context.addInitScript(() =>
      addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)),
    );
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(harness.base + `?lang=zh-Hant&m=${pick.milestone}`);
    await harness.started(page);
    await page.locator(".toolbar .lang-switch [data-lang=en]").click();
    await page.waitForURL(/lang=en/);
    await harness.started(page);
    await page.locator(`.era-card[data-era="${pick.era}"]`).click();
    await page.locator(".search-box__input").fill(pick.word);
    await page.locator(".toolbar__filters").click();
    await page.locator(`.facet-chip--tag[data-value="${pick.tag}"]`).click();
    await harness.nearLater(page);
    await page.locator(".data-table summary").first().click();
    await page.keyboard.press("?");
    await page.keyboard.press("Escape");
    await page.locator(".facets__clear").click();
    await page.waitForFunction(() => new URL(location.href).search === "?lang=en");
    await frames(page);
    const deepest = await page.evaluate(() => {
      const memory = new Uint8Array(window.__wasm.memory.buffer);
      let at = 0;
      while (at < 131072 && memory[at] === 0) at++;
      return 131072 - at;
    });
    assert.ok(deepest > 1024, `no stack use seen (${deepest} bytes): is the stack still first in memory?`);
    assert.ok(deepest < 65536, `the stack reached ${deepest} bytes of 131072`);
    await context.close();
  });

  test("no console error or warning, CSP violation or failed request in the working runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
