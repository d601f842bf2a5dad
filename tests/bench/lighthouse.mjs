// Lighthouse (12.2.3, mobile preset: simulated slow 4G and a 4x slower CPU) on the app and on a static page
// with the same content, both served compressed by Debian's nginx with the server block the bundle ships.
// Runs alternate between the two so that both see the same machine; medians are printed side by side.
//   node tests/bench/lighthouse.mjs dist [--runs 5] [--page en/] [--prefix /timeline/]
// Needs tests/bench's npm packages (.ci/bench installs them).
import { execFile } from "node:child_process";
import { cp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startNginx } from "../e2e/nginx.mjs";

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
    return { name: page.name, runs: all, score: pick("score"), fcp: pick("fcp"), lcp: pick("lcp"), tbt: pick("tbt"), tti: pick("tti"), kb: pick("kb") };
  });
}

/** The table: one row per page, then the app's FCP and LCP against the static page's. */
export function table(rows) {
  const head = `${"page".padEnd(40)}${"score".padStart(7)}${"FCP ms".padStart(9)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}${"TTI ms".padStart(9)}${"KB".padStart(7)}`;
  const lines = [head];
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(40)}${r.score.toFixed(0).padStart(7)}${r.fcp.toFixed(0).padStart(9)}${r.lcp.toFixed(0).padStart(9)}${r.tbt.toFixed(0).padStart(9)}${r.tti.toFixed(0).padStart(9)}${r.kb.toFixed(0).padStart(7)}`,
    );
  }
  const [app, plain] = rows;
  if (app && plain) {
    lines.push(
      `app / static page: FCP ${(app.fcp / plain.fcp).toFixed(2)}x, LCP ${(app.lcp / plain.lcp).toFixed(2)}x (target <= 1.15); ` +
        `targets: score >= 98, TBT <= 100 ms, TTI <= 2000 ms`,
    );
  }
  return lines;
}

/** Serves `dist` and its static copy with nginx and runs Lighthouse on `page` of each. */
/** `prefix` is the path the bundle was built for (.ci/bundle --public-path), which its server block expects. */
export async function compare(dist, { runs = 5, page = "en/", prefix = "/", work = "target/bench/lighthouse-static" } = {}) {
  await staticCopy(dist, resolve(work));
  const app = await startNginx(dist, { prefix });
  const plain = await startNginx(resolve(work), { prefix });
  try {
    return await lighthouse(
      [
        { name: `this app (${page}, rendered and hydrated)`, url: app.url + page },
        { name: `static page, same first view (${page})`, url: plain.url + page },
      ],
      runs,
    );
  } finally {
    await app.stop();
    await plain.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const dist = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist");
  await readdir(dist);
  const rows = await compare(dist, { runs: Number(opt("--runs", 5)), page: opt("--page", "en/"), prefix: opt("--prefix", "/") });
  console.log(`Lighthouse 12.2.3, mobile preset, median of ${opt("--runs", 5)} runs, nginx with gzip/brotli on localhost`);
  for (const line of table(rows)) console.log(line);
}
