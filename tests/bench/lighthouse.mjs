// Lighthouse (12.2.3, mobile preset: simulated slow 4G and a 4x slower CPU) on the app (both language pages), on
// a static page with the same content and on TimelineJS carrying the same milestones (tests/bench/timelinejs.mjs),
// all served compressed by Debian's nginx (the bundle with the server block it ships). Runs alternate between the
// pages so that all see the same machine; medians are printed side by side.
//   node tests/bench/lighthouse.mjs dist [--runs 5] [--page en/] [--prefix /timeline/]
// Needs tests/bench's npm packages (.ci/bench installs them).
import { execFile } from "node:child_process";
import { cp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startNginx } from "../e2e/nginx.mjs";
import { TIMELINEJS_VERSION, timelineJsCopy } from "./timelinejs.mjs";

const run = promisify(execFile);
const cli = new URL("node_modules/lighthouse/cli/index.js", import.meta.url).pathname;
const flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/** The static counterpart of a bundle: every page as rendered at build time, without its scripts and preloads
 *  (so without the app), precompressed again like the rest. */
export async function staticCopy(dist, into) {
  await rm(into, { recursive: true, force: true });
  await cp(dist, into, { recursive: true });
  for (const page of ["index.html", "en/index.html"]) {
    const path = join(into, page);
    const html = (await readFile(path, "utf8"))
      .replace(/<script\b[\s\S]*?<\/script>/g, "")
      .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
    await writeFile(path, html);
    await writeFile(`${path}.gz`, gzipSync(html, { level: 9 }));
    await writeFile(`${path}.br`, brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

/** One Lighthouse run: the figures of the table. */
async function once(url) {
  const { stdout } = await run(
    "node",
    [cli, url, "--only-categories=performance", "--form-factor=mobile", "--output=json", "--quiet", `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 },
  );
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  const a = report.audits;
  return {
    score: report.categories.performance.score * 100,
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    tti: a.interactive.numericValue,
    kb: a["total-byte-weight"].numericValue / 1024,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of `runs` runs on each of `pages` ({ name, url }), alternating. */
export async function lighthouse(pages, runs = 5) {
  const results = pages.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, page] of pages.entries()) results[i].push(await once(page.url));
  }
  return pages.map((page, i) => {
    const all = results[i];
    const pick = (key) => median(all.map((x) => x[key]));
    return { name: page.name, key: page.key, runs: all, score: pick("score"), fcp: pick("fcp"), lcp: pick("lcp"), tbt: pick("tbt"), tti: pick("tti"), kb: pick("kb") };
  });
}

const METRICS = [
  ["score", "score", false],
  ["fcp", "FCP", true],
  ["lcp", "LCP", true],
  ["tbt", "TBT", true],
  ["tti", "TTI", true],
  ["kb", "KB", true],
];

/** Where `row` stands against `other`, metric by metric (lower is better but for the score). */
function against(row, other) {
  const ahead = [];
  const even = [];
  const behind = [];
  for (const [key, label, lower] of METRICS) {
    const a = Math.round(row[key]);
    const b = Math.round(other[key]);
    (a === b ? even : (lower ? a < b : a > b) ? ahead : behind).push(label);
  }
  return `${ahead.join(" ") || "none"}${behind.length ? ` (behind on ${behind.join(" ")})` : ""}${even.length ? ` (even on ${even.join(" ")})` : ""}`;
}

/** The table: one row per page, then the app's FCP and LCP against the static page's, and where each app page
 *  stands against TimelineJS. Rows carry a `key` ("app", "app-root", "static", "timelinejs"); rows without one
 *  are read as [app, static]. */
export function table(rows) {
  const head = `${"page".padEnd(40)}${"score".padStart(7)}${"FCP ms".padStart(9)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}${"TTI ms".padStart(9)}${"KB".padStart(7)}`;
  const lines = [head];
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(40)}${r.score.toFixed(0).padStart(7)}${r.fcp.toFixed(0).padStart(9)}${r.lcp.toFixed(0).padStart(9)}${r.tbt.toFixed(0).padStart(9)}${r.tti.toFixed(0).padStart(9)}${r.kb.toFixed(0).padStart(7)}`,
    );
  }
  const keyed = rows.some((r) => r.key);
  const app = keyed ? rows.find((r) => r.key === "app") : rows[0];
  const plain = keyed ? rows.find((r) => r.key === "static") : rows[1];
  if (app && plain) {
    lines.push(
      `app / static page${app.page ? ` (${app.page})` : ""}: FCP ${(app.fcp / plain.fcp).toFixed(2)}x, LCP ${(app.lcp / plain.lcp).toFixed(2)}x (target <= 1.15); ` +
        `targets: score >= 98, TBT <= 100 ms, TTI <= 2000 ms`,
    );
  }
  const timelinejs = rows.find((r) => r.key === "timelinejs");
  const apps = rows.filter((r) => r.key === "app-root" || r.key === "app");
  if (timelinejs && apps.length) {
    lines.push(`ahead of TimelineJS on: ${apps.map((r) => `${r.key === "app-root" ? "zh-Hant root" : r.page}: ${against(r, timelinejs)}`).join("; ")}`);
  }
  return lines;
}

/** Serves `dist`, its static copy and TimelineJS with the same milestones, each with nginx, and runs Lighthouse on
 *  the app's root page (zh-Hant) and its `page` (en/), on `page` of the static copy and on TimelineJS.
 *  `prefix` is the path the bundle was built for (.ci/bundle --public-path), which its server block expects;
 *  TimelineJS's folder has its own server block (no prefix). */
export async function compare(
  dist,
  { runs = 5, page = "en/", prefix = "/", work = "target/bench/lighthouse-static", timelinejs = "target/bench/timelinejs" } = {},
) {
  await staticCopy(dist, resolve(work));
  const milestones = await timelineJsCopy(dist, resolve(timelinejs));
  const servers = [];
  try {
    const app = await startNginx(dist, { prefix });
    servers.push(app);
    const plain = await startNginx(resolve(work), { prefix });
    servers.push(plain);
    const tl = await startNginx(resolve(timelinejs), { prefix: "/" });
    servers.push(tl);
    const rows = await lighthouse(
      [
        // Lighthouse's Chromium speaks English: the root would send it to en/ before the first paint (the
        // language choice a reader without a stored one gets); ?lang= keeps it on the Chinese page.
        { key: "app-root", name: "this app, zh-Hant root (/)", url: app.url + "?lang=zh-Hant" },
        { key: "app", name: `this app, ${page}`, url: app.url + page },
        { key: "static", name: `static page, same first view (${page})`, url: plain.url + page },
        { key: "timelinejs", name: `TimelineJS ${TIMELINEJS_VERSION}, same ${milestones} milestones`, url: tl.url },
      ],
      runs,
    );
    rows[0].page = "/";
    rows[1].page = page;
    return rows;
  } finally {
    for (const s of servers) await s.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const dist = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist");
  await readdir(dist);
  const rows = await compare(dist, { runs: Number(opt("--runs", 5)), page: opt("--page", "en/"), prefix: opt("--prefix", "/") });
  console.log(`Lighthouse 12.2.3, mobile preset, median of ${opt("--runs", 5)} runs, nginx with gzip/brotli on localhost (app, static page, TimelineJS)`);
  for (const line of table(rows)) console.log(line);
}
