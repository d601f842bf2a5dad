// Module cycles among src/'s modules (a file is a module; a module and its own parent or children are not
// counted: a parent declares its children). Exits 1 and names them when one module imports another that
// imports it back, directly or through others.
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

const root = new URL("../src/", import.meta.url).pathname;
async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith(".rs")) yield path;
  }
}
const moduleOf = (path) => {
  const rel = relative(root, path).replace(/\.rs$/, "").split("/");
  if (rel.at(-1) === "mod" || rel.at(-1) === "lib" || rel.at(-1) === "main") rel.pop();
  return rel.join("::");
};
const modules = new Map();
for await (const path of files(root)) {
  if (path.includes("/bin/") || path.startsWith(join(root, "data/"))) continue;
  modules.set(moduleOf(path), await readFile(path, "utf8"));
}
const known = [...modules.keys()].filter(Boolean);
/** The longest known module a path names: "components::toolbar::ToolbarActions" -> "components::toolbar". */
const resolve = (path) => {
  const parts = path.split("::");
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join("::");
    if (known.includes(name)) return name;
  }
  return null;
};
const related = (a, b) => a === b || a.startsWith(b + "::") || b.startsWith(a + "::");
const edges = new Map(known.map((m) => [m, new Set()]));
for (const [name, text] of modules) {
  if (!name) continue;
  const code = text.replace(/\/\/[^\n]*/g, "");
  const parent = name.split("::").slice(0, -1).join("::");
  const paths = [];
  // `use` trees: expand one level of braces (`use crate::{a, b::c}`).
  for (const m of code.matchAll(/\buse\s+((?:crate|super)(?:::[\w]+)*)(?:::\{([^;]*)\})?/g)) {
    const base = m[1];
    if (m[2]) for (const item of m[2].split(",")) paths.push(`${base}::${item.trim().split(/[\s:{]/)[0]}`);
    else paths.push(base);
  }
  for (const m of code.matchAll(/\b((?:crate|super)(?:::\w+)+)/g)) paths.push(m[1]);
  for (let path of paths) {
    path = path.replace(/^crate::/, "").replace(/^super::/, parent ? `${parent}::` : "");
    const target = resolve(path);
    if (target && !related(name, target)) edges.get(name).add(target);
  }
}
// Tarjan's strongly connected components.
let index = 0;
const stack = [], on = new Set(), idx = new Map(), low = new Map(), cycles = [];
const visit = (v) => {
  idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
  for (const w of edges.get(v)) {
    if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const scc = [];
    let w;
    do { w = stack.pop(); on.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1) cycles.push(scc);
  }
};
for (const v of known) if (!idx.has(v)) visit(v);
if (cycles.length) {
  for (const scc of cycles) {
    console.error(`module cycle: ${scc.join(", ")}`);
    for (const a of scc) for (const b of edges.get(a)) if (scc.includes(b)) console.error(`  ${a} -> ${b}`);
  }
  process.exit(1);
}
console.log(`no module cycles (${known.length} modules)`);
