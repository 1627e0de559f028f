/**
 * @internal The one mapping from rows of text cells (a CSV file or a sheet) to a validated file of
 * records, shared by the claims and the spending tables: header checks, empty rows skipped, cells read
 * in the table's notation, and every problem at its row and column.
 */
import type * as z from "zod/mini";
import type { CsvDialect } from "../csv/csvTable.js";
import type { TableRow } from "../csv/tableRow.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { type CellReading, readDateCell, readDecimalCell } from "./tableCells.js";
import { check } from "./validate.js";

/** @internal What a table holds and how to read and check it. */
export interface TableSpec<F extends z.ZodMiniType> {
  /** Columns every header must have. */
  readonly required: readonly string[];
  /** Columns a header may have; an empty cell in one leaves the field out. */
  readonly optional?: readonly string[] | undefined;
  /** Columns of euros (decimal comma in the Dutch dialect, `€` allowed). */
  readonly amounts?: ReadonlySet<string> | undefined;
  /** Columns of dates (`YYYY-MM-DD`; `d-m-yyyy` in the Dutch dialect). */
  readonly dates?: ReadonlySet<string> | undefined;
  /** Columns of whole numbers (a year), read as numbers. */
  readonly integers?: ReadonlySet<string> | undefined;
  /** The schema of one record, checked per row so its problems name the row and column. */
  readonly record: z.ZodMiniType;
  /** The schema of the file `{ [list]: records }`, checked last (e.g. duplicates across rows). */
  readonly file: F;
  /** The file's list field, e.g. `claims`. */
  readonly list: string;
}

/** @internal Where the rows came from and how numbers are written. */
export interface TableReadOptions {
  /** The file the rows came from, named in every problem. */
  readonly file?: string | undefined;
  /** How numbers are written in the cells: `nl` (decimal comma) or `intl` (decimal point). */
  readonly dialect: CsvDialect;
}

/** @internal Makes an issue at a row (and column) of a table, its message prefixed with where. */
export type At = (line: number, column: string | undefined, issue: Omit<Issue, "path">) => Issue;

/** @internal The columns a table's header may and must have. */
export interface HeaderSpec {
  /** Every column the table knows, in their documented order. */
  readonly columns: readonly string[];
  /** The columns every header must have. */
  readonly required: readonly string[];
  /** What an empty file is told to write as its header, e.g. the required columns separated by `;`. */
  readonly emptyExpected: string;
}

/**
 * @internal Turns rows of text cells into a validated file of records. The first row is the header;
 * rows of only empty cells are skipped (spreadsheets write emptied rows as bare separators). Every
 * problem names the file, row and column (`row 4, column amount: …`, path `["row", 4, "amount"]`); no
 * partial result.
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const file = tableRecords(rows, { required: ["id"], record, file: fileSchema, list: "claims" }, { dialect: "nl" });
 * ```
 */
export function tableRecords<F extends z.ZodMiniType>(
  rows: readonly TableRow[],
  spec: TableSpec<F>,
  options: TableReadOptions,
): z.output<F> {
  const f = options.file ? { file: options.file } : {};
  const at: At = (line, column, issue) => ({
    ...issue,
    path: column === undefined ? ["row", line] : ["row", line, column],
    message: `row ${line}${column === undefined ? "" : `, column ${column}`}: ${issue.message}`,
    params: { ...issue.params, row: line, ...(column === undefined ? {} : { column }) },
    ...f,
  });
  const [head, ...body] = rows;
  const columns = [...spec.required, ...(spec.optional ?? [])];
  const names = headerNames(head, { columns, required: spec.required, emptyExpected: columns.join(";") }, at, f);
  const optional = new Set(spec.optional ?? []);
  const issues: Issue[] = [];
  const records: Record<string, string | number>[] = [];
  const lines: number[] = [];
  for (const rec of body) {
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
    const obj: Record<string, string | number> = {};
    let unread = false;
    names.forEach((n, i) => {
      const v = (rec.cells[i] as string).trim();
      if (optional.has(n) && v === "") return;
      const read = v === "" ? { ok: true as const, value: v } : readCell(n, v, spec, options.dialect);
      if (read.ok) obj[n] = spec.integers?.has(n) && v !== "" ? Number(read.value) : read.value;
      else {
        issues.push(at(rec.line, n, read));
        unread = true;
      }
    });
    if (unread) continue;
    const r = check(spec.record, obj);
    if (r.ok) {
      records.push(obj);
      lines.push(rec.line);
    } else
      for (const is of r.issues) {
        const col = typeof is.path[0] === "string" ? is.path[0] : undefined;
        issues.push({ ...at(rec.line, col, is), path: ["row", rec.line, ...is.path] });
      }
  }
  if (issues.length > 0) throw new InputError(issues);
  const all = check(spec.file, { [spec.list]: records });
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

function readCell<F extends z.ZodMiniType>(
  column: string,
  v: string,
  spec: TableSpec<F>,
  dialect: CsvDialect,
): CellReading {
  if (spec.amounts?.has(column)) return readDecimalCell(v, dialect, true);
  if (spec.dates?.has(column)) return readDateCell(v, dialect);
  if (spec.integers?.has(column) && !/^-?\d{1,9}$/.test(v))
    return {
      ok: false,
      code: "invalid_number",
      message: `"${v}" is not a whole number`,
      expected: "a whole number, e.g. 2024",
      params: { value: v },
    };
  return { ok: true, value: v };
}

/**
 * @internal The header's column names, or every problem with it at once:
 * unknown and repeated columns, missing required ones, no header at all.
 * One check for every table this tool reads (cases, claims, spending).
 * @example
 * ```ts
 * headerNames(rows[0], { columns: ["a", "b"], required: ["a"], emptyExpected: "a" }, at, {}); // ["a", "b"]
 * ```
 */
export function headerNames(
  head: TableRow | undefined,
  spec: HeaderSpec,
  at: At,
  f: { file?: string | undefined },
): string[] {
  const { columns } = spec;
  if (!head)
    throw new InputError([
      {
        code: "empty_file",
        path: [],
        message: "the file has no header row",
        expected: spec.emptyExpected,
        params: { columns: spec.emptyExpected },
        ...f,
      },
    ]);
  const names = head.cells.map((c) => c.trim());
  const issues: Issue[] = [];
  names.forEach((n, i) => {
    if (!columns.includes(n))
      issues.push(
        at(head.line, n || `#${i + 1}`, {
          code: "unknown_column",
          message: `unknown column "${n}"`,
          expected: `columns from: ${columns.join(", ")}`,
          params: { name: n, columns: columns.join(", ") },
        }),
      );
    else if (names.indexOf(n) !== i)
      issues.push(
        at(head.line, n, { code: "duplicate_column", message: `column "${n}" appears twice`, params: { name: n } }),
      );
  });
  for (const r of spec.required)
    if (!names.includes(r))
      issues.push(
        at(head.line, r, {
          code: "missing_column",
          message: `the header has no column "${r}"`,
          expected: `columns from: ${columns.join(", ")}`,
          params: { name: r, columns: columns.join(", ") },
        }),
      );
  if (issues.length > 0) throw new InputError(issues);
  return names;
}
