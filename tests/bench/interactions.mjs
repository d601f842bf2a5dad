// What a phone reader feels: Event Timing of real input in Chromium with the CPU slowed 4x (CDP
// Emulation.setCPUThrottlingRate), on a 412 px page, after the app has rendered its whole list. For each action,
// the longest event duration of its interaction (the browser reports none under 16 ms: "<16"), and for typing
// also the longest animation frame while the debounced update runs (Long Animation Frames: none under 50 ms).
// For the actions that change the list, also when its results on screen were all drawn: Event Timing ends at the
// first paint after the input, and an item that paint held as an empty box (`content-visibility: auto`: found near
// the screen only once that frame was laid out) is drawn a frame or two later.
// Also the main thread's long tasks from navigation until the page is idle, without interaction, and the time they
// block beyond 50 ms each (what Lighthouse's Total Blocking Time adds up, here from navigation on), and those from
// the wasm's arrival on (the app's own start: compiling, hydrating, the rest of the list).
//   node tests/bench/interactions.mjs --dist dist [--dist other-dist ...] [--runs 3] [--page en/]
import { benchArgs, median, slowPhonePage } from "./phone.mjs";

const { serve } = await import("../e2e/server.mjs");

const { opt, dists, runs, pagePath } = benchArgs();
const width = Number(opt("--width", 412));

const show = (ms) => (ms === undefined ? "–" : ms < 16 ? "<16" : `${Math.round(ms)}`);

/** Starts observing interactions, long animation frames, long tasks and the milestones drawn on the page. */
const observe = (page) =>
  page.evaluate(() => {
    window.__events = new Map();
    window.__starts = [];
    window.__frames = [];
    window.__observing = performance.now();
    for (const o of window.__observers ?? []) o.disconnect();
    const events = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        if (e.interactionId) {
          window.__events.set(e.interactionId, Math.max(window.__events.get(e.interactionId) ?? 0, e.duration));
          window.__starts.push(e.startTime);
        }
      }
    });
    // An item off screen skips layout and paint (`content-visibility: auto`) until the browser finds it near the
    // screen. From the input on, each frame (after the app's own frame callbacks, which were asked for during the
    // input's handling) notes which shown milestones it draws, and the task after its paint when.
    window.__drawnFrames = [];
    window.__watching?.abort();
    window.__watching = new AbortController();
    const { signal } = window.__watching;
    const watch = () => {
      let n = 0;
      const frame = () => {
        if (signal.aborted) return;
        const drawn = new Set(
          [...document.querySelectorAll(".milestone:not([hidden])")]
            .filter((m) => m.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }))
            .map((m) => m.id),
        );
        setTimeout(() => window.__drawnFrames.push([performance.now(), drawn]));
        if (++n < 40) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    };
    window.addEventListener("click", watch, { once: true, signal });
    window.addEventListener("keydown", watch, { once: true, signal });
    events.observe({ type: "event", durationThreshold: 16, buffered: false });
    const frames = new PerformanceObserver((l) => window.__frames.push(...l.getEntries().map((e) => e.duration)));
    frames.observe({ type: "long-animation-frame", buffered: false });
    window.__observers = [events, frames];
  });

/** The longest interaction and the longest animation frame since `observe`, and when the milestones on screen
 * were all drawn: the end of the first frame that drew them all, from the interaction's input. */
const collect = (page) =>
  page.evaluate(() => {
    const bar = document.querySelector(".toolbar")?.getBoundingClientRect().bottom ?? 0;
    const onScreen = [...document.querySelectorAll(".milestone:not([hidden])")].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.bottom > bar && r.top < innerHeight;
    });
    // From the input (its first event the browser reports), else from when observing began.
    const start = window.__starts.length ? Math.min(...window.__starts) : window.__observing;
    return {
      event: Math.max(0, ...window.__events.values()),
      frame: Math.max(0, ...window.__frames),
      drawn: (window.__drawnFrames.find(([, drawn]) => onScreen.every((m) => drawn.has(m.id)))?.[0] ?? NaN) - start,
    };
  });

