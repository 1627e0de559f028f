import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

// Reports written as workbooks, read back as a spreadsheet program reads them.
const run = (...argv: string[]) => runCli(argv);

function sheets(bytes: string | Uint8Array | undefined) {
  expect(bytes).toBeInstanceOf(Uint8Array);
  const wb = XLSX.read(bytes as Uint8Array, { type: "buffer", cellNF: true });
  return Object.fromEntries(
    wb.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n] as XLSX.WorkSheet, { header: 1 })]),
  );
}
const cents = (v: unknown) => Math.round(Number(v) * 100);

describe("compute --format xlsx", () => {
  it("writes the per-case table with the figures of the JSON output, as numbers", async () => {
    const r = await run("compute", "examples/ns-jaarkaart.json", "--format", "xlsx", "--out", "r.xlsx");
    expect(r.code).toBe(0);
    expect(r.err).toBe("written: r.xlsx\n");
    const s = sheets(r.files.get("r.xlsx"));
    expect(Object.keys(s)).toEqual(["Casussen"]);
    expect(s.Casussen?.[1]).toEqual([
      "tizo-ns-jaarkaart",
      "Zuidoost ('s-Hertogenbosch)",
      "Thuis in Zuidoost",
      new Date("2026-01-01T00:00:00.000Z"), // a date cell
      60948.55,
      3099.08,
      3099.08,
      60948.55,
      57849.47,
      19.6667,
      57849.47,
      0,
      "thuis-in-zuidoost@voorbeeld-2026",
      "Behandeluren (ggz) in de situatie zonder jaarkaart: volgens de projectbeschrijving 'een veelvoud daarvan'",
    ]);
    const wb = XLSX.read(r.files.get("r.xlsx") as Uint8Array, { type: "buffer", cellNF: true });
    const ws = wb.Sheets.Casussen as XLSX.WorkSheet;
    expect(ws.E2?.z).toBe('"€" #,##0.00;"€" -#,##0.00');
    expect(ws.D2?.z).toBe("yyyy-mm-dd");
    expect(ws.E2?.w).toBe("€ 60,948.55"); // Excel shows € 60.948,55 in a Dutch locale
  });

  it("writes a roll-up as one sheet per table, totals equal to the JSON roll-up to the cent", async () => {
    const file = "examples/district/cases.json";
    const r = await run("compute", file, "--group-by", "wijk", "--format", "xlsx", "--out", "w.xlsx", "--lang", "en");
    expect(r.code).toBe(0);
    const s = sheets(r.files.get("w.xlsx"));
    expect(Object.keys(s)).toEqual(["Totals per group", "Net per payer and group", "Wellbeing", "Cases"]);
    const json = JSON.parse((await run("compute", file, "--group-by", "wijk", "--totals-only")).out);
    const groups = s["Totals per group"] as unknown[][];
    const head = groups[0] as string[];
    const net = head.indexOf("Net return");
    expect(groups.slice(1, -1).map((row) => [row[0], cents(row[net])])).toEqual(
      json.groups.map((g: { by: { wijk: string }; netReturn: string }) => [g.by.wijk, cents(g.netReturn)]),
    );
    expect(groups.at(-1)?.[0]).toBe("Total");
    expect(cents(groups.at(-1)?.[net])).toBe(cents(json.total.netReturn));
    expect((s.Cases as unknown[][]).length).toBe(json.cases.length + 1);
  });

  it("needs --out: a workbook never goes to the terminal", async () => {
    const r = await run("compute", "examples/ns-jaarkaart.json", "--format", "xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format xlsx writes a workbook: give --out FILE.xlsx");
    expect(r.out).toBe("");
  });
});

