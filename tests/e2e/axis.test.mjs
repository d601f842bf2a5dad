// The time axis by touch and keyboard. On a phone (375x800, touch) the axis is era buttons and a grid of years:
// every control at least 24x24 px, no text under 12 px, a year opens its list (title and date each) and a
// milestone there is followed. On a desktop (1280x900) the SVG keeps its marks and bands. Either way the axis is
// at most two tab stops, arrow keys move inside, and a touch previews before it follows.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { address, withCatalog } from "./catalog.mjs";

let harness, data;
before(async () => ({ harness, data } = await withCatalog()));
after(() => harness?.close());

const PHONE = { width: 375, height: 800, touch: true };
const DESKTOP = { width: 1280, height: 900 };

/** Opens a page and brings its time axis on screen: the layout shown renders live when it comes near. */
async function openAxis(query, size) {
  const opened = await harness.open(query, size);
  await opened.page.evaluate(() => document.querySelector(".axis").scrollIntoView({ block: "center" }));
  const live = size.width < 704 ? ".axis__dot" : ".axis__mark";
  await opened.page.waitForSelector(live, { state: "attached" });
  return opened;
}
const LANGS = ["zh-Hant", "en"];
/** An era of the page's (one of the middle ones) and a milestone (the middle one of the list). */
const midEra = () => data.eras[Math.floor(data.eras.length / 2)];
const midId = () => data.items[Math.floor(data.items.length / 2)].id;
/** The id of a mark no other mark covers (the one nearest the middle of those): what a touch or click there hits. */
const clearMark = (page) =>
  page.locator(".axis__mark").evaluateAll((all) => {
    const clear = all.filter((g) => {
      const r = g.getBoundingClientRect();
      return g.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    return clear[Math.floor(clear.length / 2)]?.dataset.id;
  });
const query = async (page) => (await address(page)).search;
const selectedParam = async (page) => (await address(page)).searchParams.get("m");

/** The interactive elements of the axis that are on the page (not hidden by the layout), with their sizes. */
const targets = (page) =>
  page.locator(".axis").evaluate((axis) =>
    [...axis.querySelectorAll("button, a[href], input, select, [role=button], [tabindex]")]
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = [el.classList[0], el.dataset.id ?? el.dataset.era ?? el.dataset.year].join(" ");
        return { name, width: box.width, height: box.height };
      }),
  );

/** Text in the axis that renders under 12 px (SVG text scaled as the SVG is drawn). */
const smallText = (page) =>
  page.locator(".axis").evaluate((axis) => {
    const small = [];
    const walker = document.createTreeWalker(axis, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el.checkVisibility()) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest("svg");
      if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size < 11.99) small.push(`${node.textContent.trim()}: ${size.toFixed(1)} px`);
    }
    return small;
  });

/** The year button with the most milestones (dots), and their count. */
async function busiestYear(page) {
  const years = await page
    .locator(".axis__cell")
    .evaluateAll((all) => all.map((b) => ({ year: b.dataset.year, dots: b.querySelectorAll(".axis__dot").length })));
  return years.reduce((a, b) => (b.dots > a.dots ? b : a));
}

/** Tabs from the last era card through the axis: the stops inside it, and where focus lands after it. */
async function axisTabStops(page) {
  await page.locator(".era-card").last().focus();
  const stops = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return { inAxis: !!el?.closest(".axis"), name: el?.classList?.[0] ?? el?.tagName };
    });
    if (!at.inAxis) return { stops, after: at.name };
    stops.push(at.name);
  }
  return { stops, after: null };
}

/** Ids of the marks in the order they are drawn, left to right (dates), ties in page order. */
const markOrder = (page) =>
  page.locator(".axis__mark").evaluateAll((all) =>
    all
      .map((g, i) => ({ id: g.dataset.id, x: Number(g.querySelector("circle").getAttribute("cx")), i }))
      .sort((a, b) => a.x - b.x || a.i - b.i)
      .map((m) => m.id),
  );

