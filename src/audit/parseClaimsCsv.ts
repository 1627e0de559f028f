import { parseCsv } from "../csv/parseCsv.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { check } from "../schemas/validate.js";
import { type ClaimInput, type ClaimsFile, claimSchema, claimsFileSchema } from "./claimsSchema.js";

const REQUIRED = ["id", "caseId", "date", "amount", "purpose", "claimedSavings"] as const;
const COLUMNS: readonly string[] = [...REQUIRED, "pricelist"];
const AMOUNTS = new Set(["amount", "claimedSavings"]);

/**
 * Reads claims from CSV text with the columns
 * `id;caseId;date;amount;purpose;claimedSavings;pricelist` (`pricelist`
 * optional). The Dutch dialect (`;`, decimal comma `1234,56`) and the
 * international one (`,`, decimal point) are both accepted; the separator is
 * taken from the header line; empty lines and rows of empty cells are skipped.
 * Problems name the line and column, e.g. path
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
  const f = options.file ? { file: options.file } : {};
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") ? ";" : ",";
  const records = parseCsv(body, sep);
  const issues: Issue[] = [];
  const head = records[0];
  if (!head)
    throw new InputError([
      { code: "empty_file", path: [], message: "the CSV file has no header line", expected: COLUMNS.join(sep), ...f },
    ]);
  const names = head.cells.map((c) => c.trim());
  names.forEach((n, i) => {
    if (!COLUMNS.includes(n))
      issues.push({
        code: "unknown_column",
        path: ["row", head.line, i + 1],
        message: `line ${head.line}, column ${i + 1}: unknown column "${n}"`,
        expected: COLUMNS.join(sep),
        ...f,
      });
    else if (names.indexOf(n) !== i)
      issues.push({
        code: "duplicate_column",
        path: ["row", head.line, n],
        message: `line ${head.line}: column "${n}" appears twice`,
        ...f,
      });
  });
  for (const r of REQUIRED)
    if (!names.includes(r))
      issues.push({
        code: "missing_column",
        path: ["row", head.line, r],
        message: `line ${head.line}: the header has no column "${r}"`,
        expected: COLUMNS.join(sep),
        ...f,
      });
  if (issues.length > 0) throw new InputError(issues);

  const claims: ClaimInput[] = [];
  const lines: number[] = [];
  for (const rec of records.slice(1)) {
    // Spreadsheets write emptied rows as bare separators (;;;;;;): nothing to claim, like an empty line.
    if (rec.cells.every((c) => c.trim() === "")) continue;
    if (rec.cells.length !== names.length) {
      issues.push({
        code: "wrong_column_count",
        path: ["row", rec.line],
        message: `line ${rec.line} has ${rec.cells.length} fields, the header ${names.length}`,
        expected: `${names.length} fields separated by "${sep}"`,
        ...f,
      });
      continue;
    }
    const obj: Record<string, string> = {};
    names.forEach((n, i) => {
      let v = (rec.cells[i] as string).trim();
      // The Dutch dialect writes amounts with a decimal comma.
      if (sep === ";" && AMOUNTS.has(n) && /^-?\d+,\d+$/.test(v)) v = v.replace(",", ".");
      if (n === "pricelist" && v === "") return;
      obj[n] = v;
    });
    const r = check(claimSchema, obj);
    if (!r.ok)
      for (const is of r.issues) {
        const col = typeof is.path[0] === "string" ? is.path[0] : undefined;
        issues.push({
          ...is,
          path: ["row", rec.line, ...is.path],
          message: `line ${rec.line}${col ? `, column ${col}` : ""}: ${is.message}`,
          ...f,
        });
      }
    else {
      claims.push(obj as unknown as ClaimInput);
      lines.push(rec.line);
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  const all = check(claimsFileSchema, { claims });
  if (!all.ok)
    throw new InputError(
      all.issues.map((is) => {
        const line = typeof is.path[1] === "number" ? (lines[is.path[1]] as number) : 0;
        return { ...is, path: ["row", line, ...is.path.slice(2)], message: `line ${line}: ${is.message}`, ...f };
      }),
    );
  return all.value;
}
