// Debian's nginx serving a bundle with the server block the bundle ships (dist/_nginx.conf, written by
// .ci/hosting.mjs), as its own process on a loopback port: for the end-to-end tests and the benchmark.
//   const { url, stop } = await startNginx(dist, { prefix: "/timeline/" })
import { spawn } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** Serves a copy of `dist` under `prefix`; resolves once nginx answers. */
export async function startNginx(dist, { prefix = "/timeline/" } = {}) {
  const base = await mkdtemp(join(tmpdir(), "timeline-nginx-"));
  const www = join(base, "www");
  const root = join(www, prefix.replace(/^\/|\/$/g, ""));
  await mkdir(root, { recursive: true });
  await cp(resolve(dist), root, { recursive: true });
  // nginx's workers run as www-data: the copy must be readable by them.
  for (const dir of [base, www, root]) await chmod(dir, 0o755);
  await chmodTree(root);
  const port = await freePort();
  const block = (await readFile(join(root, "_nginx.conf"), "utf8"))
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${www};`);
  const conf = join(base, "nginx.conf");
  await writeFile(
    conf,
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid ${base}/nginx.pid;
error_log ${base}/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${base}/body;
    proxy_temp_path ${base}/proxy;
    fastcgi_temp_path ${base}/fastcgi;
    uwsgi_temp_path ${base}/uwsgi;
    scgi_temp_path ${base}/scgi;
    default_type application/octet-stream;
    ${block}
}
`,
  );
  const nginx = spawn("nginx", ["-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}${prefix}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    port,
    root,
    /** Stops nginx (at once if it has stopped already) and removes the copy. */
    stop: async () => {
      if (nginx.exitCode === null && nginx.signalCode === null) {
        await new Promise((done) => {
          nginx.once("exit", done);
          nginx.kill("SIGQUIT");
        });
      }
      await rm(base, { recursive: true, force: true });
    },
  };
}

async function chmodTree(dir) {
  const { readdir } = await import("node:fs/promises");
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    await chmod(path, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) await chmodTree(path);
  }
}
