import type { ClaimsFile } from "../../audit/claimsSchema.js";
import { parseClaimRows } from "../../audit/parseClaimRows.js";
import { type ReadXlsxOptions, readXlsxRows } from "./readXlsxRows.js";

/**
 * Reads werkbudget claims from an Excel workbook (`.xlsx`) with the columns
 * of the claims CSV (`id`, `caseId`, `date`, `amount`, `purpose`,
 * `claimedSavings`, optional `pricelist`), from the first sheet or the one
 * named, through the same mapping as the CSV; problems name the file, the
 * spreadsheet row and the column.
 *
 * @throws `InputError` listing every problem.
 *
 * @example
 * ```ts
 * const { claims } = await readClaimsXlsx("declaraties.xlsx", { sheet: "2024" });
 * ```
 */
export async function readClaimsXlsx(file: string, options: ReadXlsxOptions = {}): Promise<ClaimsFile> {
  const { rows } = await readXlsxRows(file, options);
  return parseClaimRows(rows, { file, dialect: "intl" });
}
