// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) on the main views, in light and dark, at 1280 and 375 px,
// in both languages. Zero violations allowed; the per-view results are printed.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { startHarness } from "./harness.mjs";
import { apart, catalog, titles, together, wordOf } from "./catalog.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let harness;
// What the views need, read from the page: an era and a tag that go together, an era and an organisation that
// never do, a word of a title in each language, a milestone, and an era with a link out of it.
let pick;
before(async () => {
  harness = await startHarness();
  const cat = await catalog(harness);
  const zh = await titles(harness, "zh-Hant");
  const eraOf = (id) => cat.items.find((m) => m.id === id)?.era;
  const [era, tag] = together(cat, "era", "tags")[0];
  pick = {
    era,
    tag,
    empty: apart(cat, "era", "orgs"),
    word: {
      en: cat.items.map((m) => wordOf(m.title)).find(Boolean),
      "zh-Hant": Object.values(zh).map((t) => wordOf(t, { han: true })).find(Boolean),
    },
    milestone: cat.items[Math.floor(cat.items.length / 2)].id,
    linkedOut: cat.eras.find((e) => cat.items.some((m) => m.era === e && m.links.some((t) => eraOf(t) !== e))),
  };
  assert.ok(pick.empty && pick.word.en && pick.word["zh-Hant"] && pick.linkedOut, JSON.stringify(pick));
});
after(async () => {
  await harness?.close();
});

const views = {
  default: (lang) => `?lang=${lang}`,
  filtered: (lang) => `?era=${pick.era}&tags=${pick.tag}&lang=${lang}`,
  search: (lang) => `?q=${encodeURIComponent(pick.word[lang])}&lang=${lang}`,
  "deep link": (lang) => `?m=${pick.milestone}&lang=${lang}`,
  "charts (tables open)": (lang) => `?lang=${lang}`,
  empty: (lang) => `?era=${pick.empty[0]}&org=${pick.empty[1]}&lang=${lang}`,
};

/** Runs axe on the page; returns its violations as "rule: target" lines. */
async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary})`));
}

describe("accessibility", () => {
  for (const [name, query] of Object.entries(views)) {
    test(`axe: ${name} view, light/dark, 1280/375, zh-Hant/en`, async () => {
      const found = [];
      // Each language at each width; light and dark alternate, so each language and each width meets both.
      const runs = [
        ["zh-Hant", 1280, "light"],
        ["zh-Hant", 375, "dark"],
        ["en", 1280, "dark"],
        ["en", 375, "light"],
      ];
      for (const [lang, width, scheme] of runs) {
        const later = name.startsWith("charts");
        const { context, page } = await harness.open(query(lang), { scheme, width, ready: "main", later });
        await page.waitForSelector(".milestone:not([hidden]), .empty-state");
        if (name.startsWith("charts")) {
          for (const summary of await page.locator(".data-table summary").all()) await summary.click();
        }
        const violations = await axe(page);
        found.push(...violations.map((v) => `${lang} ${scheme} ${width}: ${v}`));
        await context.close();
      }
      console.log(`axe ${name}: ${found.length} violations in ${runs.length} runs`);
      assert.deepEqual(found, []);
    });
  }

  test("axe does find a violation when there is one (control)", async () => {
    const { context, page } = await harness.open("?lang=en");
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = document.querySelector("link[rel=icon]").href;
      document.querySelector("main").append(img);
    });
    const violations = await axe(page);
    assert.ok(violations.some((v) => v.startsWith("image-alt")), violations.join("\n"));
    await context.close();
  });

  test("axe: filters panel open, on a phone and on a desktop", async () => {
    for (const [width, scheme] of [[375, "dark"], [1280, "light"]]) {
      const { context, page } = await harness.open(`?tags=${pick.tag}&lang=zh-Hant`, { width, scheme });
      await page.locator(".toolbar__filters").click();
      assert.deepEqual(await axe(page), [], `${width} ${scheme}`);
      await context.close();
    }
  });

  test("axe: the toast that offers the filters back, light and dark, phone and desktop", async () => {
    for (const [width, scheme, lang] of [[375, "dark", "zh-Hant"], [1280, "light", "en"], [375, "light", "en"], [1280, "dark", "zh-Hant"]]) {
      const { context, page } = await harness.open(`?era=${pick.linkedOut}&lang=${lang}`, { width, scheme });
      // A link to a milestone outside the era clears the era filter and offers it back.
      const outside = await page.evaluate(() => {
        const shown = new Set([...document.querySelectorAll(".milestone:not([hidden])")].map((m) => m.dataset.id));
        const link = [...document.querySelectorAll(".milestone:not([hidden]) a.milestone-link[data-target]")].find(
          (a) => !shown.has(a.dataset.target),
        );
        return link && `.milestone[data-id="${link.closest(".milestone").dataset.id}"] a[data-target="${link.dataset.target}"]`;
      });
      assert.ok(outside, "a link out of the era");
      await page.locator(outside).first().click();
      await page.locator(".toast__restore").waitFor();
      assert.deepEqual(await axe(page), [], `${width} ${scheme} ${lang}`);
      await context.close();
    }
  });

  test("axe: the copy fallback toast, light and dark", async () => {
    for (const scheme of ["light", "dark"]) {
      const { context, page } = await harness.open("?lang=en", { scheme });
      // No clipboard: the link is offered in a field to copy by hand.
      await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
      await page.locator(".milestone:not([hidden]) .milestone__copy").first().click();
      await page.locator(".toast__field").waitFor();
      assert.deepEqual(await axe(page), [], scheme);
      await context.close();
    }
  });

  test("axe: keyboard help open", async () => {
    const { context, page } = await harness.open("?lang=en");
    await page.keyboard.press("?");
    await page.locator(".keyboard-help__dialog").waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  test("focus stays on the control after a filter change", async () => {
    const { context, page } = await harness.open("?lang=en");
    await page.locator(".toolbar__filters").click();
    const chip = page.locator(`.facet-chip--tag[data-value="${pick.tag}"]`);
    await chip.focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.value), pick.tag);
    const card = page.locator(`.era-card[data-era="${pick.era}"]`);
    await card.focus();
    await page.keyboard.press("Space");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.era), pick.era);
    // The result count is a live region.
    assert.equal(await page.locator(".milestones__count").getAttribute("role"), "status");
    await context.close();
  });

  test("no console error or warning in these runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