async function measure(url) {
  const { browser, page } = await slowPhonePage(url, {
    width,
    init: () => {
      window.__tasks = [];
      new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({
        type: "longtask",
        buffered: true,
      });
    },
  });
  const tasks = await page.evaluate(() => window.__tasks);
  // The app's own start: the tasks from the wasm's arrival on (compiling it, the state, each region's hydration,
  // the address taken up, the rest of the list); before it, the page's parsing and first layout.
  const arrived = await page.evaluate(
    () => performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseEnd ?? 0,
  );
  const app = tasks.filter(([s]) => s >= arrived);
  const out = {
    longestAppTask: Math.max(0, ...app.map(([, d]) => d)),
    appTasksOver50: app.length,
    longestTask: Math.max(0, ...tasks.map(([, d]) => d)),
    tasksOver50: tasks.length,
    // What Total Blocking Time adds up, over the whole load: each long task's time beyond 50 ms.
    blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    lastTaskEnd: Math.max(0, ...tasks.map(([s, d]) => s + d)),
  };

  const step = async (name, act, settle = 400) => {
    await observe(page);
    await act();
    await page.waitForTimeout(settle);
    out[name] = await collect(page);
  };
  // A click as a reader makes it: the mouse's own input at the element's middle, the element on screen first.
  // (Playwright's `click` also adds listeners of its own to the page that check what the click hits; they run
  // inside the events measured here, forcing a style and layout pass of their own.)
  const click = async (locator) => {
    await locator.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const box = await locator.boundingBox();
    return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  const era = page.locator(".era-card").nth(2);
  await step("era click", await click(era));
  await step("show all (era again)", await click(era));
  await page.locator("#search").click();
  await step("keystroke + debounced update", () => page.keyboard.type("g"), 1200);
  await step("Escape clears the search", () => page.keyboard.press("Escape"), 800);
  await browser.close();
  return out;
}

// Alternating runs (one of each bundle, then the next round), so that the machine's drift over the minutes a
// run takes falls on every bundle alike.
const served = await Promise.all(dists.map((dist) => serve(dist)));
const results = dists.map((dist) => ({ dist, all: [] }));
for (let r = 0; r < runs; r++) {
  for (const [i, { url }] of served.entries()) results[i].all.push(await measure(url + pagePath));
}
for (const { server } of served) server.close();

const rows = [
  ["long tasks until idle (count)", (r) => r.tasksOver50, (x) => `${x}`],
  ["longest task until idle (ms)", (r) => r.longestTask, show],
  ["blocking until idle: sum of (task - 50 ms)", (r) => r.blocking, (x) => `${Math.round(x)}`],
  ["long tasks once the wasm has arrived (count)", (r) => r.appTasksOver50, (x) => `${x}`],
  ["longest task once the wasm has arrived (ms)", (r) => r.longestAppTask, show],
  ["era click: event (ms)", (r) => r["era click"].event, show],
  ["era click: its results all drawn (ms)", (r) => r["era click"].drawn, show],
  ["show all (era again): event (ms)", (r) => r["show all (era again)"].event, show],
  ["show all: its results all drawn (ms)", (r) => r["show all (era again)"].drawn, show],
  ["keystroke: event (ms)", (r) => r["keystroke + debounced update"].event, show],
  ["keystroke: debounced update, longest frame (ms)", (r) => r["keystroke + debounced update"].frame, (x) => (x < 50 ? "<50" : `${Math.round(x)}`)],
  ["Escape clears the search: event (ms)", (r) => r["Escape clears the search"].event, show],
  ["Escape: its results all drawn (ms)", (r) => r["Escape clears the search"].drawn, show],
];
console.log(`Event Timing at 4x CPU, ${width} px, ${pagePath || "root"}, median of ${runs} runs`);
console.log(["".padEnd(50), ...results.map((r) => r.dist.split("/").slice(-2).join("/").padStart(22))].join(""));
for (const [name, get, fmt] of rows) {
  console.log([name.padEnd(50), ...results.map((r) => fmt(median(r.all.map(get))).padStart(22))].join(""));
}
