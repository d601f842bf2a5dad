// The field's reference: TimelineJS (Knight Lab, npm @knight-lab/timelinejs, pinned in tests/bench/package.json)
// carrying the same milestones as a bundle, as a folder nginx can serve like the bundle (tests/e2e/nginx.mjs):
// index.html, TimelineJS's own js and css (its icon font too), timeline.json in TimelineJS's JSON format, every
// text file precompressed (.gz, .br) for gzip_static/brotli_static, and a _nginx.conf server block.
// The milestones come from the bundle itself: dist/en/all/index.html, the whole timeline as static English HTML.
//   node tests/bench/timelinejs.mjs dist target/bench/timelinejs
import { createRequire } from "node:module";
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { launchOptions } = await import("../e2e/browser.mjs");

const PACKAGE = new URL("node_modules/@knight-lab/timelinejs/", import.meta.url).pathname;
export const TIMELINEJS_VERSION = JSON.parse(await readFile(join(PACKAGE, "package.json"), "utf8").catch(() => "{}")).version;

/** The milestones of `dist/en/all/index.html`, in page order: { id, era, eraTitle, title, who, text, date }. */
export async function milestones(dist) {
  const browser = await chromium.launch(launchOptions);
  try {
    // The page is static (no scripts); the browser's parser does the HTML entities and nesting.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${resolve(dist, "en/all/index.html")}`);
    return await page.evaluate(() => {
        const text = (el) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
        const without = (el, selector) => {
          if (!el) return "";
          const copy = el.cloneNode(true);
          for (const x of copy.querySelectorAll(selector)) x.remove();
          return text(copy);
        };
        return [...document.querySelectorAll("li.milestone")].map((li) => {
          const heading = document.getElementById(li.closest("section[aria-labelledby]")?.getAttribute("aria-labelledby"));
          return {
            id: li.dataset.id,
            era: li.dataset.era,
            eraTitle: without(heading, ".milestones__era-years"),
            title: without(li.querySelector(".milestone__title"), ".milestone__badge, .visually-hidden"),
            who: text(li.querySelector(".milestone__who")),
            text: text(li.querySelector(".milestone__text")),
            date: li.querySelector(".milestone__dates time[datetime]")?.getAttribute("datetime") ?? text(li.querySelector(".milestone__year")),
          };
        });
    });
  } finally {
    await browser.close();
  }
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html) for the milestones. */
export function timelineJson(items, title) {
  return {
    title: { text: { headline: escape(title), text: `<p>${items.length} milestones</p>` } },
    events: items.map((m) => {
      const [year, month, day] = m.date.split("-").map(Number);
      if (!year) throw new Error(`milestone ${m.id}: no date (${JSON.stringify(m.date)})`);
      return {
        unique_id: m.id,
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: { headline: escape(m.title), text: [m.who, m.text].filter(Boolean).map((p) => `<p>${escape(p)}</p>`).join("") },
        group: m.eraTitle,
      };
    }),
  };
}

const HTML = (title) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${escape(title)}, in TimelineJS ${TIMELINEJS_VERSION} (benchmark reference)" />
    <title>${escape(title)} (TimelineJS)</title>
    <link rel="stylesheet" href="css/timeline.css" />
    <style>html, body, #timeline { width: 100%; height: 100%; margin: 0; padding: 0; }</style>
    <script src="js/timeline.js"></script>
  </head>
  <body>
    <div id="timeline"></div>
    <script>
      // font: null keeps the stylesheet's own (system) fonts: the default font theme loads Google Fonts, which
      // this benchmark's hosts cannot reach (and the app uses system fonts too).
      window.timeline = new TL.Timeline("timeline", "timeline.json", { font: null, language: "en" });
    </script>
  </body>
</html>
`;

// The server block startNginx (tests/e2e/nginx.mjs) rewrites: its listen and root lines are replaced.
const NGINX = `# TimelineJS with the benchmark's milestones (tests/bench/timelinejs.mjs): static files, precompressed.
server {
    listen 80;
    root /srv/www;
    charset utf-8;
    charset_types text/css application/javascript application/json;
    include /etc/nginx/mime.types;
    gzip_static on;
    brotli_static on;
    gzip_vary on;
    server_tokens off;
    location ~ "/_" {
        return 404;
    }
    location / {
        add_header Cache-Control "no-cache" always;
        try_files $uri $uri/ =404;
    }
}
`;

async function compressTree(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await compressTree(path);
    else if (/\.(html|js|css|json|svg|ttf|eot)$/.test(entry.name)) {
      const body = await readFile(path);
      await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
      await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

/** Builds `into`: TimelineJS with the milestones of `dist`. Resolves to the number of milestones. */
export async function timelineJsCopy(dist, into) {
  await stat(join(PACKAGE, "dist/js/timeline.js")).catch(() => {
    throw new Error("TimelineJS is not installed: run `npm ci` in tests/bench");
  });
  const items = await milestones(dist);
  const html = await readFile(resolve(dist, "en/all/index.html"), "utf8");
  const count = html.match(/class="milestone[ "]/g)?.length ?? 0;
  if (items.length === 0 || items.length !== count) throw new Error(`TimelineJS copy: ${items.length} milestones read, the page has ${count}`);
  const title = (html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "AI timeline").replace(/&amp;/g, "&").replace(/ · .*$/, "");
  await rm(into, { recursive: true, force: true });
  await mkdir(join(into, "js"), { recursive: true });
  await mkdir(join(into, "css"), { recursive: true });
  await cp(join(PACKAGE, "dist/js/timeline.js"), join(into, "js/timeline.js"));
  await cp(join(PACKAGE, "dist/css/timeline.css"), join(into, "css/timeline.css"));
  await cp(join(PACKAGE, "dist/css/icons"), join(into, "css/icons"), { recursive: true });
  await writeFile(join(into, "timeline.json"), JSON.stringify(timelineJson(items, title)));
  await writeFile(join(into, "index.html"), HTML(title));
  await compressTree(into);
  await writeFile(join(into, "_nginx.conf"), NGINX);
  return items.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = "dist", into = "target/bench/timelinejs"] = process.argv.slice(2);
  const n = await timelineJsCopy(resolve(dist), resolve(into));
  console.log(`TimelineJS ${TIMELINEJS_VERSION} with ${n} milestones in ${into}`);
}
