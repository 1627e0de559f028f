import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.js";

// `rendement compute --by-year` as a user runs it: the build, in a separate process, on a real file.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const yearly = (description: string, extra: object = {}) => ({
  amount: "500000.00",
  per: "year",
  period: { from: "2026-01-01", through: "2055-12-31" },
  description,
  payer: "gemeente",
  domain: "wmo",
  ...extra,
});

let file: string;
let housingFirst: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  const dir = mkdtempSync(join(tmpdir(), "rendement-by-year-"));
  // The 30-year example of issue 10: benefits and costs of 500,000 a year, 2026–2055, one case.
  file = join(dir, "dertig-jaar.json");
  writeFileSync(
    file,
    JSON.stringify({
      cases: [
        {
          id: "dertig-jaar",
          wijk: "voorbeeld",
          start: "2026-01-01",
          counterfactual: [yearly("baten", { reason: "de kosten die de aanpak voorkomt" })],
          actual: [yearly("kosten", { intervention: true })],
        },
      ],
    }),
  );
  // 1,200.00 a month of night shelter avoided from 1 July 2024 for a year; 400.00 a month of support.
  housingFirst = join(dir, "housing-first.json");
  const monthly = (amount: string, description: string, extra: object) => ({
    amount,
    per: "month",
    period: { from: "2024-07-01", through: "2025-06-30" },
    description,
    payer: "gemeente",
    domain: "wmo",
    ...extra,
  });
  writeFileSync(
    housingFirst,
    JSON.stringify({
      cases: [
        {
          id: "hf-1",
          wijk: "Ruwaard",
          start: "2024-07-01",
          counterfactual: [monthly("1200.00", "nachtopvang", { reason: "zonder woning terug naar de opvang" })],
          actual: [monthly("400.00", "woonbegeleiding", { intervention: true })],
        },
      ],
    }),
  );
});

describe("rendement compute --by-year", () => {
  it("JSON: 30 calendar years of 500,000.00 on each side for the 30-year example", () => {
    const r = run(["compute", file, "--by-year", "--totals-only"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.yearBasis).toBe("calendar");
    const years = out.cases[0].years as { year: number; counterfactualCost: string; interventionCost: string }[];
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2026 + i));
    for (const y of years) {
      expect(y.counterfactualCost).toBe("500000.00");
      expect(y.interventionCost).toBe("500000.00");
    }
    expect(out.cases[0].counterfactualCost).toBe("15000000.00");
  });

  it("JSON per case year: 1,200.00 × 12 and 400.00 × 12 fall in case year 1 (from 1 July)", () => {
    const r = run(["compute", housingFirst, "--by-year", "case", "--totals-only"]);
    expect(r.code).toBe(0);
    const [y] = JSON.parse(r.stdout).cases[0].years;
    expect(y).toMatchObject({ year: 1, counterfactualCost: "14400.00", actualCost: "4800.00", netReturn: "9600.00" });
    expect(y.byPayer.gemeente.avoidedCost).toBe("14400.00");
  });

  it("CSV: one row per case × calendar year × payer, half a year each in 2024 and 2025", () => {
    const r = run(["compute", housingFirst, "--by-year=calendar", "--format", "csv", "--csv-dialect", "intl"]);
    expect(r.code).toBe(0);
    expect(parseCsv(r.stdout).map((row) => row.cells)).toEqual([
      [
        "Casus",
        "Wijk",
        "Jaar",
        "financier",
        "Zonder interventie",
        "Met interventie",
        "Inzet",
        "Vermeden kosten",
        "Netto rendement",
        "Netto maatschappelijk",
      ],
      ["hf-1", "Ruwaard", "2024", "gemeente", "7200.00", "2400.00", "2400.00", "7200.00", "4800.00", "4800.00"],
      ["hf-1", "Ruwaard", "2025", "gemeente", "7200.00", "2400.00", "2400.00", "7200.00", "4800.00", "4800.00"],
    ]);
  });

  it("Markdown and HTML: a table per year with a total row that equals the cases' total", () => {
    const md = run(["compute", housingFirst, "--by-year", "--format", "md"]);
    expect(md.stdout).toContain("## Kosten per jaar");
    expect(md.stdout).toContain("| 2024 | € 7.200,00 | € 2.400,00 | € 2.400,00 | € 7.200,00 | € 4.800,00 |");
    expect(md.stdout).toContain(
      "| **Totaal** | **€ 14.400,00** | **€ 4.800,00** | **€ 4.800,00** | **€ 14.400,00** | **€ 9.600,00** |",
    );
    const html = run(["compute", housingFirst, "--by-year", "case", "--format", "html", "--lang", "en"]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("Cost per year");
    expect(html.stdout).toContain("Case year");
  });

  it("refuses an unknown basis, xlsx and JSON lines input as wrong usage (exit 2)", () => {
    const bad = run(["compute", file, "--by-year=fortnight"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--by-year");
    expect(run(["compute", file, "--by-year", "--format", "xlsx", "--out", "x.xlsx"]).code).toBe(2);
    expect(run(["compute", file, "--by-year", "--format", "csv", "--group-by", "wijk"]).code).toBe(2);
  });
});
