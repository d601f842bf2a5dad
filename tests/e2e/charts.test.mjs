// The charts at phone (375 x 800, touch) and desktop (1280 x 900) sizes, in both languages: text never renders
// under 11 px, nothing scrolls sideways, visible labels never overlap one another or a point, a point shows its
// milestone on hover, focus and tap and follows to it on a click, Enter or a second tap, arrow keys move the
// chart's one tab stop in date order, dimming follows the filters, and the list of undisclosed sizes links to
// them. Counts and ids come from the page (catalog.mjs), never from literals.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { address, frames, withCatalog } from "./catalog.mjs";

const phone = { width: 375, height: 800, touch: true };
const desktop = { width: 1280, height: 900 };
const sizes = { phone, desktop };
const langs = ["en", "zh-Hant"];

let harness, data;
before(async () => ({ harness, data } = await withCatalog()));
after(() => harness?.close());
const query = async (page) => (await address(page)).search;
const dot = (page, id) => page.locator(`.scaling-chart__point[data-id=${id}]`).first();
const tip = (page) => page.locator(".scaling-chart__plot .chart__tip");
/** The milestone of an era, from the page's catalog. */
const eraOf = (id) => data.items.find((m) => m.id === id)?.era;

/** The chart's own link for a milestone's point: its text names it ("name · figure · date"). */
const pointText = (page, id) =>
  page
    .locator("a[id^=scaling-point-]")
    .evaluateAll((all, id) => all.find((a) => new URLSearchParams(a.getAttribute("href")).get("m") === id)?.textContent, id);
/** The id of a point (or of a mark, with `selector`) that nothing covers where a tap or click on it lands (its
 *  box's middle), the one nearest the middle of those on screen. */
async function clearPoint(page, selector = ".scaling-chart__point") {
  await page.locator(".scaling-chart__plot").scrollIntoViewIfNeeded();
  // A chart off screen skips rendering (content-visibility): it is laid out for real at the next frame.
  await frames(page);
  return page.locator(selector).evaluateAll((all) => {
    const clear = all.filter((g) => {
      const r = g.getBoundingClientRect();
      return r.width > 0 && g.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    return clear[Math.floor(clear.length / 2)]?.dataset.id;
  });
}

/** Waits until the milestone is the selected one in the list. */
const selected = (page, id) => page.locator(`.milestone:not([hidden])[data-id="${id}"].is-selected`).waitFor();

/** The text that renders smaller than `min` px in the charts section (visible elements only), as descriptions. */
function smallText(page, min) {
  return page.evaluate((min) => {
    // Whether an element is on the page: `checkVisibility` alone misses SVG text in a hidden group.
    const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
    const small = [];
    const charts = document.querySelector(".charts");
    const walker = document.createTreeWalker(charts, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !shown(el)) continue;
      // Inside an SVG, the font size is in the drawing's units: times its scale on screen.
      const scale = el instanceof SVGElement ? el.getScreenCTM().a : 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < min) small.push(`${node.textContent.trim().slice(0, 30)}: ${px.toFixed(1)} px`);
    }
    return small;
  }, min);
}

/** The boxes on screen of the visible labels, points and year labels of the scaling chart, and the plot's box. */
function scalingBoxes(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height, text: el.textContent.trim() };
    };
    const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
    const visible = (selector) => [...document.querySelectorAll(selector)].filter(shown).map(box);
    return {
      plot: box(document.querySelector(".scaling-chart__plot")),
      drawing: box(document.querySelector(".chart--scaling .chart__drawing")),
      labels: visible(".scaling-chart__label"),
      points: visible(".scaling-chart__dot, .scaling-chart__active"),
      ticks: visible(".scaling-chart__tick"),
    };
  });
}

const overlap = (a, b, slack = 0.5) =>
  a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;

