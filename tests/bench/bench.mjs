// The benchmark: sizes, first paint of the app against a static page with the same content, interaction cost at
// the real data size and at 1,000 / 10,000 milestones against a plain-DOM baseline, memory, and Lighthouse on
// the app (zh-Hant root and en/), the static page and TimelineJS with the same milestones
// (tests/bench/lighthouse.mjs). Prints one table; each figure is min / median / max over several runs. Ratios
// are what count: absolute times vary by machine.
//   node tests/bench/bench.mjs --dist dist --n 1000=target/bench/dist-1000 --n 10000=target/bench/dist-10000
import { createRequire } from "node:module";
import { mkdir, readFile, readdir, writeFile, cp } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { serve } = await import("../e2e/server.mjs");
const { launchOptions } = await import("../e2e/browser.mjs");
const { compare, staticCopy, table } = await import("./lighthouse.mjs");

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt("--runs", 7));
const dist = resolve(opt("--dist", "dist"));
const scaled = args
  .flatMap((a, i) => (a === "--n" ? [args[i + 1]] : []))
  .map((s) => s.split("="))
  .map(([n, dir]) => ({ n: Number(n), dir: resolve(dir) }));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], med: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits));
const row = (name, st, unit = "ms", digits = 1) =>
  `${name.padEnd(58)}${fmt(st.min, digits).padStart(9)}${fmt(st.med, digits).padStart(9)}${fmt(st.max, digits).padStart(9)}  ${unit}`;
const lines = [];
const print = (line) => {
  lines.push(line);
  console.log(line);
};

// --- sizes -------------------------------------------------------------------------------------------------------
print(`Benchmark, ${new Date().toISOString()}, ${runs} runs each, Chromium headless on localhost`);
print("");
print(`${"Transfer size of the first load".padEnd(44)}${"raw KB".padStart(9)}${"gzip KB".padStart(9)}${"br KB".padStart(9)}`);
let total = { raw: 0, gz: 0, br: 0 };
for (const name of (await readdir(dist)).sort()) {
  if (!/^index\.html$|\.(js|wasm|css)$/.test(name)) continue;
  const body = await readFile(join(dist, name));
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + body.length, gz: total.gz + gz, br: total.br + br };
  print(`${name.padEnd(44)}${fmt(body.length / 1024).padStart(9)}${fmt(gz / 1024).padStart(9)}${fmt(br / 1024).padStart(9)}`);
}
print(`${"total".padEnd(44)}${fmt(total.raw / 1024).padStart(9)}${fmt(total.gz / 1024).padStart(9)}${fmt(total.br / 1024).padStart(9)}`);

// --- the static baseline: the same pages as rendered at build time, without scripts -----------------------------
const staticDir = resolve("target/bench/static");
await staticCopy(dist, staticDir);

const browser = await chromium.launch({ ...launchOptions, args: [...launchOptions.args, "--enable-precise-memory-info", "--js-flags=--expose-gc"] });
const servers = [];
async function host(dir) {
  const s = await serve(dir);
  servers.push(s.server);
  return s.url;
}

/** First and largest contentful paint of a cold load. */
async function paints(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-TW" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(400);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    lcp: window.__lcp,
  }));
  await context.close();
  return result;
}

/** Time from an update to the next paint (frame callback) in a page. */
const toPaint = (page, action) =>
  page.evaluate(
    (action) =>
      new Promise((done) => {
        const t0 = performance.now();
        new Function(action)();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
      }),
    action,
  );

/** Event Timing for each real click `fn` makes: the longest event duration of each interaction, 0 when none
 *  reached 16 ms (the browser reports nothing shorter). */
async function eventTiming(page, fn) {
  await page.evaluate(() => {
    window.__events = new Map();
    window.__eventObserver?.disconnect();
    window.__eventObserver = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        if (e.interactionId) window.__events.set(e.interactionId, Math.max(window.__events.get(e.interactionId) ?? 0, e.duration));
      }
    });
    window.__eventObserver.observe({ type: "event", durationThreshold: 16, buffered: false });
  });
  const clicks = await fn();
  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => [...window.__events.values()]);
  return [...seen, ...Array(Math.max(0, clicks - seen.length)).fill(0)];
}

/** Event Timing of real clicks on the era cards, `rounds` times through ERA_CLICKS. */
const realEraClicks = (page, rounds) =>
  eventTiming(page, async () => {
    for (let r = 0; r < rounds; r++) {
      for (const id of ERA_CLICKS) {
        await page.locator(`.era-card[data-era=${id}]`).click();
        await page.waitForTimeout(50);
      }
    }
    return rounds * ERA_CLICKS.length;
  });

