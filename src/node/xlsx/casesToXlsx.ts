import { casesToRows } from "../../cases/csv/casesToRows.js";
import { caseColumns, DECIMAL_COLUMNS } from "../../cases/csv/columns.js";
import type { CaseInput } from "../../cases/schema.js";
import type { XlsxCell, XlsxSheet } from "./types.js";
import { xlsxWorkbook } from "./xlsxWorkbook.js";

const DATE_COLUMNS: ReadonlySet<string> = new Set([
  "start",
  "end",
  "from",
  "through",
  "date",
  "beforeDate",
  "afterDate",
]);

/**
 * @internal Cases as a sheet of the case table format, the same rows the
 * case CSV holds: quantities, amounts and scores as numbers, dates as dates.
 * @example
 * ```ts
 * casesSheet(file.cases, "Casussen").rows.length; // one per line or score
 * ```
 */
export function casesSheet(cases: readonly CaseInput[], name: string): XlsxSheet {
  const typed = (cell: string, col: string): XlsxCell => {
    if (cell === "") return cell;
    if (DECIMAL_COLUMNS.has(col)) return { kind: "decimal", value: cell };
    if (DATE_COLUMNS.has(col)) return { kind: "date", iso: cell };
    return cell;
  };
  const columns = caseColumns(cases);
  return {
    name,
    columns: columns.map((title) => ({ title })),
    rows: casesToRows(cases, columns).map((r) => ({ cells: r.map((c, i) => typed(c, columns[i] as string)) })),
  };
}

/**
 * Writes cases as an Excel workbook in the case table format (the columns
 * of the case CSV, docs/reports.md), one sheet `Casussen`, which
 * `rendement compute` reads back to the same cases.
 *
 * @example
 * ```ts
 * import { readCaseFile, casesToXlsx } from "rendement/node";
 * writeFileSync("casussen.xlsx", await casesToXlsx(readCaseFile("cases.json").cases));
 * ```
 */
export function casesToXlsx(cases: readonly CaseInput[]): Promise<Uint8Array> {
  return xlsxWorkbook([casesSheet(cases, "Casussen")]);
}
