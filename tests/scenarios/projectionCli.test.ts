import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { bundledCatalog } from "../../src/index.js";
import { whatIf } from "./asJson.js";

// The projection as a user runs it: `node bin/rendement.js whatif …` against the build.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const THIRTY = "examples/mkba-30-jaar.json";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
});

describe("the 30-year example of issue 10, entered as one case with recurring ad-hoc lines", () => {
  // Benefits (avoided cost) 500,000 a year and intervention cost 500,000 a year, 2026–2055, at 8%.
  // Mid-year: Σ_{t=1..30} 500,000 / 1.08^(t − ½) = 500,000 × √1.08 × (1 − 1.08^−30) / 0.08
  //         = 500,000 × 1.0392305 × 11.2577833 = 500,000 × 11.6994317 = 5,849,716 (published).
  // Start:   Σ_{t=1..30} 500,000 / 1.08^(t − 1) = 500,000 × (1 − 1.08^−30) / (1 − 1/1.08)
  //         = 500,000 × 12.1584059 = 6,079,203 (year 1 undiscounted).
  const cases = parseCaseFile(JSON.parse(readFileSync(join(ROOT, THIRTY), "utf8")) as unknown, { file: THIRTY }).cases;

  it("mid-year in the library: PV of each 5,849,716 to the euro, ratio 1.00, NPV 0", () => {
    const w = whatIf(cases, { catalog: bundledCatalog() }, { discountRate: "0.08", timing: "mid" });
    const b = w.projection.budget;
    expect(b.years).toHaveLength(30);
    expect(b.years[0]).toMatchObject({
      label: 2026,
      benefit: "500000.00",
      cost: "500000.00",
      discountFactor: "0.96225045",
    });
    expect(b.years[0]?.benefitPresentValue).toBe("481125.22"); // 500,000 / √1.08 = 481,125.224…
    expect(Math.round(Number(b.benefitPresentValue))).toBe(5_849_716);
    expect(Math.round(Number(b.costPresentValue))).toBe(5_849_716);
    expect(b.benefitCostRatio).toBe("1.0000");
    expect(b.netPresentValue).toBe("0.00");
    expect(w.projection).toMatchObject({
      timing: "mid",
      discountRate: "0.08",
      firstYear: 2026,
      lastObservedYear: 2055,
    });
  });

  it("on the command line, both conventions are reported with the rate", () => {
    const mid = run(["whatif", THIRTY, "--discount-rate", "0.08", "--timing", "mid"]);
    expect(mid.code).toBe(0);
    const m = JSON.parse(mid.stdout).projection;
    expect(Math.round(Number(m.budget.benefitPresentValue))).toBe(5_849_716);
    expect(m.budget.benefitCostRatio).toBe("1.0000");
    expect(m.budget.netPresentValue).toBe("0.00");
    const start = run(["whatif", THIRTY, "--discount-rate=0.08"]);
    const s = JSON.parse(start.stdout).projection;
    expect(s.timing).toBe("start");
    expect(s.budget.years[0].benefitPresentValue).toBe("500000.00");
    expect(Math.round(Number(s.budget.benefitPresentValue))).toBe(6_079_203);
    expect(s.budget.byPayer.gemeente).toEqual({
      invested: s.budget.costPresentValue,
      gained: s.budget.benefitPresentValue,
      net: "0.00",
    });
    expect(s.societal.netPresentValue).toBe("0.00");
  });
});

