// What a phone reader feels on reaching the charts: the page's main thread while the reader scrolls down to the
// parts rendered only when near (the charts and trends), in Chromium with the CPU slowed 4x (CDP
// Emulation.setCPUThrottlingRate) on a 412 px page. The page is taken, once it is idle, to a little above the
// list's end, then scrolled by the wheel, 300 px at a time, until the trends are on the page and a moment after.
// Prints, per bundle, the task that rendered the charts and the one that rendered the trends (Long Tasks: "0" when
// under 50 ms), the longest task while scrolling (the list's last items are laid out as they come near too) and
// the longest animation frame (Long Animation Frames: none under 50 ms), each run's and their medians. Runs
// alternate between bundles.
//   node tests/bench/near.mjs --dist dist [--dist other-dist ...] [--runs 5] [--page en/]
import { benchArgs, median, slowPhonePage } from "./phone.mjs";

const { serve } = await import("../e2e/server.mjs");

const { dists, runs, pagePath } = benchArgs(process.argv.slice(2), { runs: 5 });

async function measure(url) {
  const { browser, page } = await slowPhonePage(url, {
    init: () => {
      window.__tasks = [];
      window.__frames = [];
      window.__rendered = {};
      new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({
        type: "longtask",
      });
      // When each part came into the page: a mutation observer's callback runs in the task that inserted it.
      new MutationObserver(() => {
        for (const part of ["charts", "trends"]) {
          if (!window.__rendered[part] && document.querySelector(`.${part}`)) window.__rendered[part] = performance.now();
        }
      }).observe(document, { subtree: true, childList: true });
      new PerformanceObserver((l) => window.__frames.push(...l.getEntries().map((e) => e.duration))).observe({
        type: "long-animation-frame",
      });
    },
  });
  // A little above the list's end, taken again until it holds (the items above take their real heights as they
  // come near).
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => scrollTo(0, document.getElementById("later").getBoundingClientRect().top + scrollY - 2500));
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => {
    window.__tasks = [];
    window.__frames = [];
  });
  await page.mouse.move(200, 450);
  for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.querySelector(".trends"))); i++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
  const out = await page.evaluate(() => {
    // The long task that rendered a part, if any (its duration; 0 when it stayed under 50 ms). The observer's
    // callback runs at the task's very end, and a long task's times are coarse: a few ms of slack.
    const taskOf = (at) => Math.max(0, ...window.__tasks.filter(([s, d]) => s <= at && at <= s + d + 4).map(([, d]) => d));
    const { charts, trends } = window.__rendered;
    return {
      rendered: charts !== undefined && trends !== undefined,
      charts: taskOf(charts),
      trends: taskOf(trends),
      task: Math.max(0, ...window.__tasks.map(([, d]) => d)),
      frame: Math.max(0, ...window.__frames),
    };
  });
  await browser.close();
  if (!out.rendered) throw new Error(`${url}: the charts and trends did not render`);
  return out;
}

const served = await Promise.all(dists.map((dist) => serve(dist)));
const results = dists.map(() => []);
for (let r = 0; r < runs; r++) {
  for (const [i, { url }] of served.entries()) results[i].push(await measure(url + pagePath));
}
for (const { server } of served) server.close();
console.log(`Reaching the charts at 4x CPU, 412 px, ${pagePath || "root"}, ${runs} runs (ms; 0: none over 50)`);
for (const [i, dist] of dists.entries()) {
  console.log(dist);
  for (const [name, key] of [
    ["the task that rendered the charts", "charts"],
    ["the task that rendered the trends", "trends"],
    ["the longest task while scrolling", "task"],
    ["the longest animation frame", "frame"],
  ]) {
    const xs = results[i].map((r) => Math.round(r[key]));
    console.log(`  ${name}: ${xs.join(" ")}; median ${median(xs)}`);
  }
}