const focusedId = (page) => page.evaluate(() => document.activeElement?.dataset?.id ?? null);

describe("time axis on a phone", () => {
  test("years and eras replace the SVG; every control is at least 24x24 px and no text is under 12 px", async () => {
    for (const lang of LANGS) {
      const { context, page } = await openAxis(`?lang=${lang}`, PHONE);
      assert.equal(await page.locator(".axis__svg").isVisible(), false, `${lang}: the SVG is not shown`);
      assert.equal(await page.locator(".axis__cell").count(), await page.locator(".axis__year").count());
      assert.deepEqual(
        await page.locator(".axis__era").evaluateAll((all) => all.map((b) => b.dataset.era)),
        data.eras,
      );
      // With the busiest year's list open, so its items are measured too.
      const { year } = await busiestYear(page);
      await page.locator(`.axis__cell[data-year="${year}"]`).tap();
      await page.locator(".axis__item").first().waitFor();
      const all = await targets(page);
      assert.ok(all.length > data.eras.length, `${lang}: controls found`);
      const small = all.filter((t) => t.width < 24 || t.height < 24).map((t) => `${t.name} ${t.width}x${t.height}`);
      assert.deepEqual(small, [], `${lang}: targets under 24x24 px`);
      assert.deepEqual(await smallText(page), [], `${lang}: text under 12 px`);
      await context.close();
    }
  });

  test("a year shows a dot per milestone, dimmed where the filters hide it", async () => {
    const { context, page } = await openAxis(`?era=${midEra()}&lang=en`, PHONE);
    const dots = await page.locator(".axis__dot").count();
    assert.equal(dots, data.items.length);
    const shown = data.ids((m) => m.era === midEra()).length;
    assert.equal(await page.locator(".axis__dot.is-dimmed").count(), data.items.length - shown);
    await context.close();
  });

  test("a tap on a year previews its list with dates; a tap on a milestone there goes to it", async () => {
    for (const lang of LANGS) {
      const { context, page } = await openAxis(`?lang=${lang}`, PHONE);
      const { year, dots } = await busiestYear(page);
      const button = page.locator(`.axis__cell[data-year="${year}"]`);
      assert.equal(await button.getAttribute("aria-expanded"), "false");
      await button.tap();
      assert.equal(await button.getAttribute("aria-expanded"), "true");
      const list = page.locator(".axis__list");
      assert.ok(await list.isVisible(), `${lang}: the list shows`);
      assert.equal((await query(page)), `?lang=${lang}`, `${lang}: nothing followed yet`);
      const items = await list.locator(".axis__item").evaluateAll((all) =>
        all.map((b) => ({
          id: b.dataset.id,
          title: b.querySelector(".axis__item-title").textContent,
          date: b.querySelector(".axis__item-date").textContent,
        })),
      );
      assert.equal(items.length, dots);
      for (const item of items) {
        assert.ok(item.title.trim(), `${lang}: ${item.id} has a title`);
        assert.match(item.date, new RegExp(year), `${lang}: ${item.id} is dated in ${year}`);
      }
      const target = items[items.length - 1].id;
      await list.locator(`.axis__item[data-id="${target}"]`).tap();
      await page.waitForFunction((id) => new URL(location.href).searchParams.get("m") === id, target);
      assert.match(await page.locator(`.milestone:not([hidden])[data-id="${target}"]`).getAttribute("class"), /is-selected/);
      assert.match(await list.locator(`.axis__item[data-id="${target}"]`).getAttribute("class"), /is-selected/);
      // Tapping the year again puts its list away.
      await button.tap();
      assert.equal(await list.isVisible(), false);
      await context.close();
    }
  });

  test("an era button filters by its era, and again lets go", async () => {
    const { context, page } = await openAxis("?lang=en", PHONE);
    const era = page.locator(`.axis__era[data-era="${midEra()}"]`);
    await era.tap();
    assert.equal((await query(page)), `?era=${midEra()}&lang=en`);
    assert.equal(await era.getAttribute("aria-pressed"), "true");
    await era.tap();
    assert.equal((await query(page)), "?lang=en");
    await context.close();
  });

  test("the eras, the years and a year's list are one tab stop each, arrow keys inside", async () => {
    for (const lang of LANGS) {
      const { context, page } = await openAxis(`?lang=${lang}`, PHONE);
      const { stops } = await axisTabStops(page);
      assert.ok(stops.length <= 2, `${lang}: ${stops.join(", ")}`);
      assert.deepEqual(stops, ["axis__era", "axis__cell"], lang);
      await context.close();
    }
    const { context, page } = await openAxis("?lang=en", PHONE);
    const eras = data.eras;
    await page.locator(`.axis__era[data-era=${eras[0]}]`).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), eras[1]);
    await page.keyboard.press("End");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), eras[eras.length - 1]);
    const years = await page.locator(".axis__cell").evaluateAll((all) => all.map((b) => b.dataset.year));
    const focusedYear = () => page.evaluate(() => document.activeElement.dataset.year);
    await page.locator(`.axis__cell[data-year="${years[0]}"]`).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedYear(), years[1]);
    await page.keyboard.press("ArrowDown");
    assert.equal(await focusedYear(), years[9], "down a row of eight");
    await page.keyboard.press("Home");
    assert.equal(await focusedYear(), years[0]);
    // Enter opens the year; Tab goes into its list (one stop), arrows move there, Escape goes back to the year.
    const { year } = await busiestYear(page);
    await page.locator(`.axis__cell[data-year="${year}"]`).focus();
    await page.keyboard.press("Enter");
    await page.locator(".axis__item").first().waitFor();
    const ids = await page.locator(".axis__item").evaluateAll((all) => all.map((b) => b.dataset.id));
    await page.keyboard.press("Tab");
    assert.equal(await focusedId(page), ids[0]);
    await page.keyboard.press("ArrowDown");
    assert.equal(await focusedId(page), ids[1]);
    await page.keyboard.press("Escape");
    assert.equal(await focusedYear(), year);
    assert.equal(await page.locator(".axis__list").isVisible(), false);
    await context.close();
  });
});

