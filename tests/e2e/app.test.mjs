// End-to-end: the release bundle served from a sub-path (/timeline/), driven in Debian's Chromium by Playwright.
// Run by the test command after `trunk build --release --public-url ./`; DIST points at the bundle. Expected
// counts come from the page itself (catalog.mjs), never from literals, so new content breaks no test here.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startHarness } from "./harness.mjs";
import { catalog } from "./catalog.mjs";

let harness, base, browser, open, data;
const problems = () => harness.problems;

before(async () => {
  harness = await startHarness();
  ({ base, browser, open } = harness);
  data = await catalog(harness);
});

after(async () => {
  await harness?.close();
});

const count = (page) => page.locator(".milestone:not([hidden])").count();
const shownIds = (page) => page.locator(".milestone:not([hidden])").evaluateAll((all) => all.map((m) => m.dataset.id));
const countText = (page) => page.locator(".milestones__count").textContent();
const card = (page, era) => page.locator(`.era-card[data-era=${era}]`);
const query = (page) => new URL(page.url()).search;
const total = () => data.items.length;
const inEra = (era) => data.ids((m) => m.era === era);
const showing = (n) => (n === total() ? `Showing all ${n} milestones` : `Showing ${n} of ${total()} milestones`);
const milestones = (n) => (n === 1 ? "1 milestone" : `${n} milestones`);
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
    const alexnet = await page.locator(".milestone:not([hidden])[data-id=alexnet]").textContent();
    assert.match(alexnet, /2012/);
    assert.match(alexnet, /15\.3%/);
    assert.match(alexnet, /Krizhevsky/);
    assert.match(await page.locator(".milestone:not([hidden])[data-id=gpt-1]").textContent(), /117M parameters/);
    assert.match(await page.locator(".trends__closing").textContent(), /fastest progress/);
    await context.close();
  });

  test("choosing an era shows its milestones and records it in the URL", async () => {
    const { context, page } = await open("?lang=en");
    await card(page, "transformer").click();
    assert.equal(query(page), "?era=transformer&lang=en");
    assert.deepEqual(await shownIds(page), inEra("transformer"));
    assert.equal(await countText(page), showing(inEra("transformer").length));
    assert.equal(await card(page, "transformer").getAttribute("aria-pressed"), "true");
    await context.close();
  });

  test("a reload keeps the chosen era", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    await page.reload();
    await harness.started(page);
    assert.deepEqual(await shownIds(page), inEra("transformer"));
    assert.equal(await card(page, "transformer").getAttribute("aria-pressed"), "true");
    await context.close();
  });

  test("back and forward walk through the choices", async () => {
    const { context, page } = await open("?lang=en");
    await card(page, "transformer").click();
    await card(page, "scaling").click();
    assert.deepEqual(await shownIds(page), inEra("scaling"));
    await page.goBack();
    assert.equal(query(page), "?era=transformer&lang=en");
    assert.deepEqual(await shownIds(page), inEra("transformer"));
    await page.goBack();
    assert.equal(query(page), "?lang=en");
    assert.equal(await count(page), total());
    assert.equal(await page.locator(".toolbar__era-select").inputValue(), "");
    await page.goForward();
    assert.deepEqual(await shownIds(page), inEra("transformer"));
    await context.close();
  });

  test("the chosen card pressed again, or All eras in the bar, shows everything", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    await card(page, "transformer").click();
    assert.equal(await count(page), total());
    await card(page, "multimodal").click();
    assert.deepEqual(await shownIds(page), inEra("multimodal"));
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
    const { context, page } = await open("?era=emergence&lang=en");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await page.locator(".toolbar .lang-switch").locator("[data-lang=zh-Hant]").click();
    await page.waitForURL(/lang=zh-Hant/);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    assert.equal(await page.locator("h1").textContent(), "深度學習、機器學習與GPT發展進程（2010-2025）");
    assert.equal(await countText(page), `顯示 ${inEra("emergence").length} / ${total()} 個里程碑`);
    assert.match(await page.title(), /基礎模型浮現/);
    assert.equal(query(page), "?era=emergence&lang=zh-Hant");
    assert.match(await page.locator(".milestone:not([hidden])[data-id=resnet]").textContent(), /3\.57%錯誤率/);
    await context.close();
  });

  test("the language chosen is remembered for the next visit", async () => {
    const { context, page } = await open("?lang=en");
    await page.locator(".toolbar .lang-switch").locator("[data-lang=zh-Hant]").click();
    await page.waitForURL(/lang=zh-Hant/);
    await page.goto(base);
    await harness.started(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hant");
    assert.equal(query(page), "?lang=zh-Hant");
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
    assert.equal(query(page), "?lang=en");
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
    const { context, page } = await open("?era=scaling&lang=en");
    const item = page.locator(".milestone:not([hidden])[data-id=diffusion-wave]");
    assert.match(await item.locator(".milestone__text").textContent(), /GLIDE, DALL-E 2 and Stable Diffusion/);
    const remark = await item.locator(".correction").textContent();
    assert.match(remark, /Wrong/);
    assert.match(remark, /The note says/);
    assert.match(remark, /The record shows/);
    assert.match(remark, /2022/);
    assert.equal(await page.locator("[data-id=chatgpt] .correction").count(), 1);
    await context.close();
  });

  test("sources open safely in a new tab", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    const link = page.locator(".milestone:not([hidden])[data-id=transformer] .milestone__source-link").first();
    assert.equal(await link.getAttribute("href"), "https://arxiv.org/abs/1706.03762");
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
    const links = await page.locator(".milestone__source-link").evaluateAll((all) =>
      all.map((a) => [a.href, a.rel]),
    );
    assert.ok(links.length >= inEra("transformer").length);
    for (const [href, rel] of links) {
      assert.match(href, /^https:\/\//);
      assert.equal(rel, "noopener noreferrer");
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
    assert.equal(query(page), "?only=note&lang=en");
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
    await page.goBack();
    assert.equal(await count(page), total());
    assert.equal(await page.locator(".milestones__only-note").isChecked(), false);
    await context.close();
  });

  test("a builds-on link jumps to and highlights its milestone", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    const bert = page.locator(".milestone:not([hidden])[data-id=bert]");
    const link = bert.locator(".milestone__links--builds-on a[data-target=transformer]");
    // A real link: the milestone on its own, and the view with it selected by the time it can be followed.
    assert.equal(await link.getAttribute("href"), "?m=transformer&lang=en");
    await link.focus();
    assert.equal(await link.getAttribute("href"), "?era=transformer&m=transformer&lang=en");
    await link.click();
    const target = page.locator(".milestone:not([hidden])[data-id=transformer]");
    await target.waitFor();
    assert.match(await target.getAttribute("class"), /is-selected/);
    assert.equal(query(page), "?era=transformer&m=transformer&lang=en");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.id), "transformer");
    await context.close();
  });

  test("a link to a milestone that a filter hides leaves that filter and scrolls to it", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    await page.locator(".milestone:not([hidden])[data-id=gpt-2] .milestone__links--built-on-by a[data-target=gpt-3]").click();
    await page.locator(".milestone:not([hidden])[data-id=gpt-3].is-selected").waitFor();
    assert.equal(query(page), "?m=gpt-3&lang=en");
    assert.equal(await count(page), total());
    const inView = await page.locator(".milestone:not([hidden])[data-id=gpt-3]").evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(inView, "the target is scrolled into view");
    await page.goBack();
    assert.equal(query(page), "?era=transformer&lang=en");
    await context.close();
  });

  test("a trend links to the milestones that show it", async () => {
    const { context, page } = await open("?lang=en", { later: true });
    const rlhf = page.locator(".trend[data-id=rlhf]");
    await rlhf.locator("a[data-target=instructgpt]").click();
    await page.locator(".milestone:not([hidden])[data-id=instructgpt].is-selected").waitFor();
    assert.equal(query(page), "?m=instructgpt&lang=en");
    await context.close();
  });

  test("the CSV download parses and matches the visible list", async () => {
    const visible = data.ids((m) => m.era === "scaling" && m.origin === "note");
    const { context, page } = await open("?era=scaling&only=note&lang=en");
    assert.deepEqual(await shownIds(page), visible);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--csv").click()]);
    assert.equal(download.suggestedFilename(), "ai-timeline-era-scaling-only-note.csv");
    const text = await readFile(await download.path(), "utf8");
    assert.equal(text.charCodeAt(0), 0xfeff, "UTF-8 BOM");
    const rows = parseCsv(text.slice(1));
    const header = rows[0];
    assert.deepEqual(rows.slice(1).map((r) => r[0]), visible);
    assert.ok(rows.every((r) => r.length === header.length));
    const chatgpt = rows.find((r) => r[0] === "chatgpt");
    assert.equal(chatgpt[header.indexOf("title_zh")], "ChatGPT");
    assert.match(chatgpt[header.indexOf("text_zh")], /兩個月內達1億用戶/);
    await context.close();
  });

  test("the JSON download holds the visible list and the citation of the view", async () => {
    const visible = data.ids((m) => m.era === "scaling" && m.origin === "note");
    const { context, page } = await open("?era=scaling&only=note&lang=en");
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--json").click()]);
    const body = JSON.parse(await readFile(await json.path(), "utf8"));
    assert.deepEqual(body.milestones.map((m) => m.id), visible);
    assert.match(body.citation, /accessed \d{4}-\d{2}-\d{2}/);
    assert.match(body.citation, /\/timeline\/en\/\?era=scaling&only=note&lang=en/);
    await context.close();
  });

  test("search finds Chinese text and highlights it", async () => {
    const { context, page } = await open("?lang=zh-Hant");
    await page.locator(".search-box__input").click();
    await page.keyboard.type("注意力", { delay: 40 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "注意力");
    const ids = await shownIds(page);
    assert.ok(ids.includes("bahdanau-attention") && ids.includes("transformer"), ids.join());
    assert.ok(ids.length < total());
    assert.equal(await page.locator(".milestone:not([hidden])[data-id=bahdanau-attention] mark.search-hit").first().textContent(), "注意力");
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
    await page.locator(".search-box__input").click();
    await page.keyboard.type("hinton", { delay: 40 });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "hinton");
    const ids = await shownIds(page);
    assert.ok(ids.includes("alexnet") && ids.includes("dropout"), ids.join());
    for (const text of await page.locator(".milestone:not([hidden])").allTextContents()) {
      assert.match(text, /hinton/i);
    }
    assert.equal(await page.locator(".milestone:not([hidden])[data-id=alexnet] mark.search-hit").first().textContent(), "Hinton");
    await context.close();
  });

  test("each search adds one history entry, not one per keystroke", async () => {
    const { context, page } = await open("?lang=en");
    const before = await page.evaluate(() => history.length);
    await page.locator(".search-box__input").click();
    await page.keyboard.type("attention", { delay: 40 });
    await page.keyboard.press("Enter");
    await page.locator(".search-box__input").fill("");
    await page.locator(".search-box__input").press("Enter");
    await page.locator(".search-box__input").click();
    await page.keyboard.type("hinton", { delay: 40 });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "hinton");
    assert.ok((await page.evaluate(() => history.length)) - before <= 3);
    await page.goBack();
    assert.notEqual(new URL(page.url()).searchParams.get("q"), "hinton");
    await context.close();
  });

  test("two tags, an era and a year range combine", async () => {
    const expected = data.ids(
      (m) => m.era === "scaling" && m.tags.includes("language") && m.tags.includes("scaling") && m.years[1] >= 2020 && m.years[0] <= 2021,
    );
    const { context, page } = await open("?lang=en");
    await openFilters(page);
    await page.locator(".facet-chip--tag[data-value=language]").click();
    await page.locator(".facet-chip--tag[data-value=scaling]").click();
    await page.locator(".toolbar__era-select").selectOption("scaling");
    await page.locator(".facets__year-from").selectOption("2020");
    await page.locator(".facets__year-to").selectOption("2021");
    assert.equal(query(page), "?era=scaling&tags=language,scaling&from=2020&to=2021&lang=en");
    assert.deepEqual(await shownIds(page), expected);
    assert.ok(expected.includes("gpt-3"));
    await context.close();
  });

  test("facet counts say what each value would give under the other filters", async () => {
    const base = (m) => m.era === "scaling" && m.tags.includes("language") && m.tags.includes("scaling") && m.years[1] >= 2020 && m.years[0] <= 2021;
    const { context, page } = await open("?era=scaling&tags=language,scaling&from=2020&to=2021&lang=en");
    await openFilters(page);
    const vision = page.locator(".facet-chip--tag[data-value=vision]");
    const withVision = data.ids((m) => base(m) && m.tags.includes("vision")).length;
    assert.equal(await vision.locator(".facet-chip__count").textContent(), String(withVision));
    if (withVision === 0) {
      assert.match(await vision.getAttribute("class"), /is-empty/);
      assert.equal(await vision.isDisabled(), true, "a value that would give none is disabled");
    }
    const language = page.locator(".facet-chip--tag[data-value=language]");
    assert.equal(await language.locator(".facet-chip__count").textContent(), String(data.ids(base).length));
    const otherEra = (m) => m.era === "transformer" && m.tags.includes("language") && m.tags.includes("scaling") && m.years[1] >= 2020 && m.years[0] <= 2021;
    assert.equal(await card(page, "transformer").locator(".era-card__count").textContent(), milestones(data.ids(otherEra).length));
    const openai = page.locator(".facet-chip--org[data-value=openai] .facet-chip__count");
    assert.equal(await openai.textContent(), String(data.ids((m) => base(m) && m.orgs.includes("openai")).length));
    await context.close();
  });

  test("back steps through facet choices and 'Clear all' resets everything", async () => {
    const { context, page } = await open("?lang=en");
    await openFilters(page);
    await page.locator(".facet-chip--tag[data-value=language]").click();
    await page.locator(".facets__year-from").selectOption("2020");
    await page.locator(".facets__year-to").selectOption("2021");
    await page.goBack();
    assert.equal(query(page), "?tags=language&from=2020&lang=en");
    await page.locator(".facets__clear").click();
    assert.equal(query(page), "?lang=en");
    assert.equal(await count(page), total());
    await context.close();
  });

  test("a deep link opened cold scrolls to and highlights its milestone", async () => {
    const { context, page } = await open("?m=gpt-3&lang=en", { width: 375 });
    const target = page.locator(".milestone:not([hidden])[data-id=gpt-3]");
    await page.waitForFunction(() => document.activeElement?.dataset.id === "gpt-3");
    assert.match(await target.getAttribute("class"), /is-selected/);
    const visible = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(visible, "scrolled into view");
    await context.close();
  });

  test("copy link puts a clean link to the milestone on the clipboard, without the sender's filters", async () => {
    const { context, page } = await open("?era=transformer&q=bert&lang=en");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator(".milestone:not([hidden])[data-id=bert] .milestone__copy").click();
    await page.locator(".toast").getByText("Link to this milestone copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${base}en/?m=bert&lang=en`);
    await context.close();
  });

  test("the view's own link is a separate, labelled action", async () => {
    const { context, page } = await open("?era=transformer&q=bert&lang=en");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const button = page.locator(".milestones__view-link");
    assert.equal(await button.textContent(), "Copy link to this view");
    await button.click();
    await page.locator(".toast").getByText("Link to this view, with its filters, copied.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}en/?era=transformer&q=bert&lang=en`);
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
    await page.locator(".milestone:not([hidden])[data-id=gpt-2] .milestone__copy").click();
    const field = page.locator(".toast__field");
    await field.waitFor();
    assert.equal(await field.inputValue(), `${base}en/?m=gpt-2&lang=en`);
    await context.close();
  });

  test("the citation copies as a line or as a BibTeX entry", async () => {
    const { context, page } = await open("?era=transformer&lang=en");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const line = await page.locator(".data-download__cite").textContent();
    await page.locator(".data-download__copy-cite").click();
    await page.locator(".toast").getByText("Citation copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(line.endsWith(copied), `${copied} in ${line}`);
    assert.match(copied, /\?era=transformer&lang=en/);
    await page.locator(".data-download__copy-bibtex").click();
    await page.locator(".toast").getByText("BibTeX entry copied.").waitFor();
    const entry = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(entry, /^@misc\{ai-timeline-\d{4},\n/);
    assert.match(entry, /\n {2}title = \{Deep Learning[^}]*\},\n/);
    assert.ok(entry.includes(`  url = {${base}en/?era=transformer&lang=en},`), entry);
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
    await page.locator(".milestone:not([hidden])[data-id=gpt-2] .milestone__copy").tap();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [shared] = await page.evaluate(() => window.__shared);
    assert.equal(shared.url, `${base}en/?m=gpt-2&lang=en`);
    assert.ok(shared.title && (await page.locator("#m-gpt-2-title").textContent()).startsWith(shared.title), shared.title);
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
    const { context, page } = await open("?era=transformer&lang=en");
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "search");
    await page.keyboard.type("gpt");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "gpt");
    const found = await page.locator(".milestone:not([hidden])").allTextContents();
    assert.ok(found.length > 0 && found.length < inEra("transformer").length);
    for (const text of found) assert.match(text, /gpt/i);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
    assert.equal(await count(page), inEra("transformer").length);
    await context.close();
  });

  test("j/k and the arrows move through the shown milestones and select them", async () => {
    const [a, b, c] = inEra("transformer");
    const { context, page } = await open("?era=transformer&lang=en");
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
    assert.equal(query(page), `?era=transformer&m=${b}&lang=en`);
    assert.match(await page.locator(`.milestone:not([hidden])[data-id=${b}]`).getAttribute("class"), /is-selected/);
    await context.close();
  });

  test("Enter opens the selected milestone's first source", async () => {
    const { context, page } = await open("?era=transformer&m=gpt-1&lang=en");
    await context.route(/^https:/, (route) => route.fulfill({ status: 200, body: "source" }));
    await page.waitForFunction(() => document.activeElement?.dataset.id === "gpt-1");
    const first = await page.locator("[data-id=gpt-1] .milestone__source-link").first().getAttribute("href");
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
    const { context, page } = await open("?era=foundations&org=openai&lang=en", {
      ready: ".empty-state",
    });
    const empty = page.locator(".empty-state");
    await empty.waitFor();
    assert.match(await empty.textContent(), /No milestone matches/);
    const offer = page.locator(".empty-state__action");
    assert.match(await offer.textContent(), /Clear the era filter \(shows \d+\)/);
    await offer.click();
    assert.equal(query(page), "?org=openai&lang=en");
    assert.equal(await count(page), data.ids((m) => m.orgs.includes("openai")).length);
    await context.close();
  });

  test("no console error or warning, CSP violation or failed request in the whole run", () => {
    assert.deepEqual(problems(), []);
  });
});
