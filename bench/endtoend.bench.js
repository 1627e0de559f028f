// End to end: `rendement compute cases.jsonl --group-by wijk` on generated JSON-lines files of 100k
// and 1M cases (10 lines each), against a bare JSON.parse of every line of the same file, each in its
// own process; wall time and peak RSS as the operating system counts them. compute runs as users run it
// (one thread per core for a large file) and on the calling thread alone (--workers 1), for comparison.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCase, rng } from "./cases.js";

const here = dirname(fileURLToPath(import.meta.url));

async function writeCases(file, n) {
  const out = createWriteStream(file);
  const r = rng(7);
  for (let i = 0; i < n; i++)
    if (!out.write(`${JSON.stringify(makeCase(r, i))}\n`)) await new Promise((res) => out.once("drain", res));
  await new Promise((res) => out.end(res));
}

function measure(script, args) {
  const p = spawnSync(process.execPath, [join(here, script), ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const m = /MEASURE (\{.*\})/.exec(p.stderr);
  if (p.status !== 0 || !m)
    throw new Error(`${script} ${args.join(" ")} failed (${p.status}): ${p.stderr.slice(0, 2000)}`);
  return { ...JSON.parse(m[1]), stdout: p.stdout };
}

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), "rendement-bench-"));
  const figures = {};
  try {
    for (const n of [100_000, 1_000_000]) {
      const file = join(dir, `cases-${n}.jsonl`);
      await writeCases(file, n);
      const parse = measure("parse-lines.mjs", [file]);
      // As users run it (one thread per core, the default) and on the calling thread alone.
      const run = measure("measure.mjs", ["compute", file, "--group-by", "wijk"]);
      const one = measure("measure.mjs", ["compute", file, "--group-by", "wijk", "--workers", "1"]);
      for (const r of [run, one]) {
        const total = JSON.parse(r.stdout).total;
        if (total.cases !== n) throw new Error(`compute counted ${total.cases} cases, not ${n}`);
      }
      if (run.stdout !== one.stdout) throw new Error("compute gave different output on threads and on one thread");
      const e2e = Math.round(n / run.seconds);
      const e2eOne = Math.round(n / one.seconds);
      const bare = Math.round(n / parse.seconds);
      const pct = (x) => `${((100 * x) / bare).toFixed(0)}%`;
      console.log(
        `${String(n).padStart(9)} cases: compute --group-by wijk ${run.seconds.toFixed(2)} s = ${e2e.toLocaleString("en")} cases/s (${pct(e2e)} of bare parse), peak RSS ${(run.maxRssBytes / 2 ** 20).toFixed(0)} MiB; --workers 1 ${one.seconds.toFixed(2)} s = ${e2eOne.toLocaleString("en")} cases/s (${pct(e2eOne)}), peak RSS ${(one.maxRssBytes / 2 ** 20).toFixed(0)} MiB; bare JSON.parse ${parse.seconds.toFixed(2)} s = ${bare.toLocaleString("en")} cases/s, peak RSS ${(parse.maxRssBytes / 2 ** 20).toFixed(0)} MiB`,
      );
      // The bare parse's own peak memory: the part of the growth from 100k to 1M that is Node's, not ours.
      if (n === 100_000)
        Object.assign(figures, { peakRssBytes100k: run.maxRssBytes, jsonParsePeakRssBytes100k: parse.maxRssBytes });
      else
        Object.assign(figures, {
          endToEndCasesPerSecond: e2e,
          endToEndOneThreadCasesPerSecond: e2eOne,
          endToEndThreads: availableParallelism(),
          jsonParseCasesPerSecond: bare,
          peakRssBytes1M: run.maxRssBytes,
          jsonParsePeakRssBytes1M: parse.maxRssBytes,
          peakRssBytes1MOneThread: one.maxRssBytes,
        });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
