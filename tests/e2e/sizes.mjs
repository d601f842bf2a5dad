// Prints each file of the bundle with its raw, gzip and brotli size, and the total first load.
//   node tests/e2e/sizes.mjs <dist-dir> [--budget-kb N]   (exits 1 when the gzip total is over N KB)
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [dir = "dist", ...rest] = process.argv.slice(2);
const budgetAt = rest.indexOf("--budget-kb");
const budget = budgetAt >= 0 ? Number(rest[budgetAt + 1]) : null;

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for (const name of (await readdir(dir)).sort()) {
  if (name.startsWith(".")) continue;
  const body = await readFile(join(dir, name));
  rows.push({
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
const firstLoad = rows.filter((r) => /\.(html|js|wasm|css)$/.test(r.name));
const total = (key) => firstLoad.reduce((sum, r) => sum + r[key], 0);
console.log(`${"first load (html+js+wasm+css)".padEnd(44)}${kb(total("raw"))} ${kb(total("gzip"))}${kb(total("brotli"))}`);
if (budget !== null && total("gzip") > budget * 1024) {
  console.error(`over budget: ${(total("gzip") / 1024).toFixed(1)} KB gzip > ${budget} KB`);
  process.exit(1);
}
