// End-to-end: a long list renders only what is near the screen, and that stays invisible to readers: scrolling
// always shows milestones, the page keeps its full height, keyboard moves, deep links and filters work across
// the window. Runs against a benchmark-only bundle of 1,000 synthetic milestones (the real timeline renders whole), built
// by the test command into target/e2e/dist-1000 (or DIST_LARGE).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startHarness } from "./harness.mjs";
import { frames } from "./catalog.mjs";

const large = resolve(process.env.DIST_LARGE ?? new URL("../../target/e2e/dist-1000", import.meta.url).pathname);
let harness;

before(async () => {
  assert.ok(existsSync(large), `no 1,000-milestone bundle at ${large}: run bash .ci/test (it builds one)`);
  harness = await startHarness(large);
});

after(async () => {
  await harness?.close();
});

const rendered = (page) => page.locator(".milestone:not([hidden])").count();
/** Milestones whose box overlaps the screen. */
const onScreen = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".milestone:not([hidden])")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .map((el) => el.dataset.id),
  );
const listBox = (page) =>
  page.evaluate(() => {
    const r = document.getElementById("milestones").getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  });

describe("windowed list (1,000 milestones)", () => {
  test("renders a screenful, keeps the page's full height, and shows milestones wherever one scrolls", async () => {
    const { context, page } = await harness.open("?lang=en");
    assert.equal(await page.locator(".milestones__count").textContent(), "Showing all 1000 milestones");
    const box = await listBox(page);
    assert.ok(box.bottom - box.top > 100_000, `list is ${box.bottom - box.top} px tall: space stands in for the rest`);
    assert.ok((await rendered(page)) < 60, `${await rendered(page)} items rendered`);
    for (const at of [0, 0.1, 0.37, 0.5, 0.81, 0.95]) {
      // Heights are refined as items get measured, so the list's extent is read again before each jump. Then what
      // is on screen is read in each of the next 12 frames: never nothing, and the reader's place holds while the
      // list measures what it rendered (the items on screen at the first frame are still there at the last).
      const screens = await page.evaluate(async (at) => {
        const list = document.getElementById("milestones").getBoundingClientRect();
        scrollTo(0, list.top + scrollY + at * (list.height - 900));
        const seen = [];
        for (let f = 0; f < 12; f++) {
          await new Promise((r) => requestAnimationFrame(r));
          seen.push(
            [...document.querySelectorAll(".milestone:not([hidden])")]
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.bottom > 0 && r.top < innerHeight;
              })
              .map((el) => el.dataset.id),
          );
        }
        return seen;
      }, at);
      const state = JSON.stringify([await listBox(page), await page.evaluate(() => scrollY)]);
      const empty = screens.findIndex((ids) => ids.length === 0);
      assert.equal(empty, -1, `nothing on screen in frame ${empty} after a jump to ${at} of the list: ${state}`);
      const [first, last] = [screens[0], screens.at(-1)];
      assert.ok(
        first.some((id) => last.includes(id)),
        `the screen moved on by itself after a jump to ${at}: ${first} then ${last}`,
      );
      assert.ok((await rendered(page)) < 60, `${await rendered(page)} items rendered at ${at}`);
    }
    // At the very end the list's last milestone is rendered: no space stands in below it.
    for (let i = 0; i < 3; i++) {
      await page.evaluate((y) => scrollTo(0, y), (await listBox(page)).bottom - 900);
      await frames(page);
    }
    const below = await page.evaluate(() => [...document.querySelectorAll(".milestones__list")].at(-1).style.paddingBottom);
    assert.ok(below === "" || below === "0px", `space below the last rendered item: ${below}`);
    await context.close();
  });

  test("scrolling step by step never shows an empty list area", async () => {
    const { context, page } = await harness.open("?lang=en");
    const box = await listBox(page);
    await page.evaluate((y) => scrollTo(0, y), box.top);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 700);
      await frames(page);
      const seen = await onScreen(page);
      assert.ok(seen.length >= 1, `empty screen after ${i + 1} wheel steps`);
    }
    await context.close();
  });

  test("a deep link to a milestone far down the list renders it, scrolls to it and focuses it", async () => {
    const { context, page } = await harness.open("?lang=en&m=synthetic-780", { ready: "#m-synthetic-780" });
    await page.waitForFunction(() => document.activeElement?.id === "m-synthetic-780");
    const r = await page.locator("#m-synthetic-780").boundingBox();
    assert.ok(r.y >= 0 && r.y < 900, `deep-linked milestone at y=${r.y}`);
    assert.ok(await page.locator("#m-synthetic-780").evaluate((el) => el.classList.contains("is-selected")));
    await context.close();
  });

  test("j moves through the list past the rendered window, each step focused and on screen", async () => {
    const { context, page } = await harness.open("?lang=en");
    const order = await page.evaluate(() => document.querySelectorAll(".milestone:not([hidden])").length);
    assert.ok(order > 0);
    for (let i = 0; i < 70; i++) await page.keyboard.press("j");
    // The 70th step is selected, rendered and focused.
    await page.waitForFunction(() => {
      const m = new URL(location.href).searchParams.get("m");
      return m !== null && document.activeElement?.id === `m-${m}`;
    });
    await frames(page);
    const focused = await page.evaluate(() => document.activeElement?.id ?? "");
    assert.match(focused, /^m-/);
    const selected = new URL(page.url()).searchParams.get("m");
    assert.equal(`m-${selected}`, focused);
    const r = await page.locator(`#${focused}`).boundingBox();
    assert.ok(r.y >= 0 && r.y < 900, `selected milestone at y=${r.y}`);
    // k goes back one, to the milestone before it in the list.
    await page.keyboard.press("k");
    await page.waitForFunction((before) => document.activeElement?.id !== before && /^m-/.test(document.activeElement?.id ?? ""), focused);
    const back = await page.evaluate(() => document.activeElement?.id ?? "");
    assert.notEqual(back, focused);
    assert.match(back, /^m-/);
    await context.close();
  });

  test("filtering a long list re-renders the screen's part of the new list", async () => {
    const { context, page } = await harness.open("?lang=en");
    await page.locator(".era-card[data-era=scaling]").click();
    assert.match(await page.locator(".milestones__count").textContent(), /^Showing \d+ of 1000 milestones$/);
    await page.locator("#milestones").scrollIntoViewIfNeeded();
    await frames(page);
    const seen = await onScreen(page);
    assert.ok(seen.length >= 1, "the filtered list shows milestones");
    const eras = await page.evaluate(() =>
      [...document.querySelectorAll(".milestones__era")].map((s) => s.getAttribute("aria-labelledby")),
    );
    assert.deepEqual(eras, ["era-scaling"]);
    // Searching as well: when 60 or fewer match, they all render (the list is short again).
    await page.locator(".search-box__input").fill("alphafold");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "alphafold");
    const shown = Number((await page.locator(".milestones__count").textContent()).match(/Showing (\d+)/)[1]);
    assert.ok(shown > 0 && shown <= 60, `${shown} shown`);
    assert.equal(await rendered(page), shown);
    await context.close();
  });

  test("arriving on a phone, far above the list, builds none of its milestones", async () => {
    const { context, page } = await harness.open("?lang=en", { width: 412, ready: ".era-card" });
    // Counts the milestones scripts add to the page (the first view's come with the page).
    await context.addInitScript(() => {
      window.__built = [];
      const watch = new MutationObserver((changes) => {
        if (document.readyState === "loading") return;
        for (const c of changes)
          for (const n of c.addedNodes)
            if (n.nodeType === 1)
              for (const m of n.matches(".milestone") ? [n] : n.querySelectorAll(".milestone"))
                window.__built.push(`${m.id} at ${Math.round(performance.now())} ms, scrollY ${scrollY}`);
      });
      watch.observe(document, { childList: true, subtree: true });
      // What the HTML parser adds is the page as delivered: its records, still waiting when parsing ends, are
      // dropped; only what scripts add after it counts.
      document.addEventListener("readystatechange", () => watch.takeRecords(), { once: true });
    });
    await page.reload();
    await harness.started(page);
    await frames(page, 4);
    const list = await page.evaluate(() => document.getElementById("milestones").getBoundingClientRect().top);
    assert.ok(list > 900 + 1200, `the list begins ${list} px down: beyond the screen and its margin`);
    assert.deepEqual(await page.evaluate(() => window.__built), [], "milestones built for a list screens away");
    await context.close();
  });

  test("an era card, and the card again to show all, go to the start of the results, building only what is near it", async () => {
    // On a phone the list begins screens below the top: nothing of it is rendered until the reader goes there.
    const { context, page } = await harness.open("?lang=en", { width: 412, ready: ".era-card" });
    const card = page.locator(".era-card[data-era=scaling]");
    for (const step of ["the era", "all"]) {
      // Counts the milestones the change builds (adds to the page).
      await page.evaluate(() => {
        window.__built = 0;
        window.__watch?.disconnect();
        window.__watch = new MutationObserver((changes) => {
          for (const c of changes)
            for (const n of c.addedNodes)
              if (n.nodeType === 1) window.__built += n.matches(".milestone") ? 1 : n.querySelectorAll(".milestone").length;
        });
        window.__watch.observe(document.getElementById("milestones"), { childList: true, subtree: true });
      });
      await card.click();
      await frames(page, 4);
      // The results' first milestone: the first item of the first list shown, with nothing stood in above it.
      const start = await page.evaluate(() => {
        const list = document.querySelector(".milestones__era:not([hidden]) .milestones__list");
        const first = list.querySelector(".milestone:not([hidden])");
        return { padded: list.style.paddingTop, first: first?.dataset.id };
      });
      assert.equal(start.padded, "", `${step}: nothing stands in above the first result`);
      assert.ok(start.first, `${step}: the first result is rendered`);
      assert.ok((await onScreen(page)).includes(start.first), `${step}: the first result is on screen`);
      const built = await page.evaluate(() => window.__built);
      assert.ok(built <= 12, `${step}: ${built} milestones built (a screenful and its margin is a few)`);
      // The frame that shows the change builds only what is near the screen; once it is painted, the list renders
      // its whole margin below the screen again (what scrolling on reaches).
      await page.waitForTimeout(300);
      const below = await page.evaluate(() => {
        const items = [...document.querySelectorAll(".milestone:not([hidden])")];
        return Math.max(...items.map((m) => m.getBoundingClientRect().bottom)) - innerHeight;
      });
      assert.ok(below >= 1150, `${step}: the milestones rendered end ${below} px below the screen`);
    }
    await context.close();
  });

  test("the time axis shows a bar per year instead of a thousand marks", async () => {
    const { context, page } = await harness.open("?lang=en");
    assert.equal(await page.locator(".axis__mark").count(), 0);
    assert.equal(await page.locator(".axis__bar").count(), await page.locator(".axis__year").count());
    const label = await page.locator(".axis__bar").nth(2).getAttribute("aria-label");
    assert.match(label, /^2012: \d+ of \d+ milestones shown$/);
    await page.locator(".era-card[data-era=transformer]").click();
    assert.match(await page.locator(".axis__bar").nth(2).getAttribute("aria-label"), /^2012: 0 of \d+ milestones shown$/);
    await context.close();
  });

  test("no console error or warning, CSP violation or failed request", () => {
    assert.deepEqual(harness.problems, []);
  });
});
