import { type CaseRows, parseCaseRows } from "../../cases/csv/parseCaseRows.js";
import { type ReadXlsxOptions, readXlsxRows } from "./readXlsxRows.js";

/**
 * Reads cases from an Excel workbook (`.xlsx`) in the case table format, the
 * columns of the case CSV (docs/reports.md), from the first sheet or the one
 * named: the sheet's rows go through the same mapping as a CSV file's, so
 * every problem names the file, the spreadsheet row and the column, e.g.
 * `row 7, column item`. Numbers are the cells' values (a decimal point);
 * date cells are dates, text cells such as `2024-03-01` are read as written.
 *
 * @throws `InputError` listing every problem; no partial result.
 *
 * @example
 * ```ts
 * const { file, locate } = await readCasesXlsx("casussen.xlsx");
 * file.cases.length;
 * ```
 */
export async function readCasesXlsx(file: string, options: ReadXlsxOptions = {}): Promise<CaseRows> {
  const { rows } = await readXlsxRows(file, options);
  return parseCaseRows(rows, { file, dialect: "intl" });
}
