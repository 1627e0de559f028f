import { parseSpendingRows } from "../../rollup/spending/parseSpendingRows.js";
import type { SpendingFile } from "../../rollup/spending/spendingSchema.js";
import { type ReadXlsxOptions, readXlsxRows } from "./readXlsxRows.js";

/**
 * Reads observed spending from an Excel workbook (`.xlsx`) with the columns of the spending CSV
 * (`wijk` or `programme`, `payer`, `year`, `amount`, optional `note`), from the first sheet or the
 * one named, through the same mapping as the CSV; problems name the file, the spreadsheet row and
 * the column.
 *
 * @throws `InputError` listing every problem.
 *
 * @example
 * ```ts
 * const { spending } = await readSpendingXlsx("uitgaven.xlsx");
 * ```
 */
export async function readSpendingXlsx(file: string, options: ReadXlsxOptions = {}): Promise<SpendingFile> {
  const { rows } = await readXlsxRows(file, options);
  return parseSpendingRows(rows, { file, dialect: "intl" });
}
