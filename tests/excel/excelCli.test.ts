import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.js";
import { xlsxWorkbook } from "../../src/node/xlsx/xlsxWorkbook.js";

// Excel in, as a user runs it: `node bin/rendement.js` against the build.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const NS = "examples/ns-jaarkaart.json";
const LIBREOFFICE = "tests/fixtures/excel/ns-jaarkaart.libreoffice.xlsx";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
  dir = mkdtempSync(join(tmpdir(), "rendement-excel-"));
});

// The figures of every case (the narratives a table cannot hold aside).
function figures(file: string, ...more: string[]) {
  const r = run("compute", file, ...more);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { lists: Record<string, unknown>[]; cases: Record<string, unknown>[] };
  return {
    // Why a list was chosen differs by format: a table names it on each case, a JSON file once for all.
    lists: out.lists.map(({ chosenBy, ...l }) => l),
    cases: out.cases.map(({ wellbeing, ...c }) => ({
      ...c,
      wellbeing: JSON.parse(JSON.stringify(wellbeing ?? null, (k, v) => (k === "narrative" ? undefined : v))),
    })),
  };
}

describe("an Excel case file", () => {
  it("made by a spreadsheet program (LibreOffice) computes the same figures as the JSON it was made from", () => {
    // The spreadsheet was made from the NS-jaarkaart example as it was until 2026 (kept as a test fixture).
    const json = figures("tests/fixtures/ns-jaarkaart-2024.json");
    const xlsx = figures(LIBREOFFICE);
    expect(xlsx).toEqual(json);
    expect(xlsx.cases[0]).toMatchObject({ counterfactualCost: "50000.00", netReturn: "45500.00", ratio: "11.1111" });
  });

  it("made by convert computes the same figures, for the example and the whole synthetic district", () => {
    for (const [source, ...more] of [
      [NS],
      ["examples/district/cases.json", "--totals-only"],
      ["examples/wijk-voorbeelden.json"],
    ]) {
      const out = join(dir, `${source?.replace(/\W/g, "_")}.xlsx`);
      const c = run("convert", source as string, out);
      expect(c.code).toBe(0);
      expect(c.stderr).toContain(`written: ${out}`);
      expect(figures(out, ...more)).toEqual(figures(source as string, ...more));
    }
  });

  it("converts back to JSON with the same cases (narratives aside), and CSV → Excel → CSV gives the same cells", () => {
    const xlsx = join(dir, "district.xlsx");
    const back = join(dir, "district.json");
    expect(run("convert", "examples/district/cases.json", xlsx, "--force").code).toBe(0);
    expect(run("convert", xlsx, back).code).toBe(0);
    const original = JSON.parse(readFileSync(join(ROOT, "examples/district/cases.json"), "utf8"));
    const again = JSON.parse(readFileSync(back, "utf8"));
    // A table holds no narratives; a quantity written 9 in JSON reads back as the decimal "9", and an
    // amount "2400.00" from a number cell as "2400" (the same figure).
    const same = (k: string, v: unknown) =>
      k === "narrative" ? undefined : k === "quantity" ? String(v) : k === "amount" ? String(Number(v)) : v;
    const strip = (cases: unknown) => JSON.parse(JSON.stringify(cases, same)) as Record<string, unknown>[];
    expect(strip(again.cases)).toEqual(
      strip(original.cases).map((c) =>
        c.pricelist === undefined && original.pricelist ? { ...c, pricelist: original.pricelist } : c,
      ),
    );
    const csv1 = join(dir, "a.csv");
    const xlsx2 = join(dir, "a.xlsx");
    const csv2 = join(dir, "b.csv");
    for (const [a, b] of [
      ["examples/district/cases.json", csv1],
      [csv1, xlsx2],
      [xlsx2, csv2],
    ] as const)
      expect(run("convert", a, b).code).toBe(0);
    // The same cells, an amount "2400,00" read from a number cell as "2400" aside.
    const cells = (f: string) => {
      const [head, ...rows] = parseCsv(readFileSync(f, "utf8"));
      const amount = head?.cells.indexOf("amount") ?? -1;
      return rows.map((r) => r.cells.map((c, i) => (i === amount && c !== "" ? c.replace(/,00$/, "") : c)));
    };
    expect(cells(csv2)).toEqual(cells(csv1));
    expect(cells(csv1)).toHaveLength(1772); // rows of the 320 cases
  });

  it("names the spreadsheet row and column of a problem, also one found when pricing", async () => {
    const file = join(dir, "typo.xlsx");
    const head = ["id", "wijk", "start", "side", "item", "quantity"].map((title) => ({ title }));
    const rows = [
      ["c1", "WK079601", { kind: "date" as const, iso: "2024-03-01" }, "counterfactual", "justitie.detenti.jaar", "1"],
      ["c1", "WK079601", { kind: "date" as const, iso: "2024-03-01" }, "actual", "zorg.seh-bezoek", "x"],
    ].map((cells) => ({ cells }));
    writeFileSync(file, await xlsxWorkbook([{ name: "Casussen", columns: head, rows }]));
    const r = run("compute", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: row[3].quantity: row 3, column quantity:`);
    const fixed = join(dir, "typo2.xlsx");
    rows[1] = { cells: [...(rows[1]?.cells.slice(0, 5) ?? []), "1"] };
    writeFileSync(fixed, await xlsxWorkbook([{ name: "Casussen", columns: head, rows }]));
    const p = run("compute", fixed, "--pricelist", "sociaal-domein@2024");
    expect(p.code).toBe(1);
    expect(p.stderr).toContain("row 2, column item:");
    expect(p.stderr).toContain("justitie.detenti.jaar");
  });

  it("reads the sheet --sheet names, and names the sheets when it is missing", async () => {
    const file = join(dir, "two-sheets.xlsx");
    const ns = join(dir, "ns.xlsx");
    expect(run("convert", NS, ns).code).toBe(0);
    writeFileSync(file, readFileSync(ns));
    const r = run("compute", file, "--sheet", "Blad9");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the workbook has no sheet "Blad9"');
    expect(r.stderr).toContain("one of: Casussen");
    expect(figures(file, "--sheet", "casussen")).toEqual(figures(NS));
    const usage = run("compute", NS, "--sheet", "Casussen");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--sheet is for an Excel workbook (.xlsx)");
  });
});

describe("rendement convert", () => {
  it("says what a table cannot hold, and never overwrites without --force", () => {
    const out = join(dir, "ns.csv");
    const r = run("convert", NS, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        "note: the file's price list thuis-in-zuidoost@voorbeeld-2026 is written on each case (this format has no file-wide list)",
        "note: left out, the format cannot hold it: the file's description, wellbeing narratives",
        `written: ${out} (1 case)`,
        "",
      ].join("\n"),
    );
    const again = run("convert", NS, out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${out} exists: name another file, or add --force to overwrite it`);
    expect(run("convert", out, out, "--force").code).toBe(2);
    expect(run("convert", NS, join(dir, "x.txt")).code).toBe(2);
  });

  it("keeps the probabilities' uncertainty through CSV and Excel: JSON → table → JSON gives the same cases", () => {
    const src = "examples/onzekere-kansen.json";
    const file = JSON.parse(readFileSync(join(ROOT, src), "utf8")) as { pricelist: string; cases: object[] };
    // A table holds numbers as decimal text ("1500" for "1500.00") and the file's list on each case.
    const asText = (k: string, v: unknown) =>
      k === "quantity" && typeof v === "number" ? String(v) : k === "amount" ? String(Number(v)) : v;
    const same = (cases: object[]) => JSON.parse(JSON.stringify(cases, asText));
    const expected = same(file.cases.map((c) => ({ ...c, pricelist: file.pricelist })));
    for (const ext of ["csv", "xlsx"]) {
      const table = join(dir, `kansen.${ext}`);
      const r = run("convert", src, table, "--force");
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain("uncertainty");
      expect(r.stderr).not.toContain("probabilities");
      const back = join(dir, `kansen-${ext}.json`);
      expect(run("convert", table, back, "--force").code).toBe(0);
      expect(same(JSON.parse(readFileSync(back, "utf8")).cases)).toEqual(expected);
    }
    const lines = join(dir, "kansen.jsonl");
    expect(run("convert", src, lines).stderr).not.toContain("uncertainty");
    const kept = readFileSync(lines, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).counterfactual.uncertainty);
    expect(kept).toHaveLength(10);
    for (const u of kept) expect(u.concentration).toBe("20");
  });

  it("writes JSON lines that compute reads to the same roll-up", () => {
    const out = join(dir, "district.jsonl");
    expect(run("convert", "examples/district/cases.json", out).code).toBe(0);
    const a = JSON.parse(run("compute", out, "--group-by", "wijk").stdout);
    const b = JSON.parse(run("compute", "examples/district/cases.json", "--group-by", "wijk").stdout);
    expect(a.groups).toEqual(b.groups);
    expect(a.total).toEqual(b.total);
  });

  it("refuses an invalid input naming the file, and writes nothing", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"cases":[{"id":"x"}]}');
    const out = join(dir, "never.xlsx");
    const r = run("convert", bad, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: cases[0]`);
    expect(existsSync(out)).toBe(false);
  });
});
