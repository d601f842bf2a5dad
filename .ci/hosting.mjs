// The last step of the bundle: what a static host needs beside the pages.
//   - sw.js: the service worker (offline after the first visit), with this build's version and hashed files;
//   - manifest.webmanifest: installable on phones (icons rendered at build time by the render step);
//   - _headers (Netlify, Cloudflare Pages) and _nginx.conf (an nginx server block): this build's
//     Content-Security-Policy (dist/csp.txt) plus frame-ancestors, Referrer-Policy, X-Content-Type-Options,
//     long immutable caching for hashed files and revalidation for pages and the worker, framing allowed for the
//     embed view only;
//   - .gz and .br beside every text file (Node's own zlib), for hosts that serve precompressed files.
//   node .ci/hosting.mjs [dist] [--public-path /timeline/] [--listen 8080] [--root /srv/www]
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dist = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
const prefix = option("--public-path", "/").replace(/\/?$/, "/");
const listen = option("--listen", "80");
const root = option("--root", "/srv/www/timeline");

/** Every file below `dir`, as paths relative to it (forward slashes). */
async function files(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path, base)));
    else out.push(relative(base, path).split("\\").join("/"));
  }
  return out.sort();
}

const all = (await files(dist)).filter((f) => !/\.(gz|br)$/.test(f));
const hashed = all.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.\w+$/.test(f));
const pages = all.filter((f) => f.endsWith(".html"));
const policy = (await readFile(join(dist, "csp.txt"), "utf8")).trim();

// The service worker: this build's version is the digest of every file it serves.
const digest = createHash("sha256");
for (const file of all) digest.update(file).update(await readFile(join(dist, file)));
const version = digest.digest("hex").slice(0, 16);
const icons = all.filter((f) => /^icon-\d+\.png$/.test(f));
const precache = [...hashed, ...icons, "manifest.webmanifest"];
const worker = (await readFile(new URL("hosting/sw.js", import.meta.url), "utf8"))
  .replace("__VERSION__", version)
  .replace("__ASSETS__", JSON.stringify(precache))
  .replace("__PAGES__", JSON.stringify(pages.map((f) => (f === "index.html" ? "./" : f.replace(/index\.html$/, "")))));
await writeFile(join(dist, "sw.js"), worker);

// The web app manifest.
const manifest = {
  name: "深度學習、機器學習與GPT發展進程 · AI timeline 2010–2025",
  short_name: "AI timeline",
  description: "An interactive, bilingual timeline of deep learning, machine learning and GPT, 2010–2025.",
  lang: "zh-Hant",
  start_url: "./",
  scope: "./",
  display: "standalone",
  background_color: "#f6f5f2",
  theme_color: "#1d5fa8",
  icons: icons.map((file) => {
    const size = file.match(/\d+/)[0];
    // The favicon on a full square of its colour, inside the central 80%: safe under any mask.
    return { src: `./${file}`, sizes: `${size}x${size}`, type: "image/png", purpose: "any maskable" };
  }),
};
await writeFile(join(dist, "manifest.webmanifest"), JSON.stringify(manifest, null, 2) + "\n");

// Headers: the pages get the policy (framing allowed for the embed view only), everything gets the rest.
const pagePolicy = (embed) => `${policy}; frame-ancestors ${embed ? "*" : "'none'"}`;
const common = { "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff" };
const immutable = "public, max-age=31536000, immutable";
const revalidate = "no-cache";
const rules = [
  [`${prefix}*`, common],
  ...[`${prefix}`, `${prefix}index.html`, `${prefix}404.html`, `${prefix}en/*`, `${prefix}all/*`].map((path) => [
    path,
    { "Content-Security-Policy": pagePolicy(false), "Cache-Control": revalidate },
  ]),
  [`${prefix}embed/*`, { "Content-Security-Policy": pagePolicy(true), "Cache-Control": revalidate }],
  [`${prefix}sw.js`, { "Cache-Control": revalidate }],
  [`${prefix}manifest.webmanifest`, { "Cache-Control": revalidate }],
  ...hashed.map((file) => [`${prefix}${file}`, { "Cache-Control": immutable }]),
];
const headers = rules
  .map(([path, set]) => [path, ...Object.entries(set).map(([k, v]) => `  ${k}: ${v}`)].join("\n"))
  .join("\n");
await writeFile(join(dist, "_headers"), headers + "\n");

// nginx: one server block; `add_header` in a location replaces the server's, so each location says them all.
const say = (set) =>
  Object.entries({ ...common, ...set })
    .map(([k, v]) => `        add_header ${k} "${v.replaceAll('"', '\\"')}" always;`)
    .join("\n");
const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const nginx = `# The AI timeline bundle, served from ${prefix} (generated by .ci/hosting.mjs with this build: the
# Content-Security-Policy carries the build's script hashes). The bundle's folder is ${root} (root + prefix);
# needs nginx's gzip_static (built in) and brotli_static (Debian: libnginx-mod-http-brotli-static).
server {
    listen ${listen};
    root ${root.replace(new RegExp(`${escaped.replace(/\/$/, "")}/?$`), "") || "/"};
    charset utf-8;
    charset_types text/css text/csv application/javascript application/json application/manifest+json image/svg+xml;
    types {
        application/manifest+json webmanifest;
        text/csv csv;
    }
    include /etc/nginx/mime.types;
    gzip_static on;
    brotli_static on;
    gzip_vary on;
    server_tokens off;
    error_page 404 ${prefix}404.html;

    # This file and the _headers file are for hosts, not readers.
    location ~ "^${escaped}_" {
        return 404;
    }

    # Hashed files never change.
    location ~ "^${escaped}.+-[0-9a-f]{8,16}(_bg)?\\.(js|wasm|css|svg|png)$" {
${say({ "Cache-Control": immutable })}
    }

    # The worker and the manifest: always revalidated, so a new deployment is seen at once.
    location ~ "^${escaped}(sw\\.js|manifest\\.webmanifest)$" {
${say({ "Cache-Control": revalidate })}
    }

    # The embed view may be framed by any site; nothing else may.
    location ^~ ${prefix}embed/ {
${say({ "Content-Security-Policy": pagePolicy(true), "Cache-Control": revalidate })}
        try_files $uri $uri/ =404;
    }

    location ${prefix} {
${say({ "Content-Security-Policy": pagePolicy(false), "Cache-Control": revalidate })}
        try_files $uri $uri/ =404;
    }
}
`;
await writeFile(join(dist, "_nginx.conf"), nginx);

// Precompressed copies of every text file.
let sizes = { raw: 0, gzip: 0, br: 0 };
for (const file of await files(dist)) {
  if (!/\.(html|js|wasm|css|svg|json|csv|webmanifest|txt)$/.test(file) || file.startsWith("_")) continue;
  const body = await readFile(join(dist, file));
  const gz = gzipSync(body, { level: 9 });
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  await writeFile(join(dist, `${file}.gz`), gz);
  await writeFile(join(dist, `${file}.br`), br);
  sizes = { raw: sizes.raw + body.length, gzip: sizes.gzip + gz.length, br: sizes.br + br.length };
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `hosting: sw.js (version ${version}, ${precache.length} files and ${pages.length} pages precached), manifest, _headers, _nginx.conf; ` +
    `precompressed ${kb(sizes.raw)} KB -> gzip ${kb(sizes.gzip)} KB, brotli ${kb(sizes.br)} KB; ${pages.length} pages`,
);

