// The tornado as a user runs it: `rendement simulate` from the build, in JSON and in a Dutch text report.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const WIJK = "examples/wijk-voorbeelden.json";

function run(args: string[]): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, ["bin/rendement.js", ...args], { encoding: "utf8" });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe("rendement simulate: the tornado over prices, rates and probabilities", () => {
  const args = ["simulate", WIJK, "--draws", "50", "--deadweight", "0.1:0.2:0.3", "--attribution", "0.25"];

  it("gives a row per uncertain input in JSON, with switching values per lens", () => {
    const r = run(args);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    const t = JSON.parse(r.out).sensitivity;
    expect(t.combine).toBe("multiplicative");
    // The eviction price (its list's range), the deadweight drawn, the overlast case's two alternatives (one row);
    // the fixed attribution varies nothing.
    expect(t.rows.map((x: { kind: string; input: string }) => `${x.kind} ${x.input}`).sort()).toEqual([
      "price wonen.huisuitzetting.directe-kosten",
      "probability voorbeeld-overlast/counterfactual.alternatives[0]",
      "rate deadweight",
    ]);
    const rate = t.rows.find((x: { kind: string }) => x.kind === "rate");
    expect(rate).toMatchObject({ low: "0.1", mode: "0.2", high: "0.3", domain: { min: "0", max: "1" } });
    for (const lens of ["budget", "societal"]) {
      const s = rate.lenses[lens].switching;
      expect(s.value ?? s.none).toBeDefined();
    }
    const p = t.rows.find((x: { kind: string }) => x.kind === "probability");
    expect(p).toMatchObject({ range: "unit", low: "0", high: "1", mode: "0.35", label: "detentie" });
    // Sorted by the larger swing of the two lenses.
    const swings = t.rows.map((x: { swing: string }) => Number(x.swing));
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it("prints the rows with their kind, lens and switching value in a Dutch text report", () => {
    const r = run([...args, "--format", "text"]);
    expect(r.status).toBe(0);
    expect(r.out).toContain("Gevoeligheid per invoer (tornado)");
    expect(r.out).toContain("Omslagwaarde");
    expect(r.out).toContain("SROI-percentage");
    expect(r.out).toContain("kans op detentie");
    expect(r.out).toContain("0 tot 1, geen bandbreedte opgegeven");
    expect(r.out).toMatch(/maatschappelijk \(zonder overdrachten\)/);
  });

  it("leaves the table out with --no-tornado", () => {
    const r = run([...args, "--no-tornado"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).sensitivity).toBeUndefined();
  });
});