async function openApp(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(url + "?lang=en");
  // The app marks <html data-ready> once it has rendered everything its first view left for later.
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-ready"));
  return { context, page };
}

const ERA_CLICKS = ["transformer", "scaling", "multimodal", "foundations"];
const QUERIES = ["h", "hi", "hin", "hint", "hinton", "gpt", "注意力"];

/** Live memory of a freshly loaded page, after a garbage collection once it is idle: JS heap and wasm linear
 *  memory. Measured in its own page that Playwright only loads and evaluates in: its selector engine, once used,
 *  adds about 1 MB of its own script to the page's JS heap. */
async function memoryAfterLoad(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() =>
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)),
  );
  await page.goto(url + "?lang=en");
  await page.evaluate(
    () =>
      new Promise((ready) => {
        const check = () =>
          window.__wasm && document.documentElement.hasAttribute("data-ready") ? ready() : setTimeout(check, 50);
        check();
      }),
  );
  await new Promise((done) => setTimeout(done, 1000));
  const memory = await page.evaluate(() => {
    window.gc?.();
    return { js: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength };
  });
  await context.close();
  return memory;
}

/** Era clicks and search keystrokes in the app: frame-callback times and Event Timing maxima. */
async function interactions(url, rounds) {
  const { context, page } = await openApp(url);
  const era = [];
  const key = [];
  for (let r = 0; r < rounds; r++) {
    for (const id of ERA_CLICKS) {
      era.push(await toPaint(page, `document.querySelector('.era-card[data-era=${id}]').click()`));
    }
    await page.evaluate(() => {
      const all = document.querySelector(".toolbar__era-select");
      all.value = "";
      all.dispatchEvent(new Event("change"));
    });
    for (const q of QUERIES) {
      key.push(
        await toPaint(
          page,
          `const i = document.getElementById('search'); i.value = ${JSON.stringify(q)}; i.dispatchEvent(new Event('change'))`,
        ),
      );
    }
    await toPaint(page, `const i = document.getElementById('search'); i.value = ''; i.dispatchEvent(new Event('change'))`);
  }
  // Event Timing for real input: clicks on era cards (durations under 16 ms are not reported: shown as "<16").
  const timing = await realEraClicks(page, rounds);
  await context.close();
  const memory = [];
  for (let r = 0; r < 3; r++) memory.push(await memoryAfterLoad(url));
  return { era, key, timing, memory };
}

/** The same updates done by plain DOM code on the same markup: filter the whole list, rebuild it. The markup is
 *  the real app's items (all rendered there), repeated to `n` items as the synthetic data repeats them. */
async function baseline(realUrl, rounds, n) {
  const { context, page } = await openApp(realUrl);
  await page.evaluate((n) => {
    const items = [...document.querySelectorAll(".milestone")].map((el) => ({
      html: el.outerHTML,
      era: el.closest(".milestones__era")?.getAttribute("aria-labelledby")?.slice(4) ?? "",
      text: el.textContent.toLowerCase(),
    }));
    window.__items = Array.from({ length: n }, (_, i) => items[i % items.length]);
    // The app's era cards stay on top, wired to the plain update, for real clicks.
    document.body.innerHTML = document.querySelector(".eras").outerHTML + '<ol id="plain"></ol>';
    const list = document.getElementById("plain");
    for (const card of document.querySelectorAll(".era-card")) {
      card.addEventListener("click", () => {
        window.__show((i) => i.era === card.dataset.era);
        for (const c of document.querySelectorAll(".era-card")) c.setAttribute("aria-pressed", String(c === card));
      });
    }
    const template = document.createElement("template");
    window.__show = (keep) => {
      template.innerHTML = window.__items.filter(keep).map((i) => i.html).join("");
      list.replaceChildren(template.content);
    };
    window.__show(() => true);
  }, n);
  const era = [];
  const key = [];
  const timing = await realEraClicks(page, rounds);
  for (let r = 0; r < rounds; r++) {
    for (const id of ERA_CLICKS) era.push(await toPaint(page, `window.__show((i) => i.era === '${id}')`));
    for (const q of QUERIES) key.push(await toPaint(page, `window.__show((i) => i.text.includes(${JSON.stringify(q)}))`));
  }
  await context.close();
  return { era, key, timing };
}

