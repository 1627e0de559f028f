import type { AuditResult } from "../../audit/types.js";
import type { CaseResult } from "../../cases/types.js";
import { type AuditReportOptions, auditListsTable, settingsRows } from "../../report/audit/auditBlocks.js";
import { auditCsvTable } from "../../report/audit/auditCsv.js";
import { caseResultsTable } from "../../report/caseResultsCsv.js";
import { type Lang, t } from "../../report/labels.js";
import { type ReportDocument, splitRanges } from "../../report/model.js";
import { textInlines } from "../../report/render/renderText.js";
import { rollupCsvTable } from "../../report/rollupCsv.js";
import {
  type ScenarioReportOptions,
  simulationDocument,
  whatIfDocument,
} from "../../report/scenarios/scenarioReports.js";
import type { RollupTable } from "../../rollup/types.js";
import type { SimulationResult } from "../../scenarios/summariseDraws.js";
import type { TornadoResult } from "../../scenarios/tornado.js";
import type { WhatIfResult } from "../../scenarios/whatIf.js";
import type { XlsxSheet } from "./types.js";
import { xlsxWorkbook } from "./xlsxWorkbook.js";

const ROLLUP_SHEETS = [
  ["groups", "groups"],
  ["payers", "payerByGroup"],
  ["wellbeing", "wellbeing"],
] as const;

/**
 * The workbook of `rendement compute --format xlsx`: with a
 * roll-up, its tables (totals per group, net per payer and group, wellbeing
 * when measured) each on a sheet; with cases, the per-case table too. The
 * tables are the ones the CSV output writes.
 * @example
 * ```ts
 * const bytes = await computeWorkbook({ cases: ev.cases, lang: "nl" });
 * ```
 */
export function computeWorkbook(o: {
  readonly cases?: readonly CaseResult[] | undefined;
  readonly rollup?: RollupTable | undefined;
  readonly lang: Lang;
}): Promise<Uint8Array> {
  const sheets: XlsxSheet[] = [];
  const rollup = o.rollup;
  if (rollup !== undefined)
    for (const [table, word] of ROLLUP_SHEETS) {
      const block = rollupCsvTable(rollup, { lang: o.lang, table });
      if (table !== "wellbeing" || block.rows.length > 0) sheets.push({ ...block, name: t(word, o.lang) });
    }
  if (o.cases !== undefined) sheets.push({ ...caseResultsTable(o.cases, o.lang), name: t("cases", o.lang) });
  return xlsxWorkbook(sheets);
}

/**
 * The workbook of `rendement audit --format xlsx`: the claims
 * table of the audit CSV on one sheet; the settings and metadata (tolerance,
 * horizon, auditor, audit date as a date, scope) on a second; the price lists
 * used on a third.
 * @example
 * ```ts
 * const bytes = await auditWorkbook(result);
 * ```
 */
export function auditWorkbook(
  result: AuditResult,
  lang: Lang = "nl",
  options: AuditReportOptions = {},
): Promise<Uint8Array> {
  // "Claims" is the word in both languages (werkbudgetclaims); the columns are the CSV's.
  const settings: XlsxSheet = {
    name: t("settings", lang),
    columns: [{ title: "" }, { title: "" }, { title: "" }],
    rows: settingsRows(result, lang).map(([what, value, unit]) => ({ cells: [what, value, unit] })),
  };
  const lists = { ...auditListsTable(result, lang), name: t("listsUsed", lang) };
  return xlsxWorkbook([{ ...auditCsvTable(result, lang, options), name: "Claims" }, settings, lists]);
}

/**
 * @internal The tables of a report document as sheets, in order: each sheet
 * named by the heading the table stands under (the title when none; its
 * name only, without the explanation after a colon or in brackets), each
 * typed figure kept typed (an amount a number with a euro format, a date a
 * date); a run of inlines (`0,12 – 0,34`) is written as its text in the
 * report's language.
 * @example
 * ```ts
 * documentSheets(whatIfDocument(result, "nl")).map((s) => s.name); // ["Aannames", "Cijfer", …]
 * ```
 */
export function documentSheets(doc: ReportDocument): XlsxSheet[] {
  const sheets: XlsxSheet[] = [];
  // A tab holds 31 characters: a heading's name, without its explanation (`Budgetlens: elke euro …`).
  const short = (heading: string) => heading.split(/:| \(| — /)[0] as string;
  let under = short(doc.title);
  for (const b of doc.blocks) {
    if (b.kind === "heading" && b.level > 1) under = short(textInlines(b.content, doc.lang));
    if (b.kind !== "table") continue;
    const table = splitRanges(b);
    sheets.push({
      name: under,
      // A key/value table has no header: its header row stays empty.
      columns: table.headless ? table.columns.map(() => ({ title: "" })) : table.columns,
      rows: table.rows.map((r) => ({
        cells: r.cells.map((c) => (Array.isArray(c) ? textInlines(c, doc.lang) : c)),
      })),
    });
  }
  return sheets;
}

/**
 * @internal The workbook of a report (`rendement whatif|simulate --format
 * xlsx`): one sheet per table of its document, in the report's language.
 * @example
 * ```ts
 * const bytes = await documentWorkbook(simulationDocument(result, tornado, "nl"));
 * ```
 */
export function documentWorkbook(doc: ReportDocument): Promise<Uint8Array> {
  return xlsxWorkbook(documentSheets(doc));
}

/**
 * The simulation report as an Excel workbook (`rendement simulate --format
 * xlsx`): one sheet per table of the report, figures typed, in its language.
 * Needs the optional `@e965/xlsx` package.
 *
 * @example
 * ```ts
 * const sim = await simulate(cases, { catalog, draws: 1000 });
 * writeFileSync("simulatie.xlsx", await simulationWorkbook(sim, tornado(cases, { catalog }), "nl"));
 * ```
 */
export function simulationWorkbook(
  result: SimulationResult,
  sensitivity: TornadoResult | undefined,
  lang: Lang = "nl",
  options: ScenarioReportOptions = {},
): Promise<Uint8Array> {
  return documentWorkbook(simulationDocument(result, sensitivity, lang, options));
}

/**
 * The what-if report as an Excel workbook (`rendement whatif --format xlsx`):
 * one sheet per table of the report (assumptions, figures, lenses, projection),
 * figures typed, in its language. Needs the optional `@e965/xlsx` package.
 *
 * @example
 * ```ts
 * writeFileSync("whatif.xlsx", await whatIfWorkbook(whatIf(cases, { catalog, scenario }), "nl"));
 * ```
 */
export function whatIfWorkbook(
  result: WhatIfResult,
  lang: Lang = "nl",
  options: ScenarioReportOptions = {},
): Promise<Uint8Array> {
  return documentWorkbook(whatIfDocument(result, lang, options));
}
