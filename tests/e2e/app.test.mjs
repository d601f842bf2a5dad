// End-to-end: the release bundle served from a sub-path (/timeline/), driven in Debian's Chromium by Playwright.
// Run by the test command after `bash .ci/bundle`; DIST points at the bundle. Expected
// counts come from the page itself (catalog.mjs), never from literals, so new content breaks no test here.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startHarness } from "./harness.mjs";
import { address, apart, back, catalog, forward, hits, titles, wordOf } from "./catalog.mjs";

let harness, base, browser, open, data, zh;
const problems = () => harness.problems;

before(async () => {
  harness = await startHarness();
  ({ base, browser, open } = harness);
  data = await catalog(harness);
  zh = await titles(harness, "zh-Hant");
  assert.ok(data.eras.length >= 3, "three eras or more");
});

after(async () => {
  await harness?.close();
});

const count = (page) => page.locator(".milestone:not([hidden])").count();
const shownIds = (page) => page.locator(".milestone:not([hidden])").evaluateAll((all) => all.map((m) => m.dataset.id));
const countText = (page) => page.locator(".milestones__count").textContent();
const card = (page, era) => page.locator(`.era-card[data-era=${era}]`);
const query = async (page) => (await address(page)).search;
const total = () => data.items.length;
const inEra = (era) => data.ids((m) => m.era === era);
const showing = (n) => (n === total() ? `Showing all ${n} milestones` : `Showing ${n} of ${total()} milestones`);
const milestones = (n) => (n === 1 ? "1 milestone" : `${n} milestones`);
// Eras and milestones the tests use, read from the page (catalog.mjs): three eras in a row from the middle, a
// milestone of an era, the era of a milestone, and words of titles.
const eraA = () => data.eras[Math.floor(data.eras.length / 2) - 1];
const eraB = () => data.eras[Math.floor(data.eras.length / 2)];
const eraC = () => data.eras[Math.floor(data.eras.length / 2) + 1];
const eraOf = (id) => data.items.find((m) => m.id === id)?.era;
const titleOf = (id) => data.items.find((m) => m.id === id)?.title;
/** The middle milestone of an era. */
const inMiddle = (era) => inEra(era)[Math.floor(inEra(era).length / 2)];
/** A person's name on the page: [a milestone, a capitalised word of 5 letters or more of its people], from the
 *  middle of the list on. */
const person = (page) =>
  page.locator(".milestone:not([hidden])").evaluateAll((all) => {
    const from = Math.floor(all.length / 2);
    for (const m of [...all.slice(from), ...all]) {
      const who = (m.querySelector(".milestone__who")?.textContent ?? "").replace(/\([^)]*\)/g, "");
      const name = who.match(/\b[A-Z][a-z]{4,}\b/)?.[0];
      if (name) return [m.dataset.id, name];
    }
    return [];
  });
/** A combination of filters with results: the era and first two tags of a milestone of two or more tags (from
 *  the middle of the list on) and a range of years around it; `base` says which milestones it shows, `unfiltered`
 *  the same but for the era. */
function combination() {
  const years = data.items.flatMap((m) => m.years);
  const last = Math.max(...years);
  const middle = Math.floor(total() / 2);
  const m = [...data.items.slice(middle), ...data.items].find((m) => m.tags.length >= 2 && m.years[0] < last);
  const [t1, t2] = m.tags;
  const from = m.years[0];
  const to = Math.max(m.years[1], from + 1);
  const unfiltered = (o) => o.tags.includes(t1) && o.tags.includes(t2) && o.years[1] >= from && o.years[0] <= to;
  return { era: m.era, tags: [t1, t2], from, to, id: m.id, unfiltered, base: (o) => o.era === m.era && unfiltered(o) };
}
/** An era with two or more of the note's milestones (from the middle on). */
const noteEra = () => [eraB(), ...data.eras].find((e) => data.ids((m) => m.era === e && m.origin === "note").length >= 2);
/** How many titles hold a word. */
const shared = (w) => data.items.filter((m) => m.title.toLowerCase().includes(w.toLowerCase())).length;
/** A word of a title of `era`: the one fewest titles share. */
const rareWord = (era) =>
  data.items
    .filter((m) => m.era === era)
    .map((m) => [m.id, wordOf(m.title)])
    .filter(([, w]) => w)
    .sort((a, b) => shared(a[1]) - shared(b[1]))[0];
/** The first link of `kind` ("builds-on" or "built-on-by") in the view whose target is out of the view (`out`)
 *  or in it: [the milestone it is in, its target], or []. */
const linkIn = (page, kind, out) =>
  page.evaluate(
    ([kind, out]) => {
      const shown = new Set([...document.querySelectorAll(".milestone:not([hidden])")].map((m) => m.dataset.id));
      const link = [...document.querySelectorAll(`.milestone:not([hidden]) .milestone__links--${kind} a[data-target]`)].find(
        (a) => shown.has(a.dataset.target) !== out,
      );
      return link ? [link.closest(".milestone").dataset.id, link.dataset.target] : [];
    },
    [kind, out],
  );
/** Opens the filters panel under the bar (tags, organisations, years). */
const openFilters = async (page) => {
  if ((await page.locator(".toolbar__filters").getAttribute("aria-expanded")) !== "true") {
    await page.locator(".toolbar__filters").click();
  }
};

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (c !== "\r") cell += c;
  }
  return rows;
}

