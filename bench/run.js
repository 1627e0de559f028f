// npm run bench: runs every bench/*.bench.js against the build, prints the
// figures and writes them to bench/results.json. Benchmarks measure; tests never time.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const results = { node: process.version, date: new Date().toISOString().slice(0, 10) };
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  console.log(`\n== ${f}`);
  const figures = await mod.default();
  Object.assign(results, figures);
}
// Only a full run writes the file: a partial one (`npm run bench -- rollup`) would leave it half of one run.
if (only.length === 0) writeFileSync(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${JSON.stringify(results, null, 2)}`);
