// .ci/snip.mjs empties functions by name: on a small module with imports (which come first in the function index
// space) the function named is emptied and only that one, and the module still validates and runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snipped } from "../../.ci/snip.mjs";

const WAT = `(module
  (import "env" "first" (func $first (result i32)))
  (import "env" "second" (func $second (param i32)))
  (memory (export "memory") 1)
  (func $kept (export "kept") (result i32) (i32.add (call $first) (i32.const 1)))
  (func $emptied (export "emptied") (result i32) (i32.const 7))
  (func $after (export "after") (param i32) (call $second (local.get 0))))`;

test("the function named is emptied, and only that one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "snip-"));
  writeFileSync(join(dir, "m.wat"), WAT);
  // wasm-as from npm binaryen (tests/e2e's packages); -g writes the function names.
  execFileSync(new URL("node_modules/.bin/wasm-as", import.meta.url).pathname, ["-g", join(dir, "m.wat"), "-o", join(dir, "m.wasm")]);
  const [module, count] = snipped(readFileSync(join(dir, "m.wasm")), (name) => name === "emptied");
  assert.equal(count, 1);
  let seen;
  const { instance } = await WebAssembly.instantiate(module, { env: { first: () => 41, second: (x) => (seen = x) } });
  assert.equal(instance.exports.kept(), 42);
  assert.throws(() => instance.exports.emptied(), WebAssembly.RuntimeError);
  instance.exports.after(5);
  assert.equal(seen, 5);
});
