// The time axis and charts: a mark selects its milestone, a band selects its era, dimming follows the filters,
// charts have table alternatives built from the data, and printing hides controls and writes out addresses.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { address, withCatalog } from "./catalog.mjs";

let harness, data;
before(async () => ({ harness, data } = await withCatalog()));
after(() => harness?.close());

const query = async (page) => (await address(page)).search;
/** An era of the page's (one of the middle ones), and the era of a milestone, from the catalog. */
const midEra = () => data.eras[Math.floor(data.eras.length / 2)];
const eraOf = (id) => data.items.find((m) => m.id === id)?.era;
/** The ids of the axis marks no other mark covers where a click lands (their box's middle), in order. */
const clearMarks = (page) =>
  page.locator(".axis__mark").evaluateAll((all) =>
    all
      .filter((g) => {
        const r = g.getBoundingClientRect();
        return g.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      })
      .map((g) => g.dataset.id),
  );
/** The one of `ids` nearest their middle. */
const middle = (ids) => ids[Math.floor(ids.length / 2)];
const count = (page) => page.locator(".milestone:not([hidden])").count();

describe("time axis and charts", () => {
  test("the axis has one mark per milestone and a band per era", async () => {
    const { context, page } = await harness.open("?lang=en");
    assert.equal(await page.locator(".axis__mark").count(), data.items.length);
    assert.deepEqual(
      await page.locator(".axis__band").evaluateAll((all) => all.map((b) => b.dataset.era)),
      data.eras,
    );
    await context.close();
  });

  test("clicking a mark selects its milestone and scrolls the list to it", async () => {
    const { context, page } = await harness.open("?lang=en");
    await page.locator(".axis").scrollIntoViewIfNeeded();
    const id = middle(await clearMarks(page));
    assert.ok(id, "a mark in the clear");
    await page.locator(`.axis__mark[data-id="${id}"]`).click();
    assert.equal((await query(page)), `?m=${id}&lang=en`);
    await page.waitForFunction((id) => document.activeElement?.dataset.id === id, id);
    assert.match(await page.locator(`.milestone:not([hidden])[data-id="${id}"]`).getAttribute("class"), /is-selected/);
    assert.match(await page.locator(`.axis__mark[data-id="${id}"]`).getAttribute("class"), /is-selected/);
    await context.close();
  });

  test("clicking a band selects the era; marks outside it are dimmed", async () => {
    const era = midEra();
    const inEra = data.ids((m) => m.era === era).length;
    const { context, page } = await harness.open("?lang=en");
    await page.locator(`.axis__band[data-era="${era}"]`).click();
    assert.equal((await query(page)), `?era=${era}&lang=en`);
    assert.equal(await count(page), inEra);
    assert.equal(await page.locator(`.axis__band[data-era="${era}"]`).getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator(".axis__mark.is-dimmed").count(), data.items.length - inEra);
    await context.close();
  });

  test("a dimmed mark still works: it leaves the era to show its milestone", async () => {
    const era = midEra();
    const { context, page } = await harness.open(`?era=${era}&lang=en`);
    await page.locator(".axis").scrollIntoViewIfNeeded();
    // A mark of another era (dimmed), in the clear.
    const id = middle((await clearMarks(page)).filter((id) => eraOf(id) !== era));
    assert.ok(id, "a dimmed mark in the clear");
    assert.match(await page.locator(`.axis__mark[data-id="${id}"]`).getAttribute("class"), /is-dimmed/);
    await page.locator(`.axis__mark[data-id="${id}"]`).click();
    assert.equal((await query(page)), `?m=${id}&lang=en`);
    assert.equal(await count(page), data.items.length);
    await context.close();
  });

  test("marks and bands work by keyboard and name themselves", async () => {
    const { context, page } = await harness.open("?lang=en");
    // The milestone in the middle of the list: its mark is named by its title and (first) date, as the list
    // gives them.
    const m = data.items[Math.floor(data.items.length / 2)];
    const date = await page.locator(`.milestone[data-id="${m.id}"] .milestone__dates time`).first().textContent();
    const mark = page.locator(`.axis__mark[data-id="${m.id}"]`);
    assert.equal(await mark.getAttribute("aria-label"), `${m.title} · ${date}`);
    await mark.focus();
    assert.ok((await page.locator(".axis__tip").textContent()).includes(m.title));
    await page.keyboard.press("Enter");
    assert.equal((await query(page)), `?m=${m.id}&lang=en`);
    const era = data.eras.at(-1);
    const band = page.locator(`.axis__band[data-era="${era}"]`);
    await band.focus();
    await page.keyboard.press(" ");
    assert.equal((await query(page)), `?era=${era}&lang=en`);
    await context.close();
  });

  test("the scaling chart plots the data's parameter counts and lists undisclosed sizes", async () => {
    const { context, page } = await harness.open("?lang=en", { later: true });
    const dots = await page.locator(".scaling-chart__point").evaluateAll((all) => all.map((d) => d.dataset.id));
    // (The band of undisclosed sizes is drawn at several widths; one shows.)
    const hidden = await page.locator(".scaling-chart__mark:visible").evaluateAll((all) => all.map((d) => d.dataset.id));
    // Milestones of the list, plotted or listed as undisclosed, never both.
    assert.ok(dots.length > 0 && hidden.length > 0, `${dots.length} points, ${hidden.length} undisclosed`);
    for (const id of [...dots, ...hidden]) assert.ok(data.ids().includes(id), id);
    assert.deepEqual(dots.filter((id) => hidden.includes(id)), []);
    // Each point's link (name · figure · date) says what the data gives it.
    const said = await page.locator("a[id^=scaling-point-]").evaluateAll((all) =>
      all.map((a) => [new URLSearchParams(a.getAttribute("href")).get("m"), a.textContent]),
    );
    const saidOf = (id) => said.filter(([of]) => of === id).map(([, text]) => text);
    for (const id of hidden) assert.ok(saidOf(id).every((t) => /size not disclosed/.test(t)), id);
    for (const id of dots) assert.ok(saidOf(id).some((t) => !/size not disclosed/.test(t)), id);
    // The table holds the same: each row's name, date and value (total, active, or not disclosed) in a link.
    const table = page.locator(".chart--scaling .data-table");
    await table.locator("summary").click();
    const rows = await table.locator("tbody tr").evaluateAll((all) => all.map((r) => [...r.cells].map((c) => c.textContent)));
    const links = said.map(([, text]) => text);
    for (const [name, date, value, kind] of rows) {
      const shown = kind === "size not disclosed" ? kind : kind.startsWith("active") ? `${value} active` : value;
      assert.ok(
        links.some((l) => l.includes(name) && l.includes(date) && l.includes(shown)),
        `a row ${[name, date, value, kind].join(" | ")} with its link`,
      );
    }
    for (const kind of ["total", "active", "size not disclosed"]) {
      assert.ok(rows.some((r) => r[3].startsWith(kind)), `a row of ${kind}`);
    }
    assert.equal(rows.filter((r) => r[3] === "size not disclosed").length, hidden.length);
    await context.close();
  });

  test("the ImageNet chart shows its error rates with a table alternative", async () => {
    const { context, page } = await harness.open("?lang=zh-Hant", { later: true });
    const values = await page.locator(".imagenet-chart__bar").evaluateAll((all) => all.map((b) => Number(b.dataset.value)));
    assert.ok(values.length > 0);
    for (const v of values) assert.ok(v > 0 && v <= 100, `a rate of ${v}%`);
    const rows = await page.locator(".chart--imagenet .data-table").locator("tbody tr").allTextContents();
    assert.equal(rows.length, values.length);
    values.forEach((v, i) => assert.ok(rows[i].includes(String(v)), `${rows[i]} holds ${v}`));
    await context.close();
  });

  test("printing hides the controls and writes out source addresses", async () => {
    const { context, page } = await harness.open(`?era=${midEra()}&lang=en`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header__tools", ".milestones__tools", ".milestone__copy"]) {
      const display = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
      assert.equal(display, "none", selector);
    }
    // The first source link shown writes out its address.
    const source = page.locator(".milestone:not([hidden]) .milestone__source-link").first();
    const after = await source.evaluate((el) => getComputedStyle(el, "::after").content);
    assert.ok(after.includes(await source.getAttribute("href")), `${after} writes out the address`);
    const breakBefore = await page
      .locator(".milestones__era:not([hidden])")
      .first()
      .evaluate((el) => getComputedStyle(el).breakBefore);
    assert.notEqual(breakBefore, "page", "no blank first page");
    await context.close();
  });

  test("no console error or warning in these runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
