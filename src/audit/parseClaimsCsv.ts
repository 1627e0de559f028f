import { csvTableRows } from "../csv/parseCsv.js";
import type { ClaimsFile } from "./claimsSchema.js";
import { parseClaimRows } from "./parseClaimRows.js";

/**
 * Reads claims from CSV text with the columns
 * `id;caseId;date;amount;purpose;claimedSavings;pricelist` (`pricelist`
 * optional). The Dutch dialect (`;`, decimal comma `1234,56`) and the
 * international one (`,`, decimal point) are both accepted; the separator is
 * taken from the header line; empty lines and rows of empty cells are skipped.
 * Problems name the row (the line of the file) and column, e.g. path
 * `row[4].amount` is line 4 of the file, column `amount`.
 *
 * @throws {@link InputError} listing every problem, with `file` when given.
 *
 * @example
 * ```ts
 * const file = parseClaimsCsv("id;caseId;date;amount;purpose;claimedSavings\nw1;c1;2024-03-04;1250,00;huurachterstand;7500,00\n");
 * file.claims[0].amount; // "1250.00"
 * ```
 */
export function parseClaimsCsv(text: string, options: { file?: string | undefined } = {}): ClaimsFile {
  const { rows, dialect } = csvTableRows(text, options);
  return parseClaimRows(rows, { file: options.file, dialect });
}