describe("rendement whatif: discount rate, timing and continuation options", () => {
  it("takes a negative rate in both forms, and the same result", () => {
    const a = run(["whatif", THIRTY, "--discount-rate", "-0.01"]);
    const b = run(["whatif", THIRTY, "--discount-rate=-0.01"]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toBe(b.stdout);
    const p = JSON.parse(a.stdout).projection;
    expect(p.discountRate).toBe("-0.01");
    // A negative rate raises later years: year 2 is 500,000 / 0.99 = 505,050.51.
    expect(p.budget.years[1].benefitPresentValue).toBe("505050.51");
  });

  it("refuses a rate outside −0.05..0.20, an unknown timing and an unknown domain as usage errors (exit 2)", () => {
    for (const [args, said] of [
      [["--discount-rate", "-0.06"], /--discount-rate: "-0.06" is not a discount rate from -0.05 to 0.20/],
      [["--discount-rate", "0.21"], /--discount-rate: "0.21" is not a discount rate/],
      [["--timing", "end"], /--timing must be one of start, mid/],
      [["--continue", "domain:wonn=3"], /--continue: no flow has the domain "wonn"; did you mean "wonen"\?/],
      [["--continue", "wonen"], /--continue expects domain:NAME=YEARS/],
    ] as const) {
      const r = run(["whatif", THIRTY, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    }
  });

  it("a figure covering several years is not multiplied by the horizon", () => {
    // 30 years of 500,000 on each side undiscounted are 15,000,000 each, whatever the horizon;
    // a horizon of 5 keeps the first five years, and says so.
    const r = JSON.parse(run(["whatif", THIRTY, "--discount-rate", "0", "--horizon", "5"]).stdout).projection;
    expect(r.budget.benefitPresentValue).toBe("2500000.00");
    expect(r.notes.join(" ")).toMatch(/the horizon ends with 2030/);
    const all = JSON.parse(run(["whatif", THIRTY, "--discount-rate", "0"]).stdout).projection;
    expect(all.budget.benefitPresentValue).toBe("15000000.00");
  });

  it("continues a domain by assumption only, with the drop-off of its scope, named in the result", () => {
    const r = JSON.parse(
      run(["whatif", THIRTY, "--discount-rate", "0", "--continue", "domain:wonen=2", "--drop-off", "domain:wonen=0.5"])
        .stdout,
    );
    // 2056: 500,000 × 0.5 = 250,000; 2057: 125,000. PV 15,000,000 + 375,000.
    expect(
      r.projection.budget.years.slice(-2).map((y: { label: number; benefit: string }) => [y.label, y.benefit]),
    ).toEqual([
      [2056, "250000.00"],
      [2057, "125000.00"],
    ]);
    expect(r.projection.budget.benefitPresentValue).toBe("15375000.00");
    expect(r.projection.continuation).toEqual([
      { scope: "domain:wonen", years: 2, dropOff: "0.5", fromYear: 2055, base: "500000.00" },
    ]);
    expect(r.assumptions).toContainEqual({
      name: "continuation",
      scope: "domain:wonen",
      value: "2 × (1 − 0.5)",
      default: false,
    });
  });

  it("writes the projection per year: CSV rows per lens and year, a table and an SVG chart in reports", () => {
    const csv = run([
      "whatif",
      THIRTY,
      "--discount-rate",
      "0.08",
      "--timing",
      "mid",
      "--format",
      "csv",
      "--lang",
      "en",
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 2 * 30);
    expect(lines[0]).toBe(
      "Lens;Year;Avoided cost;Intervention cost;Discount factor;PV avoided;PV intervention;Cumulative NPV",
    );
    expect(lines[1]).toBe("budget;2026;500000,00;500000,00;0,96225045;481125,22;481125,22;0,00");
    const md = run(["whatif", THIRTY, "--discount-rate", "0.08", "--timing", "mid", "--format", "md"]);
    expect(md.stdout).toContain(
      "| 2026 | € 500.000,00 | € 500.000,00 | 0,96225045 | € 481.125,22 | € 481.125,22 | € 0,00 |",
    );
    expect(md.stdout).toContain("midden van het jaar");
    expect(md.stdout).toContain("Baten-kostenverhouding | 1,0000");
    const html = run(["whatif", THIRTY, "--discount-rate", "0.08", "--format", "html", "--lang", "en"]);
    expect(html.stdout).toContain("<svg");
    expect(html.stdout).toContain("Present value per year");
  });
});