describe("time axis on a desktop", () => {
  test("the SVG shows its marks and bands; the year grid is not shown", async () => {
    const { context, page } = await openAxis("?lang=en", DESKTOP);
    assert.ok(await page.locator(".axis__svg").isVisible());
    assert.equal(await page.locator(".axis__cell").first().isVisible(), false);
    assert.equal(await page.locator(".axis__mark").count(), data.items.length);
    assert.deepEqual(await smallText(page), []);
    await context.close();
  });

  test("the bands and the marks are one tab stop each", async () => {
    for (const lang of LANGS) {
      const { context, page } = await openAxis(`?lang=${lang}`, DESKTOP);
      const { stops, after } = await axisTabStops(page);
      assert.deepEqual(stops, ["axis__band", "axis__mark"], lang);
      assert.ok(after, `${lang}: focus leaves the axis`);
      assert.equal(await page.locator(".axis__mark[tabindex='0']").count(), 1);
      assert.equal(await page.locator(".axis__band[tabindex='0']").count(), 1);
      await context.close();
    }
  });

  test("the selected milestone's mark holds the tab stop", async () => {
    const { context, page } = await openAxis(`?m=${midId()}&lang=en`, DESKTOP);
    assert.deepEqual(
      await page.locator(".axis__mark[tabindex='0']").evaluateAll((all) => all.map((g) => g.dataset.id)),
      [midId()],
    );
    await context.close();
  });

  test("arrow keys move between marks in date order, Home and End to the ends", async () => {
    const { context, page } = await openAxis("?lang=en", DESKTOP);
    const order = await markOrder(page);
    await axisTabStops(page); // leaves focus past the axis
    await page.keyboard.press("Shift+Tab");
    assert.equal(await focusedId(page), order[0]);
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedId(page), order[1]);
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedId(page), order[2]);
    await page.keyboard.press("ArrowLeft");
    assert.equal(await focusedId(page), order[1]);
    await page.keyboard.press("End");
    assert.equal(await focusedId(page), order[order.length - 1]);
    await page.keyboard.press("Home");
    assert.equal(await focusedId(page), order[0]);
    // The tooltip follows focus; the tab stop stays where focus was.
    await page.keyboard.press("ArrowRight");
    const label = await page.locator(`.axis__mark[data-id="${order[1]}"]`).getAttribute("aria-label");
    assert.equal(await page.locator(".axis__tip").textContent(), label);
    assert.equal(await page.locator(`.axis__mark[data-id="${order[1]}"]`).getAttribute("tabindex"), "0");
    await page.keyboard.press("Enter");
    assert.equal((await selectedParam(page)), order[1]);
    await context.close();
  });

  test("arrow keys move between bands", async () => {
    const { context, page } = await openAxis("?lang=en", DESKTOP);
    await page.locator(`.axis__band[data-era=${data.eras[0]}]`).focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), data.eras[1]);
    await page.keyboard.press("End");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), data.eras[data.eras.length - 1]);
    await page.keyboard.press(" ");
    assert.equal((await query(page)), `?era=${data.eras[data.eras.length - 1]}&lang=en`);
    await context.close();
  });

  test("a touch on a mark previews its name and date; a touch on the preview goes to it", async () => {
    for (const lang of LANGS) {
      const { context, page } = await openAxis(`?lang=${lang}`, { ...DESKTOP, touch: true });
      const id = await clearMark(page);
      assert.ok(id, `${lang}: a mark in the clear`);
      const mark = page.locator(`.axis__mark[data-id="${id}"]`);
      const label = await mark.getAttribute("aria-label");
      await mark.tap();
      const tip = page.locator(".axis__tip");
      assert.match(await tip.getAttribute("class"), /is-preview/);
      assert.ok((await tip.textContent()).startsWith(label), `${lang}: ${await tip.textContent()}`);
      assert.equal((await query(page)), `?lang=${lang}`, `${lang}: nothing followed yet`);
      const box = await tip.boundingBox();
      assert.ok(box.height >= 24, `${lang}: the preview is a ${box.width}x${box.height} target`);
      await tip.tap();
      await page.waitForFunction((id) => new URL(location.href).searchParams.get("m") === id, id);
      assert.match(await mark.getAttribute("class"), /is-selected/);
      assert.match(await page.locator(`.milestone:not([hidden])[data-id="${id}"]`).getAttribute("class"), /is-selected/);
      await context.close();
    }
  });

  test("a second touch on the same mark goes to it; a touch beside the marks puts the preview away", async () => {
    const { context, page } = await openAxis("?lang=en", { ...DESKTOP, touch: true });
    const id = await clearMark(page);
    assert.ok(id, "a mark in the clear");
    const mark = page.locator(`.axis__mark[data-id="${id}"]`);
    await mark.tap();
    assert.equal((await query(page)), "?lang=en");
    const svg = await page.locator(".axis__svg").boundingBox();
    await page.touchscreen.tap(svg.x + svg.width / 2, svg.y + svg.height - 4);
    assert.equal(await page.locator(".axis__tip").count(), 0);
    await mark.tap();
    assert.equal((await query(page)), "?lang=en");
    await mark.tap();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("m") === id, id);
    await context.close();
  });

  test("a mouse click on a mark goes to it at once", async () => {
    const { context, page } = await openAxis("?lang=en", DESKTOP);
    const id = await clearMark(page);
    assert.ok(id, "a mark in the clear");
    await page.locator(`.axis__mark[data-id="${id}"]`).click();
    assert.equal((await selectedParam(page)), id);
    await context.close();
  });
});

describe("time axis problems", () => {
  test("no console error or warning in these runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
