import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.js";
import { xlsxWorkbook } from "../../src/node/xlsx/xlsxWorkbook.js";

// `rendement spending` as a user runs it: the build, in a separate process, on the Ruwaard example of
// examples/ (spending of EUR 1.2 million going to 950,000 beside three documented cases).
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const SPENDING = "examples/ruwaard-uitgaven.json";
const CASES = ["--cases", "examples/ruwaard-casussen.json"];

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  dir = mkdtempSync(join(tmpdir(), "rendement-spending-"));
});

const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe("rendement spending", () => {
  it("JSON: 250,000 observed decrease, 80,000 avoided by the cases, 32% explained, never summed", () => {
    const r = run(["spending", SPENDING, ...CASES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.comparisons).toEqual([
      {
        scope: "wijk",
        name: "Ruwaard",
        payer: "gemeente",
        baseYear: 2019,
        years: [
          { year: 2019, observed: "1200000.00", caseAvoidedCost: "0.00" },
          // The cases avoid 35,000 + 12 × (2,500 − 500) − 3,000 + 21,000 + … = 80,000.00 in 2021.
          {
            year: 2021,
            observed: "950000.00",
            observedChange: "-250000.00",
            caseAvoidedCost: "80000.00",
            explainedShare: "0.3200",
          },
        ],
      },
    ]);
    expect(out.warnings).toEqual([]);
  });

  it("Markdown, HTML, text and CSV, in Dutch and English, with the share and the caveat in words", () => {
    const md = run(["spending", SPENDING, ...CASES, "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| 2021 | € 950.000,00 | € -250.000,00 | € 80.000,00 | 32,0 % |");
    expect(md.stdout).toContain("De twee worden nooit opgeteld");
    expect(md.stdout).toContain("Het verklaarde deel zet twee verschillende cijfers naast elkaar");
    const text = run(["spending", SPENDING, ...CASES, "--format", "text", "--lang", "en"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "From 2019 to 2021 spending went down by €250,000.00; the cases avoided €80,000.00 in 2021: 32.0 % of the decrease",
    );
    expect(text.stdout).toContain("The explained share sets two different figures side by side");
    const html = run(["spending", SPENDING, ...CASES, "--format", "html", "--lang", "en"]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect(html.stdout).toContain("32.0 %");
    const csv = run(["spending", SPENDING, ...CASES, "--format", "csv", "--csv-dialect", "intl", "--lang", "en"]);
    expect(csv.code).toBe(0);
    expect(parseCsv(csv.stdout).map((r) => r.cells)).toEqual([
      [
        "Neighbourhood",
        "Payer",
        "Year",
        "Observed spending",
        "Change from the base year",
        "Avoided cost of the cases",
        "Share of the decrease explained",
      ],
      ["Ruwaard", "gemeente", "2019", "1200000.00", "", "0.00", ""],
      ["Ruwaard", "gemeente", "2021", "950000.00", "-250000.00", "80000.00", "32.0"],
    ]);
  });

  it("reads the spending file as CSV (either dialect, empty rows skipped) and as Excel, to the same result", async () => {
    const json = JSON.parse(run(["spending", SPENDING, ...CASES]).stdout);
    const nl = write(
      "uitgaven.csv",
      "wijk;payer;year;amount;note\nRuwaard;gemeente;2019;1.200.000,00;voor\n;;;;\n\nRuwaard;gemeente;2021;950000,00;\n",
    );
    const intl = write(
      "uitgaven-intl.csv",
      "wijk,payer,year,amount\nRuwaard,gemeente,2019,1200000.00\nRuwaard,gemeente,2021,950000\n",
    );
    const xlsx = join(dir, "uitgaven.xlsx");
    writeFileSync(
      xlsx,
      await xlsxWorkbook([
        {
          name: "Uitgaven",
          columns: [{ title: "wijk" }, { title: "payer" }, { title: "year" }, { title: "amount" }],
          rows: [
            { cells: ["Ruwaard", "gemeente", { kind: "integer", value: 2019 }, { kind: "amount", value: "1200000" }] },
            {
              cells: ["Ruwaard", "gemeente", { kind: "integer", value: 2021 }, { kind: "amount", value: "950000.00" }],
            },
          ],
        },
      ]),
    );
    for (const f of [nl, intl, xlsx]) {
      const r = run(["spending", f, ...CASES]);
      expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).comparisons).toEqual(json.comparisons);
    }
  });

  it("a bad spending file is exit 1 with every problem at its row and column, no stack trace", () => {
    const bad = write(
      "fout.csv",
      "wijk;payer;year;amount\nRuwaard;gemeente;2019;1.250\n;gemeente;2020;10,00\nRuwaard;gemeente;twintig;10,00\nRuwaard;gemeente;2019;5,00\n",
    );
    const r = run(["spending", bad, ...CASES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("row 2, column amount");
    expect(r.stderr).toContain("row 3, column wijk: a spending row names either a wijk or a programme");
    expect(r.stderr).toContain('row 4, column year: "twintig" is not a whole number');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const unknown = write("kolom.csv", "wijk;betaler;year;amount\nRuwaard;gemeente;2019;1,00\n");
    const u = run(["spending", unknown, ...CASES]);
    expect(u.code).toBe(1);
    expect(u.stderr).toContain('row 1, column betaler: unknown column "betaler"');
    expect(u.stderr).toContain('row 1, column payer: the header has no column "payer"');
    const json = run([
      "spending",
      write("fout.json", '{"spending": [{"wijk": "x", "payer": "gemeente", "year": 2019}]}'),
      ...CASES,
    ]);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain("spending[0].amount");
  });

  it("wrong usage is exit 2", () => {
    expect(run(["spending", SPENDING]).code).toBe(2);
    expect(run(["spending", ...CASES]).code).toBe(2);
    const f = run(["spending", SPENDING, ...CASES, "--format", "pdf"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("--format");
    expect(run(["spending", SPENDING, ...CASES, "--sheet", "x"]).code).toBe(2);
    const nl = run(["spending", SPENDING, "--lang", "nl"]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain("spending heeft een uitgavenbestand en --cases nodig");
  });

  it("warns, without failing, when a row's wijk or years match no case", () => {
    const f = write(
      "elders.csv",
      "wijk;payer;year;amount\nRuwaard;gemeente;2019;1200000,00\nRuwaard;gemeente;2021;950000,00\nElders;gemeente;2021;10,00\nRuwaard;gemeente;2030;1,00\nRuwaard;zvw;2030;1,00\n",
    );
    const r = run(["spending", f, ...CASES, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "rendement spending: warning: spending[2]: no case belongs to neighbourhood Elders: the observed spending stands alone",
    );
    expect(r.stderr).toContain(
      "warning: spending[4]: no case of neighbourhood Ruwaard avoids a cost for zvw in these years: the observed spending stands alone",
    );
    const out = JSON.parse(r.stdout);
    expect(out.warnings.map((w: { code: string }) => w.code)).toEqual([
      "spending_without_cases",
      "spending_years_without_cases",
    ]);
    // The 2030 row joins Ruwaard's comparison: spending rose, so no share is claimed for it.
    expect(out.comparisons[0].years[2]).toEqual({
      year: 2030,
      observed: "1.00",
      observedChange: "-1199999.00",
      caseAvoidedCost: "0.00",
      explainedShare: "0.0000",
    });
  });
});
