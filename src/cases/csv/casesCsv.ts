import { type CsvDialect, csvTable } from "../../csv/csvTable.js";
import type { CaseInput } from "../schema.js";
import { casesToRows } from "./casesToRows.js";
import { caseColumns, DECIMAL_COLUMNS } from "./columns.js";

/**
 * The cases as a case CSV file (input, not results: `caseResultsCsv`
 * writes evaluated results). Writes cases in the case CSV format (one row per scenario line or
 * wellbeing dimension; columns in docs/reports.md) so staff can keep cases
 * in a spreadsheet; {@link parseCasesCsv} reads it back to the same cases.
 * Text cells are neutralised against formula injection.
 *
 * @example
 * ```ts
 * const csv = casesCsv(parseCaseFile(json).cases); // Dutch dialect: ";" and decimal comma
 * ```
 */
export function casesCsv(cases: readonly CaseInput[], options: { dialect?: CsvDialect | undefined } = {}): string {
  const columns = caseColumns(cases);
  const numeric = columns.flatMap((c, i) => (DECIMAL_COLUMNS.has(c) ? [i] : []));
  return csvTable(columns, casesToRows(cases, columns), { dialect: options.dialect ?? "nl", numeric });
}
