// Screenshots for looking at the page: desktop (1280) and phone (375) widths, light and dark, both languages.
//   node tests/e2e/shot.mjs <dist-dir> <out-dir> [query...]
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launchOptions } from "./browser.mjs";

const [root = "dist", out = "tests/e2e/artifacts", ...queries] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const { server, url } = await serve(root);
const browser = await chromium.launch(launchOptions);
for (const query of queries.length ? queries : ["?lang=zh-Hant", "?lang=en", "?era=transformer&lang=en"]) {
  for (const [name, width] of [["desktop", 1280], ["phone", 375]]) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(url + query);
      await page.waitForFunction(() => window.wasmBindings !== undefined && document.documentElement.hasAttribute("data-ready"));
      await page.waitForSelector(".milestone:not([hidden])");
      const tag = query.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "");
      const file = `${out}/${tag}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      console.log(file, overflow ? "HORIZONTAL OVERFLOW" : "");
      await page.close();
    }
  }
}
await browser.close();
server.close();
