// Writes a synthetic data file with N milestones for benchmarking only: the real file's eras, tags, organisations
// and trends, and its milestones repeated under new ids "synthetic-<i>" (same eras, years, dates, texts), so the
// build-time validation still holds.
//   node tests/bench/synth.mjs N > synthetic.toml
import { readFile } from "node:fs/promises";

const n = Number(process.argv[2] ?? 1000);
const source = await readFile(new URL("../../src/data/timeline.toml", import.meta.url), "utf8");
const [head, ...rest] = source.split("[[milestone]]\n");
const last = rest.pop();
const trendAt = last.indexOf("[[trend]]");
const blocks = [...rest, last.slice(0, trendAt)];
const trends = last.slice(trendAt);
const out = [head];
for (let i = 0; i < n; i++) {
  let block = blocks[i % blocks.length];
  if (i >= blocks.length) {
    block = block
      .replace(/^id = "([^"]+)"/m, `id = "synthetic-${i}"`)
      .replace(/^builds_on = \[[^\]]*\]/m, "builds_on = []");
  }
  out.push("[[milestone]]\n" + block);
}
process.stdout.write(out.join("") + trends);
