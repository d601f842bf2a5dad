// Prints the bundle's first load: what a reader's browser fetches for one page (its HTML, the stylesheet, the
// JS and the wasm), raw, gzip and brotli; and the bytes before the first paint (the page's HTML and its
// render-blocking stylesheet), which budgets can bound.
//   node tests/e2e/sizes.mjs <dist-dir> [--budget-kb N] [--first-paint-kb M]
//   (exits 1 when the first load's gzip total is over N KB, or the bytes before first paint over M KB, or when the
//   wasm carries the standard library's float formatting: see the end)
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [dir = "dist", ...rest] = process.argv.slice(2);
const option = (name) => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : null;
};
const budget = option("--budget-kb");
const firstPaintBudget = option("--first-paint-kb");

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const measure = async (name) => {
  const body = await readFile(join(dir, name));
  return {
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const top = (await readdir(dir)).filter((n) => /\.(js|wasm|css)$/.test(n) && n !== "sw.js").sort();
const assets = await Promise.all(top.map(measure));
const pages = await Promise.all(["index.html", "en/index.html"].map(measure));
const row = (r) => console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}`);
[...pages, ...assets].forEach(row);
const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
const css = assets.filter((r) => r.name.endsWith(".css"));
const worst = pages.reduce((a, b) => (a.gzip > b.gzip ? a : b));
const firstLoad = [worst, ...assets];
const firstPaint = [worst, ...css];
const line = (label, list) =>
  console.log(`${label.padEnd(44)}${kb(sum(list, "raw"))} ${kb(sum(list, "gzip"))}${kb(sum(list, "brotli"))}`);
line("first load (one page's html+css+js+wasm)", firstLoad);
line("before first paint (html + blocking css)", firstPaint);
let over = false;
if (budget !== null && sum(firstLoad, "gzip") > budget * 1024) {
  console.error(`over budget: first load ${(sum(firstLoad, "gzip") / 1024).toFixed(1)} KB gzip > ${budget} KB`);
  over = true;
}
if (firstPaintBudget !== null && sum(firstPaint, "gzip") > firstPaintBudget * 1024) {
  console.error(`over budget: before first paint ${(sum(firstPaint, "gzip") / 1024).toFixed(1)} KB gzip > ${firstPaintBudget} KB`);
  over = true;
}
// The app writes numbers with `format::Decimal` (integer arithmetic); the standard float formatting costs 8 KB
// gzip of wasm. Linked, it brings the source paths of its assertions along, which is how it is found here.
for (const wasm of top.filter((n) => n.endsWith(".wasm"))) {
  if ((await readFile(join(dir, wasm))).includes("core/src/num/flt2dec")) {
    console.error(
      `${wasm} carries the standard float formatting: an f64 went through {} or {:?} (format!, to_string, a Leptos ` +
        "attribute or text, f64::clamp's panic message); write it with format::Decimal or format::coord",
    );
    over = true;
  }
}
if (over) process.exit(1);
