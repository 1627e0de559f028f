import type { CsvDialect } from "../csv/csvTable.js";
import type { TableRow } from "../csv/tableRow.js";
import { tableRecords } from "../schemas/tableRecords.js";
import { type ClaimsFile, claimSchema, claimsFileSchema } from "./claimsSchema.js";

const REQUIRED = ["id", "caseId", "date", "amount", "purpose", "claimedSavings"] as const;
/** @internal The columns of the claims table, required ones first. */
export const CLAIM_COLUMNS: readonly string[] = [...REQUIRED, "pricelist"];
const AMOUNTS = /* @__PURE__ */ new Set(["amount", "claimedSavings"]);
const DATES = /* @__PURE__ */ new Set(["date"]);

/** Options of {@link parseClaimRows}. */
export interface ClaimRowsOptions {
  /** The file the rows came from, named in every problem. */
  readonly file?: string | undefined;
  /** How numbers are written in the cells: `nl` (decimal comma) or `intl` (decimal point). */
  readonly dialect: CsvDialect;
}

/**
 * Turns rows of text cells into a validated claims file: the one mapping of
 * the claims table (`id, caseId, date, amount, purpose, claimedSavings` and
 * optionally `pricelist`), whether the rows came from a CSV file or a
 * spreadsheet. The first row is the header; rows of only empty cells are
 * skipped. Every problem names the file, row and column (`row 4, column
 * amount: …`, path `["row", 4, "amount"]`); no partial result.
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const file = parseClaimRows(
 *   [
 *     { line: 1, cells: ["id", "caseId", "date", "amount", "purpose", "claimedSavings"] },
 *     { line: 2, cells: ["w1", "c1", "2024-03-04", "1250,00", "huurachterstand", "7500,00"] },
 *   ],
 *   { dialect: "nl", file: "claims.xlsx" },
 * );
 * file.claims[0].amount; // "1250.00"
 * ```
 */
export function parseClaimRows(rows: readonly TableRow[], options: ClaimRowsOptions): ClaimsFile {
  return tableRecords(
    rows,
    {
      required: REQUIRED,
      optional: ["pricelist"],
      amounts: AMOUNTS,
      dates: DATES,
      record: claimSchema,
      file: claimsFileSchema,
      list: "claims",
    },
    options,
  ) as ClaimsFile;
}
