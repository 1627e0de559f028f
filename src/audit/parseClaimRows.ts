import type { CsvDialect } from "../csv/csvTable.js";
import type { TableRow } from "../csv/tableRow.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { readDateCell, readDecimalCell } from "../schemas/tableCells.js";
import { check } from "../schemas/validate.js";
import { type ClaimInput, type ClaimsFile, claimSchema, claimsFileSchema } from "./claimsSchema.js";

const REQUIRED = ["id", "caseId", "date", "amount", "purpose", "claimedSavings"] as const;
/** @internal The columns of the claims table, required ones first. */
export const CLAIM_COLUMNS: readonly string[] = [...REQUIRED, "pricelist"];
const AMOUNTS = /* @__PURE__ */ new Set(["amount", "claimedSavings"]);

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
  const f = options.file ? { file: options.file } : {};
  const at = (line: number, column: string | undefined, issue: Omit<Issue, "path">): Issue => ({
    ...issue,
    path: column === undefined ? ["row", line] : ["row", line, column],
    message: `row ${line}${column === undefined ? "" : `, column ${column}`}: ${issue.message}`,
    params: { ...issue.params, row: line, ...(column === undefined ? {} : { column }) },
    ...f,
  });
  const [head, ...body] = rows;
  const names = headerNames(head, at, f);
  const issues: Issue[] = [];
  const claims: ClaimInput[] = [];
  const lines: number[] = [];
  for (const rec of body) {
    // Spreadsheets write emptied rows as bare separators (;;;;;;): nothing to claim, like an empty line.
    if (rec.cells.every((c) => c.trim() === "")) continue;
    if (rec.cells.length !== names.length) {
      issues.push(
        at(rec.line, undefined, {
          code: "wrong_column_count",
          message: `has ${rec.cells.length} fields, the header ${names.length}`,
          expected: `${names.length} fields separated by "${options.dialect === "nl" ? ";" : ","}"`,
          params: { count: rec.cells.length, header: names.length, separator: options.dialect === "nl" ? ";" : "," },
        }),
      );
      continue;
    }
    const obj: Record<string, string> = {};
    let unread = false;
    names.forEach((n, i) => {
      const v = (rec.cells[i] as string).trim();
      if (n === "pricelist" && v === "") return;
      const read =
        v === ""
          ? { ok: true as const, value: v }
          : AMOUNTS.has(n)
            ? readDecimalCell(v, options.dialect, true)
            : n === "date"
              ? readDateCell(v, options.dialect)
              : { ok: true as const, value: v };
      if (read.ok) obj[n] = read.value;
      else {
        issues.push(at(rec.line, n, read));
        unread = true;
      }
    });
    if (unread) continue;
    const r = check(claimSchema, obj);
    if (r.ok) {
      claims.push(obj as unknown as ClaimInput);
      lines.push(rec.line);
    } else
      for (const is of r.issues) {
        const col = typeof is.path[0] === "string" ? is.path[0] : undefined;
        issues.push({ ...at(rec.line, col, is), path: ["row", rec.line, ...is.path] });
      }
  }
  if (issues.length > 0) throw new InputError(issues);
  const all = check(claimsFileSchema, { claims });
  if (!all.ok)
    throw new InputError(
      all.issues.map((is) => {
        const line = typeof is.path[1] === "number" ? (lines[is.path[1]] as number) : 0;
        const col = typeof is.path[2] === "string" ? is.path[2] : undefined;
        return { ...at(line, col, is), path: ["row", line, ...is.path.slice(2)] };
      }),
    );
  return all.value;
}

/** The header's column names, or every problem with it. */
function headerNames(
  head: TableRow | undefined,
  at: (line: number, column: string | undefined, issue: Omit<Issue, "path">) => Issue,
  f: { file?: string | undefined },
): string[] {
  if (!head)
    throw new InputError([
      {
        code: "empty_file",
        path: [],
        message: "the file has no header row",
        expected: CLAIM_COLUMNS.join(";"),
        params: { columns: CLAIM_COLUMNS.join(";") },
        ...f,
      },
    ]);
  const names = head.cells.map((c) => c.trim());
  const issues: Issue[] = [];
  names.forEach((n, i) => {
    if (!CLAIM_COLUMNS.includes(n))
      issues.push(
        at(head.line, n || `#${i + 1}`, {
          code: "unknown_column",
          message: `unknown column "${n}"`,
          expected: `columns from: ${CLAIM_COLUMNS.join(", ")}`,
          params: { name: n, columns: CLAIM_COLUMNS.join(", ") },
        }),
      );
    else if (names.indexOf(n) !== i)
      issues.push(
        at(head.line, n, { code: "duplicate_column", message: `column "${n}" appears twice`, params: { name: n } }),
      );
  });
  for (const r of REQUIRED)
    if (!names.includes(r))
      issues.push(
        at(head.line, r, {
          code: "missing_column",
          message: `the header has no column "${r}"`,
          expected: `columns from: ${CLAIM_COLUMNS.join(", ")}`,
          params: { name: r, columns: CLAIM_COLUMNS.join(", ") },
        }),
      );
  if (issues.length > 0) throw new InputError(issues);
  return names;
}
