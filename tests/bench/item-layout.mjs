// What a stylesheet rule costs the browser in laying out the milestone items: on the page of every milestone
// (`en/all/`, no scripts), all items are styled and laid out from scratch (their container hidden, shown again and
// its layout read), alternately without and with `--css` (a stylesheet switched on and off in place, so that the
// page, its fonts and the machine's moment are the same on both sides), pair after pair, over several page loads.
// Prints the median time without the rules, and the median of the pairs' changes with them, per load and overall;
// a rule that matches nothing (`--css ".none{color:red}"`) shows the noise, within a few percent. No CPU slowdown
// (it is a ratio). Every item is laid out, not only those near the screen (`content-visibility` off).
//   node tests/bench/item-layout.mjs --dist dist --css ".milestone__main { display: grid !important }" [--loads 4]
//     [--pairs 40] [--page en/all/] [--width 412]
import { createRequire } from "node:module";
import { benchArgs, median } from "./phone.mjs";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { launchOptions } = await import("../e2e/browser.mjs");
const { serve } = await import("../e2e/server.mjs");

const { opt, dists } = benchArgs();
const css = opt("--css");
if (!css) {
  console.error('usage: node tests/bench/item-layout.mjs --dist dist --css "<rules>" [--loads 4] [--pairs 40]');
  process.exit(2);
}
const loads = Number(opt("--loads", 4));
const pairs = Number(opt("--pairs", 40));
const width = Number(opt("--width", 412));
const { server, url } = await serve(dists[0]);
const browser = await chromium.launch(launchOptions);

const all = { without: [], change: [] };
for (let load = 0; load < loads; load++) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-US", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url + opt("--page", "en/all/"));
  const { without, withRules } = await page.evaluate(
    async ({ css, pairs }) => {
      await document.fonts.ready;
      const sheet = (text) => {
        const s = new CSSStyleSheet();
        s.replaceSync(text);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
        return s;
      };
      sheet(".milestone { content-visibility: visible !important; }");
      const rules = sheet(css);
      const box = document.querySelector(".milestones__eras");
      const time = (on) => {
        rules.disabled = !on;
        box.style.display = "none";
        document.body.offsetHeight;
        box.style.display = "";
        const t0 = performance.now();
        document.body.offsetHeight;
        return performance.now() - t0;
      };
      for (let i = 0; i < 4; i++) time(i % 2 === 0);
      const without = [];
      const withRules = [];
      for (let i = 0; i < pairs; i++) {
        // Alternating which side goes first, so that neither always follows the other.
        if (i % 2) {
          withRules.push(time(true));
          without.push(time(false));
        } else {
          without.push(time(false));
          withRules.push(time(true));
        }
      }
      return { without, withRules };
    },
    { css, pairs },
  );
  await context.close();
  const change = without.map((w, i) => withRules[i] / w - 1);
  all.without.push(...without);
  all.change.push(...change);
  console.log(`load ${load + 1}: without ${median(without).toFixed(1)} ms, with the rules ${(median(change) * 100).toFixed(1)}%`);
}
await browser.close();
server.close();
console.log(
  `all items' style and layout (${width} px): without the rules ${median(all.without).toFixed(1)} ms (median of ${all.without.length}); with them ${(median(all.change) * 100).toFixed(1)}% (median of the pairs' changes)`,
);
