// What the in-browser benchmarks share (interactions.mjs, near.mjs): their command line, a median, and a page in
// Chromium with the CPU slowed 4x (CDP Emulation.setCPUThrottlingRate), loaded until the app says it is ready.
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { launchOptions } = await import("../e2e/browser.mjs");

/** `--dist` (repeatable; default ./dist), `--runs`, `--page` and any other `--name value` from the command line. */
export function benchArgs(argv = process.argv.slice(2), { runs = 3 } = {}) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const dists = argv.flatMap((a, i) => (a === "--dist" ? [resolve(argv[i + 1])] : []));
  if (dists.length === 0) dists.push(resolve("dist"));
  return { opt, dists, runs: Number(opt("--runs", runs)), pagePath: opt("--page", "en/") };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A browser and a page `width` px wide at 4x CPU, with `init` run before the page's own scripts, at `url` once
 *  `<html data-ready>` is set and 3 s more have passed. The page says it is ready on the console: waiting with
 *  Playwright's own functions would inject its script into the page while it loads, a long task of its own at 4x
 *  CPU. */
export async function slowPhonePage(url, { width = 412, init = () => {} } = {}) {
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(init);
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.hasAttribute("data-ready")) {
        observer.disconnect();
        console.debug("bench:ready");
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  });
  const ready = page.waitForEvent("console", { predicate: (m) => m.text() === "bench:ready", timeout: 120000 });
  await page.goto(url);
  await ready;
  await page.waitForTimeout(3000);
  return { browser, page };
}
