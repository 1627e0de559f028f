// The simulation's worker threads start the built module, so they are tested as a user runs them:
// the library's `simulate` of rendement/node from dist, and the command line from bin.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const WIJK = "examples/wijk-voorbeelden.json";

function run(args: string[]): string {
  const r = spawnSync(process.execPath, ["bin/rendement.js", ...args], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

describe("simulate on worker threads", () => {
  it("gives the same output, bit for bit, on 3 threads as on the calling thread", () => {
    const args = ["simulate", WIJK, "--draws", "300", "--seed", "11", "--group-by", "wijk", "--no-tornado"];
    expect(run([...args, "--workers", "3"])).toBe(run([...args, "--workers", "1"]));
  });

  it("gives the same bytes on 1, 2 and 3 threads with uncertain probabilities (shared judgements drawn last)", () => {
    const args = ["simulate", "examples/onzekere-kansen.json", "--draws", "400", "--seed", "5", "--no-tornado"];
    const one = run([...args, "--workers", "1"]);
    expect(JSON.parse(one).certainty.probabilities.uncertain).toHaveLength(1);
    expect(run([...args, "--workers", "2"])).toBe(one);
    expect(run([...args, "--workers", "3"])).toBe(one);
  });

  it("gives the same bytes on 1, 2 and 3 threads over several years (a drawn discount rate and drop-off)", () => {
    const args = ["simulate", WIJK, "--draws", "400", "--seed", "8", "--group-by", "wijk", "--no-tornado"];
    const years = ["--horizon", "4", "--discount-rate", "pert:0:0.0225:0.06", "--timing", "mid"];
    const drop = ["--continue", "domain:justitie=2", "--drop-off", "0.1:0.3:0.6"];
    const one = run([...args, ...years, ...drop, "--workers", "1"]);
    expect(JSON.parse(one).years.horizon).toBe(4);
    expect(run([...args, ...years, ...drop, "--workers", "2"])).toBe(one);
    expect(run([...args, ...years, ...drop, "--workers", "3"])).toBe(one);
  });

  it("is an option of rendement/node's simulate()", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import { bundledCatalog, parseCaseFile, simulate as here } from "./dist/index.js";
      import { simulate } from "./dist/node/index.js";
      const cases = parseCaseFile(JSON.parse(readFileSync("${WIJK}", "utf8"))).cases;
      const o = { catalog: bundledCatalog(), seed: 3, draws: 200, groupBy: ["wijk"] };
      const a = await simulate(cases, { ...o, workers: 2 });
      process.stdout.write(String(JSON.stringify(a) === JSON.stringify(here(cases, o))));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module"], { input: script, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("true");
  });
});
