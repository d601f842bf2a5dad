// A tiny static file server for the built bundle, mounted under a sub-path (default /timeline/), as a static
// host would serve it. Used by the end-to-end tests and for screenshots:
//   node tests/e2e/server.mjs <dist-dir> [port] [prefix]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** Starts a server for `root` under `prefix`; resolves to { server, url } once listening. */
export function serve(root, { port = 0, prefix = "/timeline/" } = {}) {
  const base = resolve(root);
  // Long URLs (hostile-input tests) are allowed, as most static hosts allow them.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (path === prefix.replace(/\/$/, "")) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}${prefix}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = "dist", port = "8081", prefix = "/timeline/"] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port), prefix });
  console.log(`serving ${root} at ${url}`);
}
