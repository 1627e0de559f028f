import * as z from "zod/mini";
import type { TableRow } from "../csv/tableRow.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { refineUnique } from "../schemas/common.js";
import { validate } from "../schemas/validate.js";
import type { CaseFile, WijkName } from "./caseTypes.js";
import { wijkNameSchema } from "./schema.js";

const wijkTableSchema = z.strictObject({ $schema: z.optional(z.string()), wijken: z.array(wijkNameSchema) }).check(
  z.superRefine(
    (f, ctx) =>
      void refineUnique(ctx, f.wijken, (w) => w.code, {
        list: "wijken",
        field: "code",
        what: "wijk code",
        expected: "one name per wijk code",
      }),
  ),
);

// Column names as CBS's wijk- en buurtindeling and people write them.
const CODE_COLUMNS = new Set(["code", "wijkcode", "wk_code", "gwb_code"]);
const NAME_COLUMNS = new Set(["name", "naam", "wijknaam", "wk_naam", "gwb_naam"]);

/**
 * Reads a wijk table given as JSON: `{ "wijken": [{ "code", "name" }] }` or
 * a bare array of those; every problem with its path.
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * parseWijkTable([{ code: "WK079601", name: "Ruwaard" }]).get("WK079601"); // "Ruwaard"
 * ```
 */
export function parseWijkTable(
  data: unknown,
  options: { file?: string | undefined } = {},
): ReadonlyMap<string, string> {
  const input = Array.isArray(data) ? { wijken: data } : data;
  return wijkMap(validate(wijkTableSchema, input, options.file ? { file: options.file } : {}).wijken);
}

/**
 * Reads a wijk table from rows of cells (a CSV file or a sheet): a header with
 * a code column (`code`, `wijkcode`, `WK_CODE`) and a name column (`name`,
 * `naam`, `wijknaam`, `WK_NAAM`); other columns are ignored, rows of empty
 * cells skipped. Problems name the row and column.
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * parseWijkRows([{ line: 1, cells: ["WK_CODE", "WK_NAAM"] }, { line: 2, cells: ["WK079601", "Ruwaard"] }]);
 * ```
 */
export function parseWijkRows(
  rows: readonly TableRow[],
  options: { file?: string | undefined } = {},
): ReadonlyMap<string, string> {
  const f = options.file ? { file: options.file } : {};
  const [head, ...body] = rows;
  const names = (head?.cells ?? []).map((c) => c.trim().toLowerCase());
  const code = names.findIndex((n) => CODE_COLUMNS.has(n));
  const name = names.findIndex((n) => NAME_COLUMNS.has(n));
  if (code < 0 || name < 0)
    throw new InputError([
      {
        code: "missing_column",
        path: ["row", head?.line ?? 1],
        message: `row ${head?.line ?? 1}: the header needs a code column and a name column`,
        expected: "columns code and name (or wijkcode and wijknaam, WK_CODE and WK_NAAM)",
        params: { rule: "wijk_table", row: head?.line ?? 1 },
        ...f,
      },
    ]);
  const wijken: WijkName[] = [];
  const lines: number[] = [];
  const issues: Issue[] = [];
  for (const r of body) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    const w = { code: (r.cells[code] ?? "").trim(), name: (r.cells[name] ?? "").trim() };
    for (const [k, i] of [
      ["code", code],
      ["name", name],
    ] as const)
      if (w[k] === "") {
        const col = head?.cells[i]?.trim() ?? k;
        issues.push({
          code: "missing_value",
          path: ["row", r.line, col],
          message: `row ${r.line}, column ${col}: empty`,
          params: { row: r.line, column: col },
          ...f,
        });
      }
    wijken.push(w);
    lines.push(r.line);
  }
  if (issues.length > 0) throw new InputError(issues);
  const seen = new Map<string, number>();
  wijken.forEach((w, i) => {
    const earlier = seen.get(w.code);
    if (earlier !== undefined)
      issues.push({
        code: "duplicate",
        path: ["row", lines[i] as number],
        message: `row ${lines[i]}: wijk code "${w.code}" is named on row ${earlier} too`,
        expected: "one name per wijk code",
        params: { row: lines[i] as number, wijk: w.code, earlierRow: earlier },
        ...f,
      });
    else seen.set(w.code, lines[i] as number);
  });
  if (issues.length > 0) throw new InputError(issues);
  return wijkMap(wijken);
}

/**
 * A case file with wijk names added from a table read beside it (`--wijken`),
 * merged with the file's own `wijken`. A code named differently in both is an
 * error naming both; the result's `wijkNames` holds every name by code.
 *
 * @throws {@link InputError} when the table and the file disagree on a name.
 *
 * @example
 * ```ts
 * const file = withWijkNames(parseCaseFile(json), parseWijkTable(wijken, { file: "wijken.json" }), { file: "wijken.json" });
 * file.wijkNames?.get("WK079601"); // "Ruwaard"
 * ```
 */
export function withWijkNames(
  file: CaseFile,
  table: ReadonlyMap<string, string>,
  options: { file?: string | undefined } = {},
): CaseFile {
  const merged = new Map(file.wijkNames ?? wijkMap(file.wijken ?? []));
  const issues: Issue[] = [];
  for (const [code, name] of table) {
    const own = merged.get(code);
    if (own !== undefined && own !== name)
      issues.push({
        code: "conflicting_value",
        path: ["wijken", code],
        message: `wijk "${code}" is "${name}" here and "${own}" in the case file`,
        expected: "one name per wijk code",
        params: { rule: "wijk_name", wijk: code, name, own },
        ...(options.file ? { file: options.file } : {}),
      });
    merged.set(code, name);
  }
  if (issues.length > 0) throw new InputError(issues);
  return { ...file, wijkNames: merged };
}

/** @internal The names by code (a Map: a wijk may be called `__proto__`). */
export function wijkMap(wijken: readonly WijkName[]): ReadonlyMap<string, string> {
  return new Map(wijken.map((w) => [w.code, w.name]));
}