describe("audit --format xlsx", () => {
  it("writes the claims table of the CSV with amounts as numbers", async () => {
    const r = await run(
      "audit",
      "examples/audit/claims.csv",
      "--cases",
      "examples/audit/cases.json",
      "--format",
      "xlsx",
      "--out",
      "a.xlsx",
      "--auditor",
      "A. Jansen",
      "--audit-date",
      "2026-11-30",
      "--scope",
      "Ruwaard 2024",
    );
    expect(r.code).toBe(0);
    const all = sheets(r.files.get("a.xlsx"));
    const claims = all.Claims as unknown[][];
    // The spending date is a date cell; the metadata has its own sheet, the audit date a date; price years numbers.
    expect(claims[1]?.[2]).toEqual(new Date("2024-04-10T00:00:00.000Z"));
    expect(all.Uitgangspunten).toEqual([
      ["", "", ""],
      ["Tolerantie voor bevestigen", 0],
      ["Maximale horizon contrafactisch", 12, "maanden na de uitgave"],
      ["Auditor", "A. Jansen"],
      ["Datum controle", new Date("2026-11-30T00:00:00.000Z")],
      ["Reikwijdte", "Ruwaard 2024"],
    ]);
    expect((all["Gebruikte prijslijsten"] as unknown[][]).slice(1).map((x) => x.slice(0, 2))).toEqual([
      ["sociaal-domein@2018", 2018],
      ["sociaal-domein@2024", 2024],
    ]);
    const json = JSON.parse(
      (await run("audit", "examples/audit/claims.csv", "--cases", "examples/audit/cases.json")).out,
    ) as { claims: { id: string; status: string; claimedSavings: string; recomputedSavings: string | null }[] };
    const head = claims[0] as string[];
    // The audit's tables speak the report's language (Dutch by default), like its CSV.
    expect(head.slice(0, 8)).toEqual([
      "Claim",
      "Casus",
      "Datum uitgave",
      "Bedrag uitgave",
      "Doel",
      "Status",
      "Geclaimde besparing",
      "Herberekende besparing",
    ]);
    const dutch: Record<string, string> = {
      confirmed: "bevestigd",
      overclaimed: "te hoog geclaimd",
      underclaimed: "te laag geclaimd",
      unverifiable: "niet controleerbaar",
    };
    expect(claims.slice(1).map((c) => [c[0], c[5], cents(c[6]), c[7] === undefined ? null : cents(c[7])])).toEqual(
      json.claims.map((c) => [
        c.id,
        dutch[c.status],
        cents(c.claimedSavings),
        c.recomputedSavings === null ? null : cents(c.recomputedSavings),
      ]),
    );
  });
});

describe("whatif --format xlsx", () => {
  it("writes one sheet per table of the report, the figures equal to the JSON output to the cent", async () => {
    const args = ["whatif", "examples/ns-jaarkaart.json", "--deadweight", "0.2"];
    const r = await run(...args, "--format", "xlsx", "--out", "w.xlsx");
    expect(r.code, r.err).toBe(0);
    const s = sheets(r.files.get("w.xlsx"));
    // Named by the report's (Dutch) headings, in the report's order.
    expect(Object.keys(s).slice(0, 5)).toEqual([
      "Aannames",
      "Kengetal",
      "Netto rendement per wijk",
      "Budgetlens",
      "Maatschappelijke lens",
    ]);
    const json = JSON.parse((await run(...args)).out);
    const figures = s.Kengetal as unknown[][];
    expect(figures[0]).toEqual(["Kengetal", "Basis", "Scenario", "Scenario na correcties"]);
    const row = (label: string) => figures.find((x) => x[0] === label) as unknown[];
    expect(row("Netto rendement").slice(1).map(cents)).toEqual(
      [json.base.totals.netReturn, json.scenario.totals.netReturn, json.scenario.totals.adjustedNetReturn].map(cents),
    );
    expect(cents(row("Inzet")[1])).toBe(cents(json.base.totals.interventionCost));
    const budget = s.Budgetlens as unknown[][];
    expect(budget.slice(1, -1).map((x) => [x[0], cents(x[3])])).toEqual(
      Object.entries(json.lenses.budget.byPayer as Record<string, { net: string }>).map(([p, v]) => [p, cents(v.net)]),
    );
    // The assumption's rate is a number a spreadsheet computes with; amounts carry the euro format.
    expect((s.Aannames as unknown[][]).find((x) => x[0] === "nuleffect")?.[2]).toBe(0.2);
    const wb = XLSX.read(r.files.get("w.xlsx") as Uint8Array, { type: "buffer", cellNF: true });
    expect((wb.Sheets.Kengetal as XLSX.WorkSheet).B2?.z).toBe('"€" #,##0.00;"€" -#,##0.00');
    // Years are numbers shown without a thousands separator.
    const year = (wb.Sheets["Per jaar"] as XLSX.WorkSheet).A2;
    expect([year?.t, year?.v, year?.z]).toEqual(["n", 2026, "0"]);
  });

  it("needs --out, as compute does (exit 2)", async () => {
    const r = await run("whatif", "examples/ns-jaarkaart.json", "--format", "xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format xlsx writes a workbook: give --out FILE.xlsx");
    expect(r.out).toBe("");
  });
});

