// Trunk post-build hook (release builds): makes the bundle's index.html strict and self-checking.
//  - The loader fetches the wasm with Subresource Integrity (sha384) and the JS modulepreload carries it too.
//  - If WebAssembly is missing or the wasm/JS fails to load, the loader reveals #boot-failure (a readable note with
//    a reload link) instead of leaving a blank page.
//  - A Content-Security-Policy <meta> without 'unsafe-inline' or 'unsafe-eval': 'self', 'wasm-unsafe-eval' and the
//    sha256 of the loader and of the pre-render language script, computed here so they stay right whenever the
//    bundle changes.
// Prints the final policy. Debug builds (trunk serve) are left alone: its live-reload script is inline.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const htmlPath = join(dir, "index.html");
let html = await readFile(htmlPath, "utf8");

const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!loader) throw new Error("harden: trunk's loader script not found");
const js = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!js || !wasm) throw new Error("harden: loader does not name the js and wasm files");

const sri = async (file) => "sha384-" + createHash("sha384").update(await readFile(join(dir, file))).digest("base64");
const [jsIntegrity, wasmIntegrity] = [await sri(js), await sri(wasm)];

const script = `
const failed = (error) => {
  const note = document.getElementById("boot-failure");
  if (note) note.hidden = false;
  console.info("The app could not start:", error);
};
try {
  if (typeof WebAssembly !== "object") throw new Error("no WebAssembly");
  const bindings = await import("./${js}");
  const wasm = await bindings.default({ module_or_path: fetch("./${wasm}", { integrity: "${wasmIntegrity}" }) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (error) {
  failed(error);
}
`;
html = html.replace(loader[0], `<script type="module">${script}</script>`);

// Preloads: the JS with its integrity; no wasm preload (Chromium ignores integrity there, with a warning).
html = html.replace(/<link rel="preload"[^>]*\.wasm"[^>]*>/, "");
html = html.replace(
  /<link rel="modulepreload" href="\.\/([^"]+\.js)" crossorigin="anonymous">/,
  `<link rel="modulepreload" href="./$1" crossorigin="anonymous" integrity="${jsIntegrity}">`,
);

const sha256 = (text) => "sha256-" + createHash("sha256").update(text).digest("base64");
const langScript = html.match(/<script id="prerender-lang">([\s\S]*?)<\/script>/);
if (!langScript) throw new Error("harden: the pre-rendered copy's language script (index.html) not found");

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' '${sha256(script)}' '${sha256(langScript[1])}'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");
html = html.replace(
  /<meta charset="utf-8" \/>/,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="referrer" content="no-referrer" />`,
);
await writeFile(htmlPath, html);
await writeFile(join(dir, "csp.txt"), policy + "\n");
console.log(`harden: CSP ${policy}`);
