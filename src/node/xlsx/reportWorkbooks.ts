import type { AuditResult } from "../../audit/types.js";
import type { CaseResult } from "../../cases/types.js";
import { auditCsvTable } from "../../report/audit/auditCsv.js";
import { caseResultsTable } from "../../report/caseResultsCsv.js";
import { type Lang, t } from "../../report/labels.js";
import { rollupCsvTable } from "../../report/rollupCsv.js";
import type { RollupTable } from "../../rollup/types.js";
import type { XlsxSheet } from "./types.js";
import { xlsxWorkbook } from "./xlsxWorkbook.js";

const ROLLUP_SHEETS = [
  ["groups", "groups"],
  ["payers", "payerByGroup"],
  ["wellbeing", "wellbeing"],
] as const;

/**
 * @internal The workbook of `rendement compute --format xlsx`: with a
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
 * @internal The workbook of `rendement audit --format xlsx`: the claims
 * table of the audit CSV on one sheet.
 * @example
 * ```ts
 * const bytes = await auditWorkbook(result);
 * ```
 */
export function auditWorkbook(result: AuditResult, lang: Lang = "nl"): Promise<Uint8Array> {
  // "Claims" is the word in both languages (werkbudgetclaims); the columns are the CSV's.
  return xlsxWorkbook([{ ...auditCsvTable(result, lang), name: "Claims" }]);
}
