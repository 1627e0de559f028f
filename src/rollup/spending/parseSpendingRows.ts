import type { CsvDialect } from "../../csv/csvTable.js";
import { csvTableRows } from "../../csv/parseCsv.js";
import type { TableRow } from "../../csv/tableRow.js";
import { tableRecords } from "../../schemas/tableRecords.js";
import { type SpendingFile, spendingFileSchema, spendingRowSchema } from "./spendingSchema.js";

/**
 * Turns rows of text cells (a CSV file or a sheet) into a validated spending file: the columns
 * `wijk` or `programme`, `payer`, `year`, `amount` and optionally `note`, through the same table
 * mapping as the claims table. Rows of empty cells are skipped; every problem names the row and
 * column (path `["row", 3, "amount"]`).
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const file = parseSpendingRows(
 *   [
 *     { line: 1, cells: ["wijk", "payer", "year", "amount"] },
 *     { line: 2, cells: ["Ruwaard", "gemeente", "2019", "1.200.000,00"] },
 *   ],
 *   { dialect: "nl" },
 * );
 * file.spending[0]?.amount; // "1200000.00"
 * ```
 */
export function parseSpendingRows(
  rows: readonly TableRow[],
  options: { readonly file?: string | undefined; readonly dialect: CsvDialect },
): SpendingFile {
  return tableRecords(
    rows,
    {
      required: ["payer", "year", "amount"],
      optional: ["wijk", "programme", "note"],
      amounts: new Set(["amount"]),
      integers: new Set(["year"]),
      record: spendingRowSchema,
      file: spendingFileSchema,
      list: "spending",
    },
    options,
  ) as SpendingFile;
}

/**
 * Reads a spending file from CSV text (columns as {@link parseSpendingRows}). The Dutch dialect
 * (`;`, decimal comma) and the international one (`,`, decimal point) are both accepted; the
 * separator is taken from the header line.
 *
 * @throws {@link InputError} listing every problem, with `file` when given.
 *
 * @example
 * ```ts
 * parseSpendingCsv("wijk;payer;year;amount\nRuwaard;gemeente;2019;1200000,00\n").spending[0]?.year; // 2019
 * ```
 */
export function parseSpendingCsv(text: string, options: { readonly file?: string | undefined } = {}): SpendingFile {
  const { rows, dialect } = csvTableRows(text, options);
  return parseSpendingRows(rows, { file: options.file, dialect });
}