describe("charts", () => {
  for (const [name, size] of Object.entries(sizes)) {
    for (const lang of langs) {
      test(`${name}, ${lang}: no chart text under 11 px, tooltip included, and nothing scrolls sideways`, async () => {
        const { context, page } = await harness.open(`?lang=${lang}`, { ...size, later: true });
        await page.locator(".chart--scaling .data-table summary").click();
        await page.locator(".chart--imagenet .data-table summary").click();
        await page.locator("#scaling-point-0").focus();
        await tip(page).waitFor();
        assert.deepEqual(await smallText(page, 11), []);
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          drawings: [...document.querySelectorAll(".chart__drawing")].map((d) => d.scrollWidth - d.clientWidth),
          tables: [...document.querySelectorAll(".data-table")].map(
            (d) => Math.max(0, Math.ceil(d.querySelector("table").getBoundingClientRect().width - d.getBoundingClientRect().width)),
          ),
        }));
        assert.equal(overflow.page, 0, "the page does not scroll sideways");
        assert.deepEqual(overflow.drawings, overflow.drawings.map(() => 0), "the drawings do not scroll sideways");
        assert.deepEqual(overflow.tables, overflow.tables.map(() => 0), "the tables fit their box");
        await context.close();
      });
    }
  }

  for (const width of [375, 560, 800, 1280]) {
    for (const lang of langs) {
      test(`${width} px, ${lang}: labels and ticks do not overlap each other or a point, and stay in the plot`, async () => {
        const { context, page } = await harness.open(`?lang=${lang}`, { width, height: 900, touch: width < 640, later: true });
        const { plot, drawing, labels, points, ticks } = await scalingBoxes(page);
        assert.ok(labels.length >= 8, `${labels.length} labels`);
        assert.ok(plot.x >= drawing.x && plot.x + plot.w <= drawing.x + drawing.w + 0.5, "the plot fits its box");
        for (const [i, a] of labels.entries()) {
          assert.ok(
            a.x >= plot.x && a.x + a.w <= plot.x + plot.w && a.y >= plot.y && a.y + a.h <= plot.y + plot.h,
            `${a.text} stays in the plot`,
          );
          for (const b of labels.slice(i + 1)) assert.ok(!overlap(a, b), `${a.text} overlaps ${b.text}`);
          for (const p of points) assert.ok(!overlap(a, p, 1), `${a.text} covers a point`);
        }
        for (const [i, a] of ticks.entries()) {
          assert.ok(a.x >= drawing.x && a.x + a.w <= drawing.x + drawing.w, `tick ${a.text} is on screen`);
          for (const b of ticks.slice(i + 1)) assert.ok(!overlap(a, b), `tick ${a.text} overlaps ${b.text}`);
        }
        await context.close();
      });
    }
  }

  for (const lang of langs) {
    test(`phone, ${lang}: a tap shows the point's milestone, a second tap follows to it`, async () => {
      const { context, page } = await harness.open(`?lang=${lang}`, { ...phone, later: true });
      const id = await clearPoint(page);
      assert.ok(id, "a point in the clear");
      // Its name, and its figure and date, as its link says them.
      const [name, ...rest] = (await pointText(page, id)).split(" · ");
      await dot(page, id).tap();
      await tip(page).waitFor();
      assert.ok((await tip(page).textContent()).includes(name), `${await tip(page).textContent()} names ${name}`);
      assert.ok((await tip(page).textContent()).includes(rest.at(-1)), `${await tip(page).textContent()} dates it ${rest.at(-1)}`);
      assert.equal((await query(page)), `?lang=${lang}`, "the first tap does not leave");
      await dot(page, id).tap();
      await selected(page, id);
      assert.equal((await query(page)), `?m=${id}&lang=${lang}`);
      await context.close();
    });
  }

  test("phone: a tap on an undisclosed size shows its name; a tap elsewhere closes it", async () => {
    const { context, page } = await harness.open("?lang=en", { ...phone, later: true });
    const id = await clearPoint(page, ".scaling-chart__mark:visible");
    assert.ok(id, "a mark in the clear");
    const [name] = (await pointText(page, id)).split(" · ");
    const mark = page.locator(`.scaling-chart__mark[data-id="${id}"]:visible`);
    await mark.tap();
    await tip(page).waitFor();
    const text = await tip(page).textContent();
    assert.ok(text.startsWith(name) && /size not disclosed/.test(text.slice(name.length)), text);
    // Under the tooltip, in the plot's empty lower middle.
    const plot = await page.locator(".scaling-chart__plot").boundingBox();
    await page.locator(".scaling-chart__plot").tap({ position: { x: plot.width * 0.45, y: plot.height - 45 } });
    await tip(page).waitFor({ state: "detached" });
    assert.equal((await query(page)), "?lang=en");
    await context.close();
  });

  test("desktop: hovering a point shows its milestone; a click follows to it", async () => {
    const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
    const id = await clearPoint(page);
    assert.ok(id, "a point in the clear");
    // Its name, then its figure, as its link says them.
    const [name, figure] = (await pointText(page, id)).split(" · ");
    await dot(page, id).hover();
    await tip(page).waitFor();
    const text = await tip(page).textContent();
    assert.ok(text.startsWith(name) && text.slice(name.length).includes(figure), `${text}: ${name}, ${figure}`);
    await dot(page, id).click();
    await selected(page, id);
    assert.equal((await query(page)), `?m=${id}&lang=en`);
    await context.close();
  });

  for (const lang of langs) {
    test(`desktop, ${lang}: one tab stop per chart; arrows move in date order with the tooltip; Enter follows`, async () => {
      const { context, page } = await harness.open(`?lang=${lang}`, { ...desktop, later: true });
      const stops = () => page.locator(".chart--scaling a[id^=scaling-point-][tabindex='0']").count();
      assert.equal(await stops(), 1);
      const links = await page.locator("a[id^=scaling-point-]").count();
      assert.equal(
        links,
        (await page.locator(".scaling-chart__point").count()) +
          (await page.locator(".scaling-chart__mark:visible").count()),
        "a link per point",
      );
      const first = page.locator("#scaling-point-0");
      await first.focus();
      await tip(page).waitFor();
      const firstName = (await tip(page).locator("text.is-title").allTextContents()).join(" ");
      assert.ok(firstName.length > 0);
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.activeElement?.id === "scaling-point-1");
      assert.equal(await stops(), 1, "the tab stop moved with focus");
      assert.notEqual((await tip(page).locator("text.is-title").allTextContents()).join(" "), firstName);
      await page.keyboard.press("End");
      await page.waitForFunction((n) => document.activeElement?.id === `scaling-point-${n - 1}`, links);
      await page.keyboard.press("Home");
      await page.waitForFunction(() => document.activeElement?.id === "scaling-point-0");
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.activeElement?.id === "scaling-point-1");
      // The second point in date order, read from its link (it names its milestone).
      const href = await page.locator("#scaling-point-1").getAttribute("href");
      const id = new URLSearchParams(href).get("m");
      await page.keyboard.press("Enter");
      await selected(page, id);
      assert.equal((await query(page)), `?m=${id}&lang=${lang}`);
      // Tab leaves the chart: the next stop is not another point.
      await page.locator("#scaling-point-0").focus();
      await page.keyboard.press("Tab");
      assert.ok(!(await page.evaluate(() => document.activeElement?.id ?? "")).startsWith("scaling-point-"));
      await context.close();
    });
  }

  test("desktop: the ImageNet bars are one tab stop; a bar shows its milestone on focus and Space follows", async () => {
    const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
    const bars = page.locator(".imagenet-chart__bar");
    assert.equal(await page.locator(".imagenet-chart__bar[tabindex='0']").count(), 1);
    await bars.first().focus();
    await page.keyboard.press("ArrowDown");
    const second = bars.nth(1);
    await page.waitForFunction(() => document.activeElement?.classList.contains("imagenet-chart__bar") && document.activeElement.id === "imagenet-point-1");
    assert.ok(await second.locator(".imagenet-chart__tip").isVisible());
    const id = new URLSearchParams(await second.getAttribute("href")).get("m");
    await page.keyboard.press(" ");
    await selected(page, id);
    assert.equal((await query(page)), `?m=${id}&lang=en`);
    await context.close();
  });

  test("dimming follows the filters, and a dimmed point still leads to its milestone", async () => {
    // The era of the chart's middle point (read from its link).
    const era = await (async () => {
      const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
      const links = await page.locator("a[id^=scaling-point-]").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
      await context.close();
      return eraOf(new URLSearchParams(links[Math.floor(links.length / 2)]).get("m"));
    })();
    const { context, page } = await harness.open(`?era=${era}&lang=en`, { ...desktop, later: true });
    const dimmed = (selector) =>
      page.locator(selector).evaluateAll((all) => all.map((el) => [el.dataset.id ?? el.getAttribute("href"), el.classList.contains("is-dimmed")]));
    for (const [id, isDimmed] of await dimmed(".scaling-chart__point, .scaling-chart__mark")) {
      assert.equal(isDimmed, eraOf(id) !== era, id);
    }
    for (const [href, isDimmed] of await dimmed(".imagenet-chart__bar")) {
      const id = new URLSearchParams(href).get("m");
      assert.equal(isDimmed, eraOf(id) !== era, id);
    }
    // A point the era hides: the first one in another era.
    const ids = await page.locator(".scaling-chart__point").evaluateAll((all) => all.map((g) => g.dataset.id));
    const other = ids.find((id) => eraOf(id) !== era);
    await dot(page, other).click();
    await selected(page, other);
    await frames(page);
    assert.equal(await page.locator(".scaling-chart__point.is-dimmed").count(), 0, "the jump left the era");
    await context.close();
  });

  for (const lang of langs) {
    test(`phone, ${lang}: the undisclosed sizes are listed under the chart as links that work`, async () => {
      const { context, page } = await harness.open(`?lang=${lang}`, { ...phone, later: true });
      const marks = await page
        .locator(".scaling-chart__mark:visible")
        .evaluateAll((all) => all.map((m) => m.dataset.id));
      const links = page.locator(".scaling-chart__hidden-list a");
      const targets = await links.evaluateAll((all) => all.map((a) => a.dataset.target));
      assert.deepEqual(targets, marks);
      for (const link of await links.all()) {
        const r = await link.boundingBox();
        assert.ok(r.x >= 0 && r.x + r.width <= 375 && r.height >= 24, "on screen and big enough to tap");
      }
      const id = targets[targets.length - 1];
      await page.locator(`.scaling-chart__hidden-list a[data-target=${id}]`).tap();
      await selected(page, id);
      assert.equal((await query(page)), `?m=${id}&lang=${lang}`);
      await context.close();
    });
  }

  test("points wear their era's colour, the last era included", async () => {
    const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
    const colours = await page.locator(".scaling-chart__point").evaluateAll((all) =>
      all.map((g) => ({
        id: g.dataset.id,
        accent: [...g.classList].find((c) => c.startsWith("era-accent-")),
        fill: getComputedStyle(g.querySelector(".scaling-chart__dot")).fill,
        era: getComputedStyle(g).getPropertyValue("--era").trim(),
      })),
    );
    for (const c of colours) {
      assert.equal(c.accent, `era-accent-${data.eras.indexOf(eraOf(c.id)) + 1}`, c.id);
      assert.ok(c.era !== "", `${c.id} has its era's colour`);
    }
    assert.ok(colours.some((c) => c.accent === `era-accent-${data.eras.length}`), "the last era is charted");
    await context.close();
  });

  test("the scaling table has a row per point and active count", async () => {
    const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
    const dots = await page.locator(".scaling-chart__point").count();
    const actives = await page.locator(".scaling-chart__active").count();
    const marks = await page.locator(".scaling-chart__mark:visible").count();
    assert.equal(await page.locator(".chart--scaling .data-table tbody tr").count(), dots + actives + marks);
    await context.close();
  });

  test("the points are static markup: the drawing's listeners serve them all, none is a point's own", async () => {
    const { context, page } = await harness.open("?lang=en", { ...desktop, later: true });
    const cdp = await context.newCDPSession(page);
    /** The types of the listeners on the first element matching `selector` (not its ancestors'). */
    const listeners = async (selector) => {
      const { result } = await cdp.send("Runtime.evaluate", { expression: `document.querySelector(${JSON.stringify(selector)})` });
      assert.ok(result.objectId, `${selector} is in the page`);
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId, depth: 0 });
      return listeners.map((l) => l.type).sort();
    };
    for (const point of [".scaling-chart__point", ".scaling-chart__mark", "a[id^=scaling-point-]", ".imagenet-chart__bar"]) {
      assert.deepEqual(await listeners(point), [], point);
    }
    for (const chart of [".chart--scaling", ".chart--imagenet"]) {
      const types = await listeners(`${chart} .chart__drawing`);
      for (const type of ["click", "keydown", "pointerdown", "pointerover"]) assert.ok(types.includes(type), `${chart}: ${type} in ${types}`);
    }
    await context.close();
  });

  test("no console error or warning in these runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