// --- first paint -------------------------------------------------------------------------------------------------
const appUrl = await host(dist);
const staticUrl = await host(staticDir);
const app = { fcp: [], lcp: [] };
const stat = { fcp: [], lcp: [] };
for (let r = 0; r < runs; r++) {
  const a = await paints(appUrl);
  const s = await paints(staticUrl);
  app.fcp.push(a.fcp);
  app.lcp.push(a.lcp);
  stat.fcp.push(s.fcp);
  stat.lcp.push(s.lcp);
}
print("");
print(`${"Paint (cold load, 1280x900)".padEnd(58)}${"min".padStart(9)}${"median".padStart(9)}${"max".padStart(9)}`);
print(row("static HTML, same content: first contentful paint", stats(stat.fcp)));
print(row("app: first contentful paint", stats(app.fcp)));
print(row("static HTML: largest contentful paint", stats(stat.lcp)));
print(row("app: largest contentful paint", stats(app.lcp)));
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(staticUrl);
  await new Promise((done) => setTimeout(done, 1000));
  const heap = await page.evaluate(() => (window.gc?.(), performance.memory.usedJSHeapSize));
  print(`${"static HTML, same content: JS heap after load".padEnd(58)}${fmt(heap / 1048576, 2).padStart(18)}  MB`);
  await context.close();
}
print(`${"ratio app / static (medians): FCP".padEnd(58)}${fmt(stats(app.fcp).med / stats(stat.fcp).med, 2).padStart(18)}  (target <= 1.2)`);
print(`${"ratio app / static (medians): LCP".padEnd(58)}${fmt(stats(app.lcp).med / stats(stat.lcp).med, 2).padStart(18)}  (target <= 1.2)`);

// --- interactions ------------------------------------------------------------------------------------------------
const real = await (async () => {
  const { context, page } = await openApp(appUrl);
  const n = await page.locator(".milestone").count();
  await context.close();
  return n;
})();
for (const { n, url } of [{ n: real, url: appUrl }, ...(await Promise.all(scaled.map(async (s) => ({ n: s.n, url: await host(s.dir) }))))]) {
  // The plain-DOM baseline takes seconds per update at the large sizes: fewer rounds there.
  const rounds = n > 100 ? Math.min(runs, 3) : runs;
  const a = await interactions(url, rounds);
  const b = await baseline(appUrl, rounds, n);
  print("");
  print(`${`Interaction to next paint, ${n} milestones`.padEnd(58)}${"min".padStart(9)}${"median".padStart(9)}${"max".padStart(9)}`);
  print(row("app: era click (frame callback)", stats(a.era)));
  print(row("plain DOM: same era update", stats(b.era)));
  print(row("app: search keystroke (frame callback)", stats(a.key)));
  print(row("plain DOM: same search update", stats(b.key)));
  const et = stats(a.timing);
  const under = (x) => (x === 0 ? "<16" : fmt(x));
  const etRow = (name, st) =>
    `${name.padEnd(58)}${under(st.min).padStart(9)}${under(st.med).padStart(9)}${under(st.max).padStart(9)}  ms`;
  print(etRow("app: real era click, Event Timing duration (<16: none >=16)", et));
  print(etRow("plain DOM: same real click, Event Timing duration", stats(b.timing)));
  print(
    `${"ratio app / plain DOM, worst keystroke".padEnd(58)}${fmt(stats(a.key).max / stats(b.key).max, 2).padStart(18)}  (target <= 1.2)`,
  );
  const mb = (x) => x / 1048576;
  print(row("memory after load: JS heap + wasm linear memory", stats(a.memory.map((m) => mb(m.js + m.wasm))), "MB", 2));
  const mid = [...a.memory].sort((x, y) => x.js + x.wasm - y.js - y.wasm)[1];
  print(`${"  of which JS heap / wasm linear memory (median run)".padEnd(58)}${`${fmt(mb(mid.js), 2)} / ${fmt(mb(mid.wasm), 2)}`.padStart(18)}  MB`);
}

await browser.close();
for (const s of servers) s.close();

// --- Lighthouse ---------------------------------------------------------------------------------------------------
print("");
print(
  "Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), median of 5 runs, nginx with gzip/brotli on localhost: " +
    "the app (zh-Hant root and en/), the static page (en/), TimelineJS with the same milestones",
);
for (const line of table(await compare(dist, { runs: 5, page: "en/" }))) print(line);
await writeFile(resolve("target/bench/results.txt"), lines.join("\n") + "\n");
console.log("\n(also written to target/bench/results.txt)");
