// The record through 2025 as a reader finds it: every milestone added from the 2025 review on the page in both
// languages with its date and a source, deep links to them, the added 2025 era, and what the record covers.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startHarness } from "./harness.mjs";
import { address } from "./catalog.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

// Sections B (before 2025) and C (2025) of the record's review, and the December 2026 audit's additions.
const ADDED = [
  "relu", "speech-recognition", "dqn", "tensorflow", "pytorch", "sparse-moe", "human-preferences", "alphago-zero",
  "t5", "vit", "lora", "whisper", "gemini-1-5", "llama-3", "alphafold-3", "alphaproof", "nobel-2024", "o3",
  "deepseek-v3", "stargate", "operator", "deep-research", "claude-3-7-sonnet", "gpt-4-5", "turing-award-2025",
  "gemini-2-5", "gpt-4o-image", "llama-4", "qwen3", "alphaevolve", "codex-agent", "veo-3", "claude-4", "kimi-k2",
  "chatgpt-agent", "imo-gold-2025", "eu-ai-act-gpai", "gpt-oss", "genie-3", "gpt-5", "claude-sonnet-4-5", "sora-2",
  "gemini-3", "claude-opus-4-5",
  // The December 2026 audit's additions.
  "ilsvrc-2010", "watson", "gtsrb-cnn", "cat-neuron", "wavenet", "gnmt", "alphastar", "dpo", "icpc-2025",
  "mcp-foundation",
];

describe("the record through 2025", () => {
  for (const lang of ["en", "zh-Hant"]) {
    test(`every added milestone is on the page with its date, a source and a title (${lang})`, async () => {
      const { context, page } = await harness.open(`?lang=${lang}`);
      const found = await page.locator(".milestone:not([hidden])").evaluateAll(
        (all, ids) =>
          all
            .filter((m) => ids.includes(m.dataset.id))
            .map((m) => ({
              id: m.dataset.id,
              origin: m.dataset.origin,
              title: m.querySelector("h4")?.textContent.trim() ?? "",
              date: m.querySelector("time")?.getAttribute("datetime") ?? "",
              source: m.querySelector(".milestone__source-link")?.getAttribute("href") ?? "",
            })),
        ADDED,
      );
      assert.deepEqual(found.map((m) => m.id).sort(), [...ADDED].sort());
      for (const m of found) {
        assert.equal(m.origin, "added", m.id);
        assert.ok(m.title.length > 1, `${m.id}: title`);
        // To the day where the source gives it; a month or a year where it gives no more (the data says so).
        assert.match(m.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${m.id}: date`);
        assert.match(m.source, /^https:\/\//, `${m.id}: source`);
      }
      await context.close();
    });
  }

  test("a deep link to a 2025 milestone shows it with its verified date", async () => {
    const { context, page } = await harness.open("?m=gpt-5&lang=en");
    await page.waitForFunction(() => document.activeElement?.dataset.id === "gpt-5");
    const item = page.locator(".milestone:not([hidden])[data-id=gpt-5]");
    assert.match(await item.textContent(), /7 Aug 2025/);
    assert.equal(await item.locator(".milestone__source-link").first().getAttribute("href"), "https://openai.com/index/introducing-gpt-5/");
    await context.close();
  });

  test("the 2025 era is marked as added and hidden with the note's milestones only", async () => {
    const { context, page } = await harness.open("?lang=en");
    const card = page.locator(".era-card[data-era=agentic]");
    assert.match(await card.textContent(), /2025.*Added/s);
    await card.click();
    assert.ok((await page.locator(".milestone:not([hidden])").count()) > 0);
    await page.locator(".milestones__only-note").check();
    assert.equal((await address(page)).search, "?only=note&lang=en", "the added era is left");
    assert.equal(await card.isVisible(), false);
    await context.close();
  });

  test("the page says what the record covers and when it was reviewed, in both languages", async () => {
    for (const [lang, text, reviewed] of [
      ["en", /continues the record to the end of 2025/, /Record reviewed: \d{1,2} \w{3} \d{4}/],
      ["zh-Hant", /延續到2025年底/, /紀錄查證日期：\d{4}年\d{1,2}月\d{1,2}日/],
    ]) {
      const { context, page } = await harness.open(`?lang=${lang}`);
      const coverage = await page.locator(".site-header__coverage").textContent();
      assert.match(coverage, text);
      assert.match(coverage, reviewed);
      await context.close();
    }
  });

  test("the downloads carry the day the record was reviewed", async () => {
    const { context, page } = await harness.open("?era=agentic&lang=en");
    const reviewed = await page.locator(".site-header__coverage time").getAttribute("datetime");
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--json").click()]);
    const body = JSON.parse(await readFile(await json.path(), "utf8"));
    assert.equal(body.reviewed, reviewed);
    assert.match(body.citation, new RegExp(`record reviewed ${reviewed}`));
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator(".data-download__button--csv").click()]);
    const lines = (await readFile(await csv.path(), "utf8")).split("\r\n");
    const column = lines[0].split(",").indexOf("record_reviewed");
    assert.ok(column > 0, lines[0]);
    // The first row's cells up to that column hold no commas in quotes? Read the row properly.
    const row = lines[1].match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ""));
    assert.equal(row[column], reviewed);
    await context.close();
  });

  test("no console error or warning in these runs", () => {
    assert.deepEqual(harness.problems, []);
  });
});
