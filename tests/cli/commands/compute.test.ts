import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/csv/parseCsv.js";
import { runCli } from "../../fixtures/cli.js";

const run = (...argv: string[]) => runCli(argv);

const DISTRICT = "examples/district/cases.json";

describe("rendement compute", () => {
  it("keeps the per-case JSON and adds groups with --group-by", async () => {
    const plain = await run("compute", "examples/wijk-voorbeelden.json");
    expect(plain.code).toBe(0);
    const p = JSON.parse(plain.out);
    expect(Object.keys(p)).toEqual(["lists", "cases"]);
    const grouped = await run("compute", DISTRICT, "--group-by", "wijk,programme,quarter");
    expect(grouped.code).toBe(0);
    const g = JSON.parse(grouped.out);
    expect(g.groupBy).toEqual(["wijk", "programme", "quarter"]);
    expect(g.cases).toHaveLength(320);
    expect(g.groups.length).toBeGreaterThan(20);
    expect(g.total.cases).toBe(320);
    expect(g.groups[0].by).toHaveProperty("quarter");
  });

  it("writes a Dutch Markdown roll-up and an English one", async () => {
    const nl = await run("compute", DISTRICT, "--group-by", "wijk", "--format", "md");
    expect(nl.out).toContain("## Totalen per groep");
    expect(nl.out).toContain("| WK079604 |");
    expect(nl.out).toContain("Wie investeert, wie wint");
    const en = await run("compute", DISTRICT, "--group-by", "wijk", "--format", "md", "--lang", "en");
    expect(en.out).toContain("## Totals per group");
  });

  it("writes CSV in the Dutch dialect by default and intl on request", async () => {
    const nl = await run("compute", DISTRICT, "--group-by", "wijk", "--format", "csv");
    const rows = parseCsv(nl.out);
    expect(rows[0]?.cells[0]).toBe("Wijk");
    expect(rows).toHaveLength(1 + 5 + 1);
    expect(rows[6]?.cells[0]).toBe("Totaal");
    expect(rows[1]?.cells[2]).toMatch(/^\d+,\d\d$/);
    const intl = await run(
      "compute",
      DISTRICT,
      "--group-by",
      "wijk",
      "--format",
      "csv",
      "--csv-dialect",
      "intl",
      "--csv-table",
      "payers",
    );
    expect(intl.out.split("\r\n")[0]).toContain(",");
    expect(parseCsv(intl.out)[1]?.cells[2]).toMatch(/^-?\d+\.\d\d$/);
    const perCase = await run("compute", "examples/wijk-voorbeelden.json", "--format", "csv");
    expect(parseCsv(perCase.out)[0]?.cells[0]).toBe("Casus");
  });

  it("writes a self-contained HTML report to --out", async () => {
    const r = await run("compute", DISTRICT, "--format", "html", "--out", "r.html");
    expect(r.code).toBe(0);
    const html = r.files.get("r.html") as string;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it("reads cases from CSV, naming row and column when an item is unknown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-csv-"));
    const ok = join(dir, "ok.csv");
    writeFileSync(
      ok,
      "id;wijk;start;side;item;quantity;intervention;reason\r\nc1;WK079601;2024-03-01;counterfactual;zorg.seh-bezoek;2;;Valt vaak\r\nc1;WK079601;2024-03-01;actual;ondersteuning.maatschappelijk-werk-contact;1;ja;\r\n",
    );
    const r = await run("compute", ok);
    expect(r.code).toBe(0);
    // sociaal-domein@2024 inherits ZiN reference prices of price year 2022, indexed to 2024 (CPI):
    // SEH visit 258.00 → 276.65, so 2 × 276.65 = 553.30; maatschappelijk-werk contact 127.00 → 136.18;
    // net = 553.30 − 136.18 = 417.12
    expect(JSON.parse(r.out).cases[0]).toMatchObject({
      counterfactualCost: "553.30",
      interventionCost: "136.18",
      netReturn: "417.12",
    });
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "id;wijk;start;side;item;quantity\nc1;WK079601;2024-03-01;counterfactual;bestaat.niet;2\n");
    const b = await run("compute", bad);
    expect(b.code).toBe(1);
    expect(b.err).toContain(`${bad}: row[2].item: row 2, column item: unknown price item "bestaat.niet"`);
  });

  it("streams JSON lines into a roll-up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-jsonl-"));
    const f = join(dir, "cases.jsonl");
    const cases = (await import("../../../examples/district/cases.json", { with: { type: "json" } })).default.cases;
    writeFileSync(f, `${cases.map((c) => JSON.stringify(c)).join("\n")}\n`);
    const r = await run("compute", f, "--group-by", "wijk");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const whole = JSON.parse((await run("compute", DISTRICT, "--group-by", "wijk")).out);
    expect(j.groups).toEqual(whole.groups);
    expect(j.cases).toBeUndefined();
  });

  it("names the file and line of a bad JSON line and of a case it cannot price, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-jsonl-"));
    const f = join(dir, "bad.jsonl");
    const ok = '{"id":"a","wijk":"A","start":"2024-01-01","counterfactual":[],"actual":[]}';
    // line 1 fine, line 2 not JSON, line 3 blank, line 4 an unknown item: the 2nd case read, but on line 4
    writeFileSync(
      f,
      [
        ok,
        "{kapot",
        "",
        '{"id":"b","wijk":"A","start":"2024-01-01","counterfactual":[{"item":"bestaat.niet","quantity":1}],"actual":[]}',
      ].join("\n"),
    );
    const r = await run("compute", f, "--group-by", "wijk", "--out", "x.json");
    expect(r.code).toBe(1);
    expect(r.files.size).toBe(0);
    expect(r.err).toContain(`${f}: line[2]: line 2 is not valid JSON`);
    expect(r.err).toContain(`${f}: line[4].counterfactual[0].item: unknown price item "bestaat.niet"`);
  });

  it("refuses an unknown dimension or format as wrong usage", async () => {
    expect((await run("compute", DISTRICT, "--group-by", "straat")).code).toBe(2);
    expect((await run("compute", DISTRICT, "--format", "xlsx")).code).toBe(2);
  });
});
