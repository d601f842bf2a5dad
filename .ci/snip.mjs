// Removes the code of Leptos' asynchronous hydration from the bundle's wasm, then optimises it (wasm-opt -Oz, the
// step trunk would otherwise run: index.html turns trunk's off and keeps the function names for this script).
//   node .ci/snip.mjs dist
// Every type-erased view (`into_any`, one per component) stores a pointer to its `hydrate_async`, so the
// optimiser keeps that path for each of them although the app hydrates synchronously (`hydrate_from`) and never
// calls it. Each function whose name says `hydrate_async` gets the body `unreachable` (as the Rust and
// WebAssembly group's wasm-snip does); the optimiser then drops what only those functions called. Were it ever
// called, the app would trap into its panic screen, and the end-to-end suites would fail. A build where nothing
// matches fails: the framework has changed and this step must be looked at again.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The pointer each erased view stores, and the body of the future it returns; nothing else. (Helpers named
// after the async path can be shared with the synchronous one: identical functions are merged at link time.)
const SNIP = /^<T as tachys::view::any_view::IntoAny>::into_any::hydrate_async(::\{\{closure\}\})?::h[0-9a-f]{16}$/;

/** The sections of a wasm module: { id, start, end } (start and end of the payload), after the 8-byte header. */
function sections(buf) {
  const list = [];
  let p = 8;
  while (p < buf.length) {
    const id = buf[p++];
    const [size, n] = uleb(buf, p);
    p += n;
    list.push({ id, head: p - n - 1, start: p, end: p + size });
    p += size;
  }
  return list;
}

/** An unsigned LEB128 at `p`: [value, length]. */
function uleb(buf, p) {
  let value = 0;
  let shift = 0;
  let n = 0;
  for (;;) {
    const byte = buf[p + n++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, n];
  }
}

function encode(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** How many functions the module imports (they come first in the function index space). */
function importedFunctions(buf, section) {
  let p = section.start;
  const read = () => {
    const [v, n] = uleb(buf, p);
    p += n;
    return v;
  };
  const limits = () => {
    const flags = read();
    read();
    if (flags & 1) read();
  };
  let count = 0;
  for (let i = read(); i > 0; i--) {
    for (const _ of ["module", "name"]) {
      const length = read(); // (`p += read()` would add to the position before the length was read)
      p += length;
    }
    const kind = buf[p++];
    if (kind === 0) {
      read();
      count++;
    } else if (kind === 1) {
      p++;
      limits();
    } else if (kind === 2) {
      limits();
    } else if (kind === 3) {
      p += 2;
    } else {
      read(); // tag
      read();
    }
  }
  return count;
}

/** Function names from the `name` custom section: Map(index -> name). */
function functionNames(buf, section) {
  const names = new Map();
  let p = section.start;
  const [nameLength, n] = uleb(buf, p);
  p += n;
  if (buf.toString("utf8", p, p + nameLength) !== "name") return names;
  p += nameLength;
  while (p < section.end) {
    const id = buf[p++];
    const [size, m] = uleb(buf, p);
    p += m;
    const end = p + size;
    if (id === 1) {
      let q = p;
      const read = () => {
        const [v, k] = uleb(buf, q);
        q += k;
        return v;
      };
      for (let i = read(); i > 0; i--) {
        const index = read();
        const length = read();
        names.set(index, buf.toString("utf8", q, q + length));
        q += length;
      }
    }
    p = end;
  }
  return names;
}

/** The module with the body of every function `snip(name)` picks replaced by `unreachable`: [module, count, bytes]. */
export function snipped(buf, snip) {
  const all = sections(buf);
  const imports = all.find((s) => s.id === 2);
  const code = all.find((s) => s.id === 10);
  const name = all.find((s) => s.id === 0 && functionNames(buf, s).size > 0);
  if (!code || !name) throw new Error("no code or no function names (is data-keep-debug set in index.html?)");
  const first = imports ? importedFunctions(buf, imports) : 0;
  const names = functionNames(buf, name);
  const unreachable = Buffer.from([0x03, 0x00, 0x00, 0x0b]); // size 3: no locals, unreachable, end
  const parts = [];
  let p = code.start;
  const [count, n] = uleb(buf, p);
  p += n;
  parts.push(encode(count));
  let snips = 0;
  let saved = 0;
  for (let i = 0; i < count; i++) {
    const [size, m] = uleb(buf, p);
    if (snip(names.get(first + i) ?? "")) {
      parts.push(unreachable);
      snips++;
      saved += m + size - unreachable.length;
    } else {
      parts.push(buf.subarray(p, p + m + size));
    }
    p += m + size;
  }
  const payload = Buffer.concat(parts);
  const module = Buffer.concat([
    buf.subarray(0, code.head),
    Buffer.from([10]),
    encode(payload.length),
    payload,
    buf.subarray(code.end),
  ]);
  return [module, snips, saved];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const file = readdirSync(dist).find((f) => f.endsWith("_bg.wasm"));
  if (!file) throw new Error(`no *_bg.wasm in ${dist}`);
  const path = join(dist, file);
  const [module, snips, saved] = snipped(readFileSync(path), (name) => SNIP.test(name));
  if (snips === 0) {
    console.error(`error: no function of ${path} matches ${SNIP}: Leptos has changed, look at .ci/snip.mjs again`);
    process.exit(1);
  }
  writeFileSync(path, module);
  // SNIP_KEEP_NAMES=1 keeps the function names (for looking at what is left, and at stack traces).
  const strip = process.env.SNIP_KEEP_NAMES ? ["-g"] : ["--strip-debug", "--strip-producers"];
  execFileSync("wasm-opt", ["-Oz", ...strip, path, "-o", path], { stdio: "inherit" });
  console.log(`snip: ${snips} functions of the async hydration path emptied (${(saved / 1024).toFixed(1)} KB before optimising)`);
}
