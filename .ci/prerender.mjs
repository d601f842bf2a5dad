// Writes the app's initial view into the built index.html as static HTML, in both languages (a script in <head>
// shows the reader's), so the content paints before the wasm arrives and readers without JavaScript (or
// WebAssembly) still get the whole timeline. The markup is what the
// app itself renders (same data, same components), captured in headless Chromium; at start the app replaces it
// in one step (see `start()` in src/lib.rs).
//   node .ci/prerender.mjs [dist]
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(new URL("../tests/e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const { serve } = await import(new URL("../tests/e2e/server.mjs", import.meta.url));
const { launchOptions } = await import(new URL("../tests/e2e/browser.mjs", import.meta.url));

const dist = resolve(process.argv[2] ?? "dist");
const htmlPath = join(dist, "index.html");
let html = await readFile(htmlPath, "utf8");
html = html.replace(/\n?<div id="prerender"[\s\S]*?<!-- \/prerender -->/, ""); // idempotent

const { server, url } = await serve(dist);
const browser = await chromium.launch(launchOptions);
try {
  // One copy per language; the script in <head> shows the reader's (index.html). Ids in the English copy get an
  // "-en" suffix (and so do the references to them), so the page never holds an id twice.
  const copies = [];
  for (const lang of ["zh-Hant", "en"]) {
    const page = await browser.newPage({ locale: lang === "en" ? "en-US" : "zh-TW", viewport: { width: 1280, height: 900 } });
    await page.goto(url + "?lang=" + lang);
    await page.waitForFunction(() => window.wasmBindings !== undefined && !document.getElementById("prerender"));
    await page.waitForSelector("[data-testid=milestone]");
    const markup = await page.evaluate(() => {
      const boot = document.getElementById("boot-failure");
      const parts = [];
      for (let node = boot.nextSibling; node; node = node.nextSibling) {
        if (node.nodeType === Node.ELEMENT_NODE && node.tagName !== "SCRIPT") parts.push(node.outerHTML);
      }
      return parts.join("");
    });
    await page.close();
    // The citation names the address the page is read at; the build server's is no use to anyone.
    let body = markup.replaceAll(url.replace(/\/$/, "/"), "./").replace(/<!--[\s\S]*?-->/g, "");
    if (!body.includes('data-testid="milestone"')) throw new Error(`prerender: no milestones rendered (${lang})`);
    if (lang === "en") {
      body = body
        .replace(/ (id|for)="([^"]+)"/g, ' $1="$2-en"')
        .replace(/ href="#([^"]+)"/g, ' href="#$1-en"')
        .replace(/ aria-(labelledby|describedby|controls)="([^"]+)"/g, (_, a, ids) =>
          ` aria-${a}="${ids.split(" ").map((id) => id + "-en").join(" ")}"`,
        );
    }
    copies.push(`<div lang="${lang}">${body}</div>`);
  }
  // A replacer function: the content holds "$" signs, which a replacement string would read as patterns.
  html = html.replace(
    /(<div id="boot-failure"[\s\S]*?<\/div>)/,
    (boot) => `${boot}\n<div id="prerender">${copies.join("")}</div><!-- /prerender -->`,
  );
  await writeFile(htmlPath, html);
  console.log(`prerender: zh-Hant and en copies of the first view written into ${htmlPath}`);
} finally {
  await browser.close();
  server.close();
}
