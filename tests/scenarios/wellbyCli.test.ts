// --wellby on the command line as a user runs it (node bin/rendement.js, after npm run build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const WIJK = "examples/wijk-voorbeelden.json";

function run(args: string[]) {
  return spawnSync(process.execPath, ["bin/rendement.js", ...args], { encoding: "utf8" });
}

function ok(args: string[]): string {
  const r = run(args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

describe("--wellby on the command line", () => {
  it("whatif: its own line in JSON and in the report, labelled; the ratio including it only on request", () => {
    const j = JSON.parse(ok(["whatif", WIJK, "--wellby", "15000"]));
    // One case measured 5 → 7 on levenstevredenheid: 2 points × € 15.000 × 1 person-year.
    expect(j.wellby).toMatchObject({ value: "30000.00", casesValued: 1, casesWithoutChange: 3, personYears: "1" });
    expect(j.wellby).not.toHaveProperty("ratioIncludingWellbeing");
    const md = ok(["whatif", WIJK, "--wellby", "15000", "--include-wellbeing", "--format", "md", "--lang", "en"]);
    expect(md).toContain(
      "| WELLBY valuation at €15,000.00 per point per person-year (person-years: 1) | **€30,000.00** |",
    );
    expect(md).toMatch(/\| Ratio including wellbeing \(WELLBY\) \| \d+\.\d{4} \|/);
  });

  it("without --wellby the output has no trace of it", () => {
    for (const cmd of [
      ["whatif", WIJK],
      ["simulate", WIJK, "--draws", "50", "--no-tornado"],
    ]) {
      expect(JSON.parse(ok(cmd))).not.toHaveProperty("wellby");
      expect(ok([...cmd, "--format", "md"])).not.toContain("WELLBY");
    }
  });

  it("simulate: the same seed gives the same output on 1, 2 and 3 worker threads", () => {
    const args = ["simulate", WIJK, "--draws", "300", "--seed", "9", "--no-tornado"];
    const wellby = ["--wellby", "pert:10000:15000:20000", "--include-wellbeing"];
    const one = ok([...args, ...wellby, "--workers", "1"]);
    expect(JSON.parse(one).wellby.simulated.p5).not.toBe(JSON.parse(one).wellby.simulated.p95);
    expect(ok([...args, ...wellby, "--workers", "2"])).toBe(one);
    expect(ok([...args, ...wellby, "--workers", "3"])).toBe(one);
    // The WELLBY draws have their own stream: every other figure is that of the run without them.
    const { wellby: _w, ...rest } = JSON.parse(one);
    expect(rest).toEqual(JSON.parse(ok([...args, "--workers", "1"])));
  });

  it("simulate: a wellby value in the scenario file, the command line over it", () => {
    const dir = mkdtempSync(join(tmpdir(), "wellby-"));
    const file = join(dir, "s.json");
    writeFileSync(file, JSON.stringify({ wellby: "12000", includeWellbeing: true }));
    const args = ["simulate", WIJK, "--draws", "20", "--no-tornado", "--scenario", file];
    expect(JSON.parse(ok(args)).wellby).toMatchObject({ valuePerPoint: "12000", value: "24000.00" });
    expect(JSON.parse(ok([...args, "--wellby", "15000"])).wellby).toMatchObject({ value: "30000.00" });
    writeFileSync(file, JSON.stringify({ wellby: { distribution: "triangular", min: 3, mode: 1, max: 5 } }));
    const bad = run(args);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("s.json");
    expect(bad.stderr).toContain("wellby.mode");
  });

  it("bad values are invalid input (exit 1, with the path); --include-wellbeing alone is wrong usage (exit 2)", () => {
    for (const cmd of ["whatif", "simulate"]) {
      const mode = run([cmd, WIJK, "--wellby", "10000:25000:20000", "--draws", "5"].slice(0, cmd === "whatif" ? 4 : 6));
      expect(mode.status).toBe(1);
      expect(mode.stderr).toContain("wellby.mode: the mode 25000 lies outside 10000 … 20000");
      const negative = run([cmd, WIJK, "--wellby=-100"]);
      expect(negative.status).toBe(1);
      expect(negative.stderr).toContain('wellby: "-100" is negative');
      const nan = run([cmd, WIJK, "--wellby", "NaN"]);
      expect(nan.status).toBe(1);
      expect(nan.stderr).toContain("wellby:");
      const scale = run([cmd, WIJK, "--wellby", "15000", "--wellby-instrument", "rapportcijfer"]);
      expect(scale.status).toBe(1);
      expect(scale.stderr).toContain('wellbyInstrument: "rapportcijfer" is scored 1–10');
      expect(scale.stderr).toContain("expected a 0–10 life-satisfaction instrument");
      const usage = run([cmd, WIJK, "--include-wellbeing"]);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain("--include-wellbeing needs --wellby VALUE");
      expect(usage.stdout).toBe("");
    }
  });
});
