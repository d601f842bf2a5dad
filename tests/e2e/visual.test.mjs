// The time axis and charts: a mark selects its milestone, a band selects its era, dimming follows the filters,
// charts have table alternatives built from the data, and printing hides controls and writes out addresses.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startHarness } from "./harness.mjs";
import { catalog } from "./catalog.mjs";

let harness, data;
before(async () => {
  harness = await startHarness();
  data = await catalog(harness);
});
after(async () => {
  await harness?.close();
});

const query = (page) => new URL(page.url()).search;
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
    await page.locator(".axis__mark[data-id=transformer]").click();
    assert.equal(query(page), "?m=transformer&lang=en");
    await page.waitForFunction(() => document.activeElement?.dataset.id === "transformer");
    assert.match(await page.locator(".milestone:not([hidden])[data-id=transformer]").getAttribute("class"), /is-selected/);
    assert.match(await page.locator(".axis__mark[data-id=transformer]").getAttribute("class"), /is-selected/);
    await context.close();
  });

  test("clicking a band selects the era; marks outside it are dimmed", async () => {
    const transformer = data.ids((m) => m.era === "transformer").length;
    const { context, page } = await harness.open("?lang=en");
    await page.locator(".axis__band[data-era=transformer]").click();
    assert.equal(query(page), "?era=transformer&lang=en");
    assert.equal(await count(page), transformer);
    assert.equal(await page.locator(".axis__band[data-era=transformer]").getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator(".axis__mark.is-dimmed").count(), data.items.length - transformer);
    await context.close();
  });

  test("a dimmed mark still works: it leaves the era to show its milestone", async () => {
    const { context, page } = await harness.open("?era=transformer&lang=en");
    await page.locator(".axis__mark[data-id=gpt-3]").click();
    assert.equal(query(page), "?m=gpt-3&lang=en");
    assert.equal(await count(page), data.items.length);
    await context.close();
  });

  test("marks and bands work by keyboard and name themselves", async () => {
    const { context, page } = await harness.open("?lang=en");
    const mark = page.locator(".axis__mark[data-id=alexnet]");
    assert.equal(await mark.getAttribute("aria-label"), "AlexNet · 2012");
    await mark.focus();
    assert.match(await page.locator(".axis__tip").textContent(), /AlexNet/);
    await page.keyboard.press("Enter");
    assert.equal(query(page), "?m=alexnet&lang=en");
    const band = page.locator(".axis__band[data-era=scaling]");
    await band.focus();
    await page.keyboard.press(" ");
    assert.equal(query(page), "?era=scaling&lang=en");
    await context.close();
  });

  test("the scaling chart plots the data's parameter counts and lists undisclosed sizes", async () => {
    const { context, page } = await harness.open("?lang=en", { later: true });
    const dots = await page.locator(".scaling-chart__point").evaluateAll((all) => all.map((d) => d.dataset.id));
    for (const id of ["gpt-1", "bert", "gpt-2", "gpt-3", "palm", "chinchilla", "llama", "mixtral", "deepseek-v3"]) {
      assert.ok(dots.includes(id), id);
    }
    assert.ok(!dots.includes("gpt-4"));
    const hidden = await page.locator(".scaling-chart__mark").evaluateAll((all) => all.map((d) => d.dataset.id));
    assert.ok(hidden.includes("gpt-4"));
    const table = page.locator(".chart--scaling .data-table");
    await table.locator("summary").click();
    const text = await table.textContent();
    assert.match(text, /GPT-3.*175B/);
    assert.match(text, /Mixtral 8x7B.*12\.9B.*active/);
    assert.match(text, /GPT-4.*size not disclosed/);
    await context.close();
  });

  test("the ImageNet chart shows 26.2% → 15.3% → 3.57% with a table alternative", async () => {
    const { context, page } = await harness.open("?lang=zh-Hant", { later: true });
    const values = await page.locator(".imagenet-chart__bar").evaluateAll((all) => all.map((b) => Number(b.dataset.value)));
    assert.deepEqual(values, [26.2, 15.3, 3.57]);
    const rows = await page.locator(".chart--imagenet .data-table").locator("tbody tr").count();
    assert.equal(rows, 3);
    await context.close();
  });

  test("printing hides the controls and writes out source addresses", async () => {
    const { context, page } = await harness.open("?era=transformer&lang=en");
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header__tools", ".milestones__tools", ".milestone__copy"]) {
      const display = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
      assert.equal(display, "none", selector);
    }
    const after = await page
      .locator("[data-id=transformer] .milestone__source-link")
      .first()
      .evaluate((el) => getComputedStyle(el, "::after").content);
    assert.match(after, /https:\/\/arxiv\.org\/abs\/1706\.03762/);
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
