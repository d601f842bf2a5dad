// Release build step, after the pages are rendered (src/bin/render.rs): makes every page strict and
// self-checking.
//  - The loader fetches the wasm with Subresource Integrity (sha384) and the JS modulepreload carries it too.
//  - If WebAssembly is missing or the wasm/JS fails to load, the loader reveals #boot-failure (a readable note with
//    a reload link) instead of leaving the page without its app.
//  - A Content-Security-Policy <meta> without 'unsafe-inline' or 'unsafe-eval': 'self', 'wasm-unsafe-eval' and the
//    sha256 of the page's inline scripts, computed here so they stay right whenever the bundle changes.
// Writes dist/csp.txt: one policy that allows every page's scripts (for hosts that send it as a header).
//   node .ci/harden.mjs [dist]
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const dist = process.argv[2] ?? "dist";
const sha = (algorithm, data) => `${algorithm}-` + createHash(algorithm).update(data).digest("base64");

async function pages(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await pages(path)));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

const scriptHashes = new Set();
let policy = null;
for (const path of await pages(dist)) {
  let html = await readFile(path, "utf8");
  const loader = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!loader) {
    // A page without the app: its inline scripts (404.html finds the bundle's root) under the same policy.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'${sha("sha256", m[1])}'`);
    if (inline.length === 0) continue;
    inline.forEach((h) => scriptHashes.add(h));
    await writeFile(path, withPolicy(html, policyWith(inline)));
    console.log(`harden: ${relative(dist, path)}`);
    continue;
  }
  const js = loader[1].match(/from ['"]((?:\.\.?\/)+)([^'"]+\.js)['"]/);
  const wasm = loader[1].match(/module_or_path: ['"]((?:\.\.?\/)+)([^'"]+\.wasm)['"]/);
  if (!js || !wasm) throw new Error(`harden: the loader of ${path} does not name the js and wasm files`);
  const [, up, jsFile] = js;
  const wasmFile = wasm[2];
  const jsIntegrity = sha("sha384", await readFile(join(dist, jsFile)));
  const wasmIntegrity = sha("sha384", await readFile(join(dist, wasmFile)));
  const script = `
const failed = (error) => {
  const note = document.getElementById("boot-failure");
  if (note) note.hidden = false;
  console.info("The app could not start:", error);
};
try {
  if (typeof WebAssembly !== "object") throw new Error("no WebAssembly");
  const bindings = await import("${up}${jsFile}");
  const wasm = await bindings.default({ module_or_path: fetch("${up}${wasmFile}", { integrity: "${wasmIntegrity}" }) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (error) {
  failed(error);
}
`;
  html = html.replace(loader[0], () => `<script type="module">${script}</script>`);
  // Preloads: the JS with its integrity; no wasm preload (Chromium ignores integrity there, with a warning).
  html = html.replace(/<link rel="preload"[^>]*\.wasm"[^>]*>/, "");
  html = html.replace(
    /<link rel="modulepreload" href="((?:\.\.?\/)+[^"]+\.js)" crossorigin="anonymous">/,
    (_, href) => `<link rel="modulepreload" href="${href}" crossorigin="anonymous" integrity="${jsIntegrity}">`,
  );
  const inline = [...html.matchAll(/<script(?: id="[^"]+")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = [script, ...inline].map((s) => `'${sha("sha256", s)}'`);
  hashes.forEach((h) => scriptHashes.add(h));
  const pagePolicy = policyWith(hashes);
  await writeFile(path, withPolicy(html, pagePolicy));
  console.log(`harden: ${relative(dist, path)}`);
}
if (scriptHashes.size === 0) throw new Error("harden: no page with the app's loader found");
policy = policyWith([...scriptHashes]);
await writeFile(join(dist, "csp.txt"), policy + "\n");
console.log(`harden: CSP ${policy}`);

/** The page with its own policy (and no referrer) in a <meta>, replacing any it had. */
function withPolicy(html, pagePolicy) {
  return html
    .replace(/\n?\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
    .replace(
      /<meta charset="utf-8" \/>/,
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${pagePolicy}" />\n    <meta name="referrer" content="no-referrer" />`,
    );
}

function policyWith(hashes) {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}