describe("simulate --format xlsx", () => {
  const args = ["simulate", "examples/district/cases.json", "--draws", "200", "--seed", "7", "--group-by", "wijk"];

  it("writes the percentiles per group as numbers equal to the JSON output, in English under --lang en", async () => {
    const r = await run(...args, "--format", "xlsx", "--out", "s.xlsx", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    const s = sheets(r.files.get("s.xlsx"));
    expect(Object.keys(s)).toEqual([
      "Uncertainty analysis",
      "Net",
      "Probabilities of alternatives", // the district's cases with alternatives, taken as fixed
      "Budget lens",
      "Societal lens",
      "One-way sensitivity",
    ]);
    const json = JSON.parse((await run(...args)).out);
    type G = { cases: number; exact: { netReturn: string }; netReturn: Record<"p5" | "p50" | "p95", string> };
    const net = s.Net as unknown[][];
    expect(net.slice(1).map((x) => [x[1], ...x.slice(2, 6).map(cents)])).toEqual(
      [...json.groups, json.total].map((g: G) => [
        g.cases,
        ...[g.exact.netReturn, g.netReturn.p5, g.netReturn.p50, g.netReturn.p95].map(cents),
      ]),
    );
    expect(net.at(-1)?.[0]).toBe("All cases");
    // The ratio's P5 and P95 are two numeric columns (one range "8.42 – 9.10" in the text reports).
    expect((net[0] as string[]).slice(6, 8)).toEqual(["Avoided cost per euro P5", "Avoided cost per euro P95"]);
    expect(net.slice(1).map((x) => x.slice(6, 8))).toEqual(
      [...json.groups, json.total].map((g: { ratio: { p5: string; p95: string } }) => [
        Number(g.ratio.p5),
        Number(g.ratio.p95),
      ]),
    );
    const price = (XLSX.read(r.files.get("s.xlsx") as Uint8Array).Sheets["Uncertainty analysis"] as XLSX.WorkSheet).B2;
    expect([price?.t, price?.v]).toEqual(["n", 2024]);
    // The tornado: a row per input and lens; the budget lens's swing per input, as the JSON has it.
    const tornado = s["One-way sensitivity"] as unknown[][];
    const head = tornado[0] as string[];
    const [lens, swing] = [head.indexOf("Lens"), head.indexOf("Swing")];
    expect(tornado.filter((x) => x[lens] === "budget").map((x) => cents(x[swing]))).toEqual(
      json.sensitivity.rows.map((x: { lenses: { budget: { swing: string } } }) => cents(x.lenses.budget.swing)),
    );
  });

  it("needs --out (exit 2)", async () => {
    const r = await run(...args, "--format", "xlsx");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
  });
});