describe("timeline", () => {
  test("loads from a sub-path with all content", async () => {
    const { context, page } = await open("?lang=en", { later: true });
    // English has its own page under the bundle's path.
    assert.equal(new URL(page.url()).pathname, "/timeline/en/");
    assert.ok(total() > 0);
    assert.equal(await count(page), total());
    assert.ok(data.eras.length > 0);
    assert.ok((await page.locator(".trend").count()) > 0);
    assert.equal(await countText(page), showing(total()));
    // A milestone of the ImageNet chart holds its year, its error rate and its people.
    const bar = page.locator(".imagenet-chart__bar").nth(1);
    const barId = new URLSearchParams(await bar.getAttribute("href")).get("m");
    const item = page.locator(`.milestone:not([hidden])[data-id="${barId}"]`);
    assert.ok((await item.textContent()).includes(String(data.items.find((m) => m.id === barId).years[0])), barId);
    assert.ok((await item.textContent()).includes(`${await bar.getAttribute("data-value")}%`), barId);
    assert.ok((await item.locator(".milestone__who").textContent()).trim(), `${barId}: its people`);
    // A milestone of the scaling chart holds its size as the chart says it ("name · size · date").
    const point = page.locator("#scaling-point-0");
    const pointId = new URLSearchParams(await point.getAttribute("href")).get("m");
    const size = (await point.textContent()).split(" · ")[1].split(" ")[0];
    assert.ok((await page.locator(`.milestone:not([hidden])[data-id="${pointId}"]`).textContent()).includes(size), `${pointId}: ${size}`);
    assert.ok((await page.locator(".trends__closing").textContent()).trim());
    await context.close();
  });

  test("the first view's milestones, hydrated in a task of their own, are taken over as rendered and work", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 412, height: 900 } });
    await context.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        window.__rendered = [...document.querySelectorAll(".milestone")];
      });
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(`${base}en/`);
    await harness.started(page);
    // The markup rendered at build time is kept, not built again (a live render would replace every node).
    const kept = await page.evaluate(() => ({
      rendered: window.__rendered.length,
      connected: window.__rendered.filter((m) => m.isConnected).length,
      inLists: window.__rendered.filter((m) => m.closest(".milestones__eras .milestones__era")).length,
    }));
    assert.ok(kept.rendered > 0, "the page holds the first view's milestones");
    assert.deepEqual(kept, { rendered: kept.rendered, connected: kept.rendered, inLists: kept.rendered });
    // Their controls and searched texts are live: a copy button, and a search that marks the first title.
    const first = page.locator(".milestone").first();
    await first.locator(".milestone__copy").click();
    await page.locator(".toast").getByText("Link to this milestone copied.").waitFor();
    const id = await first.getAttribute("data-id");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}en/?m=${id}&lang=en`);
    const word = (await first.locator(".milestone__title").textContent()).match(/[A-Za-z]{4,}/)[0];
    await page.locator(".search-box__input").fill(word);
    assert.deepEqual((await hits(page))[0], [id, "milestone__title", word]);
    assert.equal(await page.evaluate((node) => window.__rendered[0] === node, await first.elementHandle()), true);
    await context.close();
  });

  test("choosing an era shows its milestones and records it in the URL", async () => {
    const { context, page } = await open("?lang=en");
    const era = eraA();
    await card(page, era).click();
    assert.equal((await query(page)), `?era=${era}&lang=en`);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await countText(page), showing(inEra(era).length));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    await context.close();
  });

  test("a change of view writes <html> and the title only where they change", async () => {
    // Writing `lang` again, even unchanged, restyles the whole page (20-27 ms at 4x CPU on a phone).
    const { context, page } = await open("?lang=en");
    await page.evaluate(() => {
      window.__writes = [];
      new MutationObserver((list) => window.__writes.push(...list.map((m) => m.attributeName ?? "title"))).observe(
        document.documentElement,
        { attributes: true },
      );
      new MutationObserver(() => window.__writes.push("title")).observe(document.querySelector("title"), {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const era = eraA();
    await card(page, era).click();
    await page.locator(".search-box__input").fill(wordOf(data.items[0].title));
    await page.waitForURL(/[?&]q=/);
    const writes = await page.evaluate(() => window.__writes);
    assert.deepEqual(writes, ["title"], "the era's title once; nothing for the search");
    await context.close();
  });

  test("a reload keeps the chosen era", async () => {
    const era = eraA();
    const { context, page } = await open(`?era=${era}&lang=en`);
    await page.reload();
    await harness.started(page);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    await context.close();
  });

  test("back or forward while the page hydrates lands on its view, taken over whole once hydrated", async () => {
    // A reader who reloads after filtering and steps back at once can do so while the page hydrates (a few tasks
    // on a phone). Simulated exactly there: the address moved to another view and `popstate` fired in the task
    // right after the app's state starts listening, before any region has hydrated.
    const era = eraB();
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 412, height: 900 } });
    await context.addInitScript((era) => {
      const add = window.addEventListener;
      window.addEventListener = function (type, ...rest) {
        add.call(this, type, ...rest);
        if (type !== "popstate" || window.__moved !== undefined) return;
        window.__moved = null;
        setTimeout(() => {
          window.__moved = { hydrated: document.documentElement.hasAttribute("data-ready") };
          history.replaceState(null, "", `?era=${era}&lang=en`);
          window.dispatchEvent(new PopStateEvent("popstate"));
        });
      };
    }, era);
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(`${base}en/`);
    await harness.started(page);
    assert.deepEqual(await page.evaluate(() => window.__moved), { hydrated: false }, "moved while hydrating");
    assert.equal(await query(page), `?era=${era}&lang=en`);
    assert.deepEqual(await shownIds(page), inEra(era));
    assert.equal(await countText(page), showing(inEra(era).length));
    assert.equal(await card(page, era).getAttribute("aria-pressed"), "true");
    // And the page goes on from there: the card again shows everything.
    await card(page, era).click();
    assert.equal(await query(page), "?lang=en");
    assert.equal(await count(page), total());
    await context.close();
  });

  test("a change of view shows at once and is recorded in the address once painted", async () => {
    const { context, page } = await open("?lang=en");
    // The click, then, in the frame that paints it (a callback asked for before the click runs first), what the
    // page shows and what the address says.
    const at = await page.evaluate(
      (era) =>
        new Promise((done) => {
          requestAnimationFrame(() =>
            done({ shown: document.querySelectorAll(".milestone:not([hidden])").length, search: location.search }),
          );
          document.querySelector(`.era-card[data-era=${era}]`).click();
        }),
      eraA(),
    );
    assert.equal(at.shown, inEra(eraA()).length, "the list has changed when the frame is painted");
    assert.equal(at.search, "?lang=en", "the history write waits for the paint (it costs a phone 3-15 ms)");
    assert.equal(await query(page), `?era=${eraA()}&lang=en`);
    // Two changes within one frame: both are recorded, in order (back walks through both).
    await page.evaluate((eras) => {
      for (const era of eras) document.querySelector(`.era-card[data-era=${era}]`).click();
    }, [eraB(), eraA()]);
    assert.equal(await query(page), `?era=${eraA()}&lang=en`);
    await back(page);
    assert.equal(await query(page), `?era=${eraB()}&lang=en`);
    await context.close();
  });

  test("the results a change of view brings on screen are drawn in the frame that shows them", async () => {
    // Items off screen skip layout (`content-visibility: auto`), and the browser finds out which came on screen
    // only once a frame is laid out: before, that frame painted the results below the first as empty boxes.
    for (const width of [412, 1280]) {
      const { context, page } = await open("?lang=en", { width });
      // A control clicked, then, in the frame that paints the change (after the app's own frame callbacks, asked
      // for while it handled the click), the shown milestones on screen under the bar that frame skips.
      const skipped = (selector) =>
        page.evaluate(
          (selector) =>
            new Promise((done) => {
              document.querySelector(selector).click();
              requestAnimationFrame(() => {
                const bar = document.querySelector(".toolbar").getBoundingClientRect().bottom;
                const onScreen = [...document.querySelectorAll(".milestone:not([hidden])")].filter((m) => {
                  const r = m.getBoundingClientRect();
                  return r.bottom > bar && r.top < innerHeight;
                });
                done({
                  onScreen: onScreen.length,
                  skipped: onScreen
                    .filter((m) => !m.querySelector(".milestone__main").checkVisibility({ contentVisibilityAuto: true }))
                    .map((m) => m.dataset.id),
                });
              });
            }),
          selector,
        );
      for (const [what, selector] of [
        ["an era", `.era-card[data-era=${eraB()}]`],
        ["the era again: all", `.era-card[data-era=${eraB()}]`],
        ["another era", `.era-card[data-era=${eraC()}]`],
      ]) {
        const at = await skipped(selector);
        assert.ok(at.onScreen >= 1, `${what} at ${width} px: results on screen`);
        assert.deepEqual(at.skipped, [], `${what} at ${width} px: every result on screen is drawn`);
        await page.waitForTimeout(300);
      }
      await context.close();
    }
  });

  test("a milestone or era the filters leave out is out of sight and reach, and comes back whole", async () => {
    const { context, page } = await open("?lang=en", { width: 412 });
    const era = eraA();
    await card(page, era).click();
    await page.waitForTimeout(300);
    // Left out: no box, nothing drawn, not for the keyboard or a screen reader (the list's articles by role are the
    // shown ones), and an era with none of them the same.
    const left = await page.locator(".milestone[hidden], .milestones__era[hidden]").evaluateAll((all) =>
      all.map((m) => ({ id: m.dataset.id ?? m.getAttribute("aria-labelledby"), height: m.getBoundingClientRect().height, seen: m.checkVisibility({ visibilityProperty: true }) })),
    );
    assert.equal(left.filter((m) => m.id && !m.id.startsWith("era-")).length, total() - inEra(era).length);
    assert.deepEqual(left.filter((m) => m.height !== 0 || m.seen), [], "nothing left out takes space or shows");
    assert.equal(await page.locator("#milestones").getByRole("article").count(), inEra(era).length);
    const hiddenId = data.items.find((m) => m.era !== era).id;
    await page.locator(`#m-${hiddenId}`).evaluate((m) => m.focus());
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), `m-${hiddenId}`, "a left-out milestone takes no focus");
    // Shown again, all of them are there as before.
    await card(page, era).click();
    await page.waitForTimeout(300);
    assert.equal(await page.locator("#milestones").getByRole("article").count(), total());
    assert.equal(await page.locator(".milestone[hidden], .milestones__era[hidden]").count(), 0);
    await context.close();
  });

  test("back and forward walk through the choices", async () => {
    const { context, page } = await open("?lang=en");
    await card(page, eraA()).click();
    await card(page, eraB()).click();
    assert.deepEqual(await shownIds(page), inEra(eraB()));
    await back(page);
    assert.equal((await query(page)), `?era=${eraA()}&lang=en`);
    assert.deepEqual(await shownIds(page), inEra(eraA()));
    await back(page);
    assert.equal((await query(page)), "?lang=en");
    assert.equal(await count(page), total());
    assert.equal(await page.locator(".toolbar__era-select").inputValue(), "");
    await forward(page);
    assert.deepEqual(await shownIds(page), inEra(eraA()));
    await context.close();
  });

  test("the chosen card pressed again, or All eras in the bar, shows everything", async () => {
    const { context, page } = await open(`?era=${eraA()}&lang=en`);
    await card(page, eraA()).click();
    assert.equal(await count(page), total());
    await card(page, eraC()).click();
    assert.deepEqual(await shownIds(page), inEra(eraC()));
    await page.locator(".toolbar__era-select").selectOption("");
    assert.equal(await count(page), total());
    assert.equal(await page.locator(".eras__all, .era-card[aria-pressed=true]").count(), 0, "one 'all eras' control: the bar's");
    await context.close();
  });

  test("choosing an era works by keyboard alone", async () => {
    const { context, page } = await open("?lang=en");
    const [first, second] = data.eras;
    // From the top of the page, Tab reaches the first era card (skip link, help, the bar with its language link).
    for (let i = 0; i < 16 && !(await page.evaluate(() => document.activeElement?.dataset.era)); i++) {
      await page.keyboard.press("Tab");
    }
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), first);
    await page.keyboard.press("Enter");
    assert.equal(await count(page), inEra(first).length);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), second);
    assert.equal(await countText(page), showing(inEra(second).length));
    assert.equal(await page.locator(".milestone:not([hidden])").first().getAttribute("data-id"), inEra(second)[0]);
    await context.close();
  });

  test("the language switch is a link to the same view on the other language's page", async () => {
    const era = data.eras[1];
    const { context, page } = await open(`?era=${era}&lang=en`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    const heading = await page.locator("h1").textContent();
    await page.locator(".toolbar .lang-switch").locator("[data-lang=zh-Hant]").click();
    await page.waitForURL(/lang=zh-Hant/);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    // The heading in Chinese, with the years the milestones span.
    const years = data.items.flatMap((m) => m.years);
    const h1 = await page.locator("h1").textContent();
    assert.notEqual(h1, heading);
    assert.ok(h1.endsWith(`（${Math.min(...years)}-${Math.max(...years)}）`), h1);
    assert.equal(await countText(page), `顯示 ${inEra(era).length} / ${total()} 個里程碑`);
    // The page's title names the era, as its card does.
    const eraTitle = (await card(page, era).locator(".era-card__title").textContent()).trim();
    assert.ok((await page.title()).includes(eraTitle), `${await page.title()} names ${eraTitle}`);
    assert.equal((await query(page)), `?era=${era}&lang=zh-Hant`);
    // The milestones are in Chinese: their titles as the Chinese page shows them.
    for (const id of inEra(era)) {
      const title = await page.locator(`.milestone:not([hidden])[data-id="${id}"] .milestone__title`).textContent();
      assert.ok(title.startsWith(zh[id]), `${id}: ${title}`);
    }
    await context.close();
  });

  test("the language chosen is remembered for the next visit", async () => {
    const { context, page } = await open("?lang=en");
    await page.locator(".toolbar .lang-switch").locator("[data-lang=zh-Hant]").click();
    await page.waitForURL(/lang=zh-Hant/);
    await page.goto(base);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    assert.equal((await query(page)), "?lang=zh-Hant");
    await context.close();
  });

  test("the default language follows the browser's preferences", async () => {
    for (const [locale, lang] of [["zh-TW", "zh-Hant"], ["en-GB", "en"]]) {
      const { context, page } = await open("", { locale });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
      await context.close();
    }
  });

  test("an unknown era in the URL shows a notice and the full list", async () => {
    const { context, page } = await open("?era=%3Cimg%20src%3Dx%3Equantum&lang=en");
    const notice = await page.locator(".notice-bar__box").textContent();
    assert.match(notice, /<img src=x>quantum/);
    assert.equal(await page.locator(".notice-bar img").count(), 0);
    assert.equal(await count(page), total());
    assert.equal((await query(page)), "?lang=en");
    await card(page, data.eras[0]).click();
    assert.equal(await page.locator(".notice-bar__box").count(), 0);
    await context.close();
  });

  test("fits a 360 px phone without horizontal scrolling", async () => {
    for (const lang of ["en", "zh-Hant"]) {
      const { context, page } = await open(`?lang=${lang}`, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.equal(overflow, 0, lang);
      await context.close();
    }
  });

  test("a correction remark keeps the note's wording and shows the record", async () => {
    // A milestone whose note is wrong, found on the page, seen in its era.
    const found = await open("?lang=en");
    const id = await found.page.locator(".milestone:not([hidden])").evaluateAll(
      (all) => all.find((m) => /Wrong/.test(m.querySelector(".correction")?.textContent ?? ""))?.dataset.id,
    );
    await found.context.close();
    assert.ok(id, "a milestone the note has wrong");
    const { context, page } = await open(`?era=${eraOf(id)}&lang=en`);
    const item = page.locator(`.milestone:not([hidden])[data-id="${id}"]`);
    assert.ok((await item.locator(".milestone__text").textContent()).trim(), "the note's wording");
    const remark = await item.locator(".correction").textContent();
    assert.match(remark, /Wrong/);
    assert.match(remark, /The note says/);
    assert.match(remark, /The record shows/);
    assert.match(remark, /\b(19|20)\d\d\b/);
    // One remark per milestone that has one.
    for (const one of await page.locator(".milestone:not([hidden]):has(.correction)").all()) {
      assert.equal(await one.locator(".correction").count(), 1);
    }
    await context.close();
  });

  test("sources open safely in a new tab", async () => {
    const era = eraA();
    const { context, page } = await open(`?era=${era}&lang=en`);
    const link = page.locator(".milestone:not([hidden]) .milestone__source-link").first();
    assert.match(await link.getAttribute("href"), /^https:\/\//);
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    // A screen reader hears that it opens a new tab: the link's description, said once on the page for all.
    const cdp = await context.newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: ".milestone:not([hidden]) .milestone__source-link",
    });
    const [ax] = (await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false })).nodes;
    assert.equal(ax.name.value, (await link.textContent()).trim(), "the link's name is its label");
    assert.equal(ax.description?.value, "(opens in a new tab)");
    const links = await page.locator(".milestone__source-link").evaluateAll((all) =>
      all.map((a) => [a.href, a.rel, document.getElementById(a.getAttribute("aria-describedby"))?.hidden]),
    );
    assert.ok(links.length >= inEra(era).length);
    for (const [href, rel, hint] of links) {
      assert.match(href, /^https:\/\//);
      assert.equal(rel, "noopener noreferrer");
      assert.equal(hint, true, `${href}: described by the page's one hidden hint`);
    }
    await context.close();
  });

  test("'only the note' hides the added milestones and lives in the URL", async () => {
    const note = data.ids((m) => m.origin === "note");
    const { context, page } = await open("?lang=en");
    assert.equal(await page.locator(".milestone:not([hidden])[data-origin=added]").count(), total() - note.length);
    await page.locator(".milestones__only-note").check();
    assert.deepEqual(await shownIds(page), note);
    assert.equal(await page.locator(".milestone:not([hidden])[data-origin=added]").count(), 0);
    assert.equal((await query(page)), "?only=note&lang=en");
    assert.equal(await countText(page), showing(note.length));
    const first = data.eras[0];
    const firstNote = data.ids((m) => m.era === first && m.origin === "note").length;
    assert.equal(await card(page, first).locator(".era-card__count").textContent(), milestones(firstNote));
    await context.close();
  });

  test("'only the note' survives a reload and goes with a step back", async () => {
    const { context, page } = await open("?lang=en");
    await page.locator(".milestones__only-note").check();
    await page.reload();
    await harness.started(page);
    assert.equal(await count(page), data.ids((m) => m.origin === "note").length);
    assert.equal(await page.locator(".milestones__only-note").isChecked(), true);
    await back(page);
    assert.equal(await count(page), total());
    assert.equal(await page.locator(".milestones__only-note").isChecked(), false);
    await context.close();
  });

  test("a builds-on link jumps to and highlights its milestone", async () => {
    // An era where one milestone builds on another of the same era (from the middle on).
    const within = (e) => data.items.some((m) => m.era === e && m.links.some((t) => eraOf(t) === e));
    const era = [eraA(), ...data.eras].find(within);
    assert.ok(era, "an era with a link inside it");
    const { context, page } = await open(`?era=${era}&lang=en`);
    const [from, to] = await linkIn(page, "builds-on", false);
    assert.ok(to, `a builds-on link inside ${era}`);
    const link = page.locator(`.milestone:not([hidden])[data-id="${from}"] .milestone__links--builds-on a[data-target="${to}"]`);
    // A real link: the milestone on its own, and the view with it selected by the time it can be followed.
    assert.equal(await link.getAttribute("href"), `?m=${to}&lang=en`);
    await link.focus();
    assert.equal(await link.getAttribute("href"), `?era=${era}&m=${to}&lang=en`);
    await link.click();
    const target = page.locator(`.milestone:not([hidden])[data-id="${to}"]`);
    await target.waitFor();
    assert.match(await target.getAttribute("class"), /is-selected/);
    assert.equal((await query(page)), `?era=${era}&m=${to}&lang=en`);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), to);
    await context.close();
  });

  test("a link to a milestone that a filter hides leaves that filter and scrolls to it", async () => {
    // An era with a milestone a later era's milestone builds on (from the middle on).
    const later = (id, e) => data.eras.indexOf(eraOf(id)) > data.eras.indexOf(e);
    const out = (e) => data.items.some((m) => m.era === e && m.links.some((t) => later(t, e)));
    const era = [eraA(), ...data.eras].find(out);
    assert.ok(era, "an era with a link to a later era");
    const { context, page } = await open(`?era=${era}&lang=en`);
    const [from, to] = await linkIn(page, "built-on-by", true);
    assert.ok(to, `a built-on-by link out of ${era}`);
    await page.locator(`.milestone:not([hidden])[data-id="${from}"] .milestone__links--built-on-by a[data-target="${to}"]`).click();
    await page.locator(`.milestone:not([hidden])[data-id="${to}"].is-selected`).waitFor();
    assert.equal((await query(page)), `?m=${to}&lang=en`);
    assert.equal(await count(page), total());
    const inView = await page.locator(`.milestone:not([hidden])[data-id="${to}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(inView, "the target is scrolled into view");
    await back(page);
    assert.equal((await query(page)), `?era=${era}&lang=en`);
    await context.close();
  });

  test("a trend links to the milestones that show it", async () => {
    const { context, page } = await open("?lang=en", { later: true });
    // The first trend's first link to a milestone.
    const link = page.locator(".trend a[data-target]").first();
    const id = await link.getAttribute("data-target");
    await link.click();
    await page.locator(`.milestone:not([hidden])[data-id="${id}"].is-selected`).waitFor();
    assert.equal((await query(page)), `?m=${id}&lang=en`);
    await context.close();
  });

  test("the CSV download parses and matches the visible list", async () => {
    const era = noteEra();
    const visible = data.ids((m) => m.era === era && m.origin === "note");
    const { context, page } = await open(`?era=${era}&only=note&lang=en`);
    assert.deepEqual(await shownIds(page), visible);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--csv").click()]);
    assert.equal(download.suggestedFilename(), `ai-timeline-era-${era}-only-note.csv`);
    const text = await readFile(await download.path(), "utf8");
    assert.equal(text.charCodeAt(0), 0xfeff, "UTF-8 BOM");
    const rows = parseCsv(text.slice(1));
    const header = rows[0];
    assert.deepEqual(rows.slice(1).map((r) => r[0]), visible);
    assert.ok(rows.every((r) => r.length === header.length));
    // Each row's Chinese title is the one the Chinese page shows; its Chinese text is there.
    for (const row of rows.slice(1)) {
      assert.equal(row[header.indexOf("title_zh")], zh[row[0]], row[0]);
      assert.match(row[header.indexOf("text_zh")], /\p{Script=Han}/u, row[0]);
    }
    await context.close();
  });

  test("the JSON download holds the visible list and the citation of the view", async () => {
    const era = noteEra();
    const visible = data.ids((m) => m.era === era && m.origin === "note");
    const { context, page } = await open(`?era=${era}&only=note&lang=en`);
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--json").click()]);
    const body = JSON.parse(await readFile(await json.path(), "utf8"));
    assert.deepEqual(body.milestones.map((m) => m.id), visible);
    assert.match(body.citation, /accessed \d{4}-\d{2}-\d{2}/);
    assert.ok(body.citation.includes(`/timeline/en/?era=${era}&only=note&lang=en`), body.citation);
    await context.close();
  });

  test("search finds Chinese text and highlights it", async () => {
    // A Chinese word of a Chinese title (from the middle of the list on).
    const middle = Math.floor(total() / 2);
    const [id, word] = [...data.items.slice(middle), ...data.items]
      .map((m) => [m.id, wordOf(zh[m.id], { han: true })])
      .find(([, w]) => w);
    const { context, page } = await open("?lang=zh-Hant");
    await page.locator(".search-box__input").click();
    await page.keyboard.type(word, { delay: 40 });
    await page.waitForFunction((word) => new URL(location.href).searchParams.get("q") === word, word);
    const ids = await shownIds(page);
    assert.ok(ids.includes(id), `${word}: ${ids.join()}`);
    assert.ok(ids.length < total());
    const marked = (await hits(page)).filter(([at]) => at === id);
    assert.deepEqual(marked[0], [id, "milestone__title", word], "the title's hit, marked");
    // Marked over the text, not in it: the title is one text node still.
    assert.equal(await page.locator(`.milestone[data-id="${id}"] .milestone__title`).evaluate((t) => t.firstChild.data), zh[id]);
    await context.close();
  });

  test("on a phone, when typing pauses the first result is in view and the box keeps focus", async () => {
    const { context, page } = await open("", { width: 375, height: 740, touch: true, locale: "zh-TW" });
    const year = String(data.items[0].years[0]);
    await page.locator(".search-box__input").tap();
    await page.keyboard.type(year, { delay: 40 });
    await page.waitForFunction(() => new URL(location.href).searchParams.has("q"));
    // The debounced update scrolls on the next frame; give it a few.
    await page.waitForFunction(() => {
      const first = document.querySelector("#milestones .milestone:not([hidden])");
      const bar = document.querySelector(".toolbar").getBoundingClientRect().bottom;
      const top = first?.getBoundingClientRect().top;
      return top !== undefined && top >= bar - 1 && top < innerHeight - 80;
    }, null, { timeout: 3000 });
    assert.equal(await page.evaluate(() => document.activeElement?.className), "search-box__input");
    await context.close();
  });

  test("search finds people in English, case-insensitively, and highlights them", async () => {
    const { context, page } = await open("?lang=en");
    // A name from a milestone's people (a capitalised word of 5 letters or more), typed in lower case.
    const [id, name] = await person(page);
    assert.ok(name, "a person's name on the page");
    const typed = name.toLowerCase();
    await page.locator(".search-box__input").click();
    await page.keyboard.type(typed, { delay: 40 });
    await page.keyboard.press("Enter");
    await page.waitForFunction((typed) => new URL(location.href).searchParams.get("q") === typed, typed);
    const ids = await shownIds(page);
    assert.ok(ids.includes(id), `${typed}: ${ids.join()}`);
    for (const text of await page.locator(".milestone:not([hidden])").allTextContents()) {
      assert.ok(text.toLowerCase().includes(typed), text.slice(0, 80));
    }
    assert.ok(
      (await hits(page)).some(([at, field, text]) => at === id && field === "milestone__who" && text === name),
      `${name} marked in ${id}'s people`,
    );
    // Clearing the search takes the marks away.
    await page.locator(".search-box__input").press("Escape");
    await page.waitForFunction(() => !CSS.highlights.has("search"));
    await context.close();
  });

  test("each search adds one history entry, not one per keystroke", async () => {
    const { context, page } = await open("?lang=en");
    const before = await page.evaluate(() => history.length);
    const first = data.items.map((m) => wordOf(m.title)).find(Boolean).toLowerCase();
    const second = (await person(page))[1].toLowerCase();
    await page.locator(".search-box__input").click();
    await page.keyboard.type(first, { delay: 40 });
    await page.keyboard.press("Enter");
    await page.locator(".search-box__input").fill("");
    await page.locator(".search-box__input").press("Enter");
    await page.locator(".search-box__input").click();
    await page.keyboard.type(second, { delay: 40 });
    await page.keyboard.press("Enter");
    await page.waitForFunction((second) => new URL(location.href).searchParams.get("q") === second, second);
    assert.ok((await page.evaluate(() => history.length)) - before <= 3);
    await back(page);
    assert.notEqual(new URL(page.url()).searchParams.get("q"), second);
    await context.close();
  });

  test("two tags, an era and a year range combine", async () => {
    const { era, tags: [t1, t2], from, to, id, base } = combination();
    const expected = data.ids(base);
    const { context, page } = await open("?lang=en");
    await openFilters(page);
    await page.locator(`.facet-chip--tag[data-value="${t1}"]`).click();
    await page.locator(`.facet-chip--tag[data-value="${t2}"]`).click();
    await page.locator(".toolbar__era-select").selectOption(era);
    await page.locator(".facets__year-from").selectOption(String(from));
    await page.locator(".facets__year-to").selectOption(String(to));
    assert.equal((await query(page)), `?era=${era}&tags=${t1},${t2}&from=${from}&to=${to}&lang=en`);
    assert.deepEqual(await shownIds(page), expected);
    assert.ok(expected.includes(id));
    await context.close();
  });

  test("facet counts say what each value would give under the other filters", async () => {
    const { era, tags: [t1, t2], from, to, base, unfiltered } = combination();
    const { context, page } = await open(`?era=${era}&tags=${t1},${t2}&from=${from}&to=${to}&lang=en`);
    await openFilters(page);
    // Another tag (the first one not chosen), the first chosen tag, another era, the commonest organisation.
    const other = [...new Set(data.items.flatMap((m) => m.tags))].find((t) => t !== t1 && t !== t2);
    const otherChip = page.locator(`.facet-chip--tag[data-value="${other}"]`);
    const withOther = data.ids((m) => base(m) && m.tags.includes(other)).length;
    assert.equal(await otherChip.locator(".facet-chip__count").textContent(), String(withOther));
    if (withOther === 0) {
      assert.match(await otherChip.getAttribute("class"), /is-empty/);
      assert.equal(await otherChip.isDisabled(), true, "a value that would give none is disabled");
    }
    const chosen = page.locator(`.facet-chip--tag[data-value="${t1}"]`);
    assert.equal(await chosen.locator(".facet-chip__count").textContent(), String(data.ids(base).length));
    const anotherEra = data.eras.find((e) => e !== era);
    const otherEra = (m) => m.era === anotherEra && unfiltered(m);
    assert.equal(await card(page, anotherEra).locator(".era-card__count").textContent(), milestones(data.ids(otherEra).length));
    const orgs = data.items.flatMap((m) => m.orgs);
    const org = orgs.sort((a, b) => orgs.filter((o) => o === b).length - orgs.filter((o) => o === a).length)[0];
    const orgCount = page.locator(`.facet-chip--org[data-value="${org}"] .facet-chip__count`);
    assert.equal(await orgCount.textContent(), String(data.ids((m) => base(m) && m.orgs.includes(org)).length));
    await context.close();
  });

  test("back steps through facet choices and 'Clear all' resets everything", async () => {
    const { context, page } = await open("?lang=en");
    await openFilters(page);
    const { tags: [tag], from, to } = combination();
    await page.locator(`.facet-chip--tag[data-value="${tag}"]`).click();
    await page.locator(".facets__year-from").selectOption(String(from));
    await page.locator(".facets__year-to").selectOption(String(to));
    await back(page);
    assert.equal((await query(page)), `?tags=${tag}&from=${from}&lang=en`);
    await page.locator(".facets__clear").click();
    assert.equal((await query(page)), "?lang=en");
    assert.equal(await count(page), total());
    await context.close();
  });

  test("a deep link opened cold scrolls to and highlights its milestone", async () => {
    const id = inMiddle(eraB());
    const { context, page } = await open(`?m=${id}&lang=en`, { width: 375 });
    const target = page.locator(`.milestone:not([hidden])[data-id="${id}"]`);
    await page.waitForFunction((id) => document.activeElement?.dataset.id === id, id);
    assert.match(await target.getAttribute("class"), /is-selected/);
    const visible = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(visible, "scrolled into view");
    await context.close();
  });

  test("copy link puts a clean link to the milestone on the clipboard, without the sender's filters", async () => {
    const [id, word] = rareWord(eraA());
    const { context, page } = await open(`?era=${eraA()}&q=${word}&lang=en`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator(`.milestone:not([hidden])[data-id="${id}"] .milestone__copy`).click();
    await page.locator(".toast").getByText("Link to this milestone copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${base}en/?m=${id}&lang=en`);
    await context.close();
  });

  test("the view's own link is a separate, labelled action", async () => {
    const [, word] = rareWord(eraA());
    const { context, page } = await open(`?era=${eraA()}&q=${word}&lang=en`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const button = page.locator(".milestones__view-link");
    assert.equal(await button.textContent(), "Copy link to this view");
    await button.click();
    await page.locator(".toast").getByText("Link to this view, with its filters, copied.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}en/?era=${eraA()}&q=${word}&lang=en`);
    await context.close();
  });

  test("copy link falls back to a selectable field without a clipboard", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("blocked", "NotAllowedError"));
    });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(base + "?lang=en");
    await harness.started(page);
    const id = inMiddle(eraA());
    await page.locator(`.milestone:not([hidden])[data-id="${id}"] .milestone__copy`).click();
    const field = page.locator(".toast__field");
    await field.waitFor();
    assert.equal(await field.inputValue(), `${base}en/?m=${id}&lang=en`);
    await context.close();
  });

  test("the citation copies as a line or as a BibTeX entry", async () => {
    const era = eraA();
    const { context, page } = await open(`?era=${era}&lang=en`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const line = await page.locator(".data-download__cite").textContent();
    await page.locator(".data-download__copy-cite").click();
    await page.locator(".toast").getByText("Citation copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(line.endsWith(copied), `${copied} in ${line}`);
    assert.ok(copied.includes(`?era=${era}&lang=en`), copied);
    await page.locator(".data-download__copy-bibtex").click();
    await page.locator(".toast").getByText("BibTeX entry copied.").waitFor();
    const entry = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(entry, /^@misc\{ai-timeline-\d{4},\n/);
    assert.match(entry, /\n {2}title = \{Deep Learning[^}]*\},\n/);
    assert.ok(entry.includes(`  url = {${base}en/?era=${era}&lang=en},`), entry);
    assert.match(entry, /\n {2}urldate = \{\d{4}-\d{2}-\d{2}\},\n\}\n$/);
    await context.close();
  });

  test("on a phone, copy link offers the system's share sheet where there is one", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await context.addInitScript(() => {
      window.__shared = [];
      navigator.share = (data) => (window.__shared.push(data), Promise.reject(new DOMException("cancelled", "AbortError")));
    });
    const page = await context.newPage();
    harness.watch(page);
    await page.goto(base + "?lang=en");
    await harness.started(page);
    const id = inMiddle(eraA());
    await page.locator(`.milestone:not([hidden])[data-id="${id}"] .milestone__copy`).tap();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [shared] = await page.evaluate(() => window.__shared);
    assert.equal(shared.url, `${base}en/?m=${id}&lang=en`);
    assert.ok(shared.title && (await page.locator(`#m-${id}-title`).textContent()).startsWith(shared.title), shared.title);
    // Cancelling the sheet is no error, and no toast claims a copy.
    assert.equal(await page.locator(".toast__box").count(), 0);
    await context.close();
  });

  test("the bar leads to the charts and trends below the list", async () => {
    const { context, page } = await open("?lang=en");
    assert.equal(await page.locator(".trend").count(), 0, "not rendered before the reader comes near");
    await page.locator(".toolbar__later").click();
    await page.waitForSelector(".trend");
    await page.locator(".charts").waitFor({ state: "visible" });
    const top = await page.locator(".later-anchor").evaluate((el) => el.getBoundingClientRect().top);
    const bar = await page.locator(".toolbar").evaluate((el) => el.getBoundingClientRect().bottom);
    assert.ok(Math.abs(top - bar) < 40, `the charts start under the bar: ${top} vs ${bar}`);
    await context.close();
  });

  test("/ focuses the search, and Esc there clears it", async () => {
    const era = eraA();
    const word = rareWord(era)[1].toLowerCase();
    const { context, page } = await open(`?era=${era}&lang=en`);
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "search");
    await page.keyboard.type(word);
    await page.waitForFunction((word) => new URL(location.href).searchParams.get("q") === word, word);
    const found = await page.locator(".milestone:not([hidden])").allTextContents();
    assert.ok(found.length > 0 && found.length < inEra(era).length, `${word}: ${found.length} of ${inEra(era).length}`);
    for (const text of found) assert.ok(text.toLowerCase().includes(word), text.slice(0, 80));
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
    assert.equal(await count(page), inEra(era).length);
    await context.close();
  });

  test("j/k and the arrows move through the shown milestones and select them", async () => {
    const era = eraA();
    const [a, b, c] = inEra(era);
    const { context, page } = await open(`?era=${era}&lang=en`);
    // The selected milestone is focused once it has been scrolled to (the next frame).
    const focused = (id) => page.waitForFunction((id) => document.activeElement?.dataset.id === id, id);
    await page.keyboard.press("j");
    await focused(a);
    await page.keyboard.press("j");
    await focused(b);
    await page.keyboard.press("ArrowDown");
    await focused(c);
    await page.keyboard.press("k");
    await focused(b);
    assert.equal((await query(page)), `?era=${era}&m=${b}&lang=en`);
    assert.match(await page.locator(`.milestone:not([hidden])[data-id=${b}]`).getAttribute("class"), /is-selected/);
    await context.close();
  });

  test("Enter opens the selected milestone's first source", async () => {
    const id = inMiddle(eraA());
    const { context, page } = await open(`?era=${eraA()}&m=${id}&lang=en`);
    await context.route(/^https:/, (route) => route.fulfill({ status: 200, body: "source" }));
    await page.waitForFunction((id) => document.activeElement?.dataset.id === id, id);
    const first = await page.locator(`[data-id="${id}"] .milestone__source-link`).first().getAttribute("href");
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("Enter")]);
    await popup.waitForLoadState();
    assert.equal(popup.url(), first);
    await popup.close();
    await context.close();
  });

  test("? shows the keys and Esc closes them; typing never triggers shortcuts", async () => {
    const { context, page } = await open("?lang=en");
    await page.keyboard.press("?");
    await page.locator(".keyboard-help__dialog").waitFor();
    assert.match(await page.locator(".keyboard-help__dialog").textContent(), /Next milestone/);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".keyboard-help__dialog").count(), 0);
    await page.locator(".search-box__input").click();
    await page.keyboard.type("jk?");
    assert.equal(await page.locator(".keyboard-help__dialog").count(), 0);
    assert.equal(await page.locator(".search-box__input").inputValue(), "jk?");
    await context.close();
  });

  test("Esc in the search clears it and leaves the box, so the shortcuts work at once", async () => {
    const { context, page } = await open("?lang=en");
    // A year finds the milestones of that year.
    const year = String(data.items[0].years[0]);
    await page.locator(".search-box__input").fill(year);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("q"));
    assert.ok((await count(page)) > 0 && (await count(page)) < total(), `searching ${year}`);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "milestones");
    assert.equal(await count(page), total());
    await page.keyboard.press("j");
    await page.waitForFunction(() => new URL(location.href).searchParams.has("m"));
    assert.equal(await page.locator(".search-box__input").inputValue(), "");
    assert.equal(await page.locator(".keyboard-help__dialog").count(), 0);
    await page.keyboard.press("?");
    await page.locator(".keyboard-help__dialog").waitFor();
    await context.close();
  });

  test("the keys' help is a modal dialog: it takes focus, keeps it, and gives it back", async () => {
    const { context, page } = await open("?lang=en");
    await page.locator(".site-header__help").click();
    const dialog = page.locator("dialog.keyboard-help__dialog");
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => d.open && d.matches(":modal")), true);
    const inside = () => page.evaluate(() => !!document.activeElement?.closest("dialog"));
    assert.ok(await inside(), "focus moved into the dialog");
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      // Between the last control and the first, focus may rest on the browser's own UI, never on the page.
      const where = await page.evaluate(() =>
        document.activeElement === document.body ? "body" : document.activeElement?.closest("dialog") ? "dialog" : "page",
      );
      assert.notEqual(where, "page", `Tab ${i + 1} left the dialog`);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains("site-header__help")));
    // Opened by key, closed by its button: focus goes back to where it was.
    await page.locator(".era-card").first().focus();
    await page.keyboard.press("?");
    await dialog.waitFor();
    await page.locator(".keyboard-help__close").click();
    await dialog.waitFor({ state: "detached" });
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains("era-card")));
    await context.close();
  });

  test("Esc closes the filters panel and returns focus to its button", async () => {
    const { context, page } = await open("?lang=en");
    await openFilters(page);
    await page.locator(".facet-chip--tag").first().focus();
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector(".toolbar__filters").getAttribute("aria-expanded") === "false");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "filters-toggle");
    assert.equal(await page.locator(".facets").count(), 0);
    await context.close();
  });

  test("when nothing matches, it says so and offers to clear the filter that excluded most", async () => {
    // An era and an organisation with nothing together, the organisation having more milestones than the era
    // (so the era is the filter that excluded most).
    const sizeOf = (key, v) => data.ids((m) => (key === "era" ? m.era === v : m.orgs.includes(v))).length;
    const orgs = [...new Set(data.items.flatMap((m) => m.orgs))].sort((a, b) => sizeOf("orgs", b) - sizeOf("orgs", a));
    const [era, org] = data.eras
      .flatMap((e) => orgs.map((o) => [e, o]))
      .filter(([e, o]) => !data.items.some((m) => m.era === e && m.orgs.includes(o)))
      .sort((p, q) => sizeOf("orgs", q[1]) - sizeOf("era", q[0]) - (sizeOf("orgs", p[1]) - sizeOf("era", p[0])))[0];
    assert.ok(sizeOf("orgs", org) > sizeOf("era", era), `${era} and ${org}`);
    const { context, page } = await open(`?era=${era}&org=${org}&lang=en`, {
      ready: ".empty-state",
    });
    const empty = page.locator(".empty-state");
    await empty.waitFor();
    assert.match(await empty.textContent(), /No milestone matches/);
    const offer = page.locator(".empty-state__action");
    assert.match(await offer.textContent(), /Clear the era filter \(shows \d+\)/);
    await offer.click();
    assert.equal((await query(page)), `?org=${org}&lang=en`);
    assert.equal(await count(page), data.ids((m) => m.orgs.includes(org)).length);
    await context.close();
  });

  test("no console error or warning, CSP violation or failed request in the whole run", () => {
    assert.deepEqual(problems(), []);
  });
});
