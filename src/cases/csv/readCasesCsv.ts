/**
 * @internal The case CSV reader with its row locator, so that problems found
 * later (an unknown item when pricing) still name the row and column.
 */

import { detectSeparator, parseCsv } from "../../csv/parseCsv.js";
import { InputError } from "../../errors/InputError.js";
import type { Issue } from "../../errors/issue.js";
import { check } from "../../schemas/validate.js";
import { type CaseFile, caseFileSchema } from "../schema.js";
import {
  ALL_COLUMNS,
  CASE_COLUMNS,
  DECIMAL_COLUMNS,
  LINE_COLUMNS,
  REQUIRED_COLUMNS,
  WELLBEING_COLUMNS,
} from "./columns.js";

/** @internal */
export interface CasesCsv {
  readonly file: CaseFile;
  /** The CSV row and column of a path inside the case file, e.g. `["cases", 2, "actual", 0, "item"]`. */
  locate(path: readonly (string | number)[]): { line: number; column?: string | undefined } | undefined;
}

const SIDES: Readonly<Record<string, "counterfactual" | "actual" | "wellbeing" | "">> = {
  counterfactual: "counterfactual",
  zonder: "counterfactual",
  "zonder interventie": "counterfactual",
  actual: "actual",
  met: "actual",
  "met interventie": "actual",
  wellbeing: "wellbeing",
  welbevinden: "wellbeing",
  "": "",
};
const BOOLS: Readonly<Record<string, boolean>> = {
  true: true,
  ja: true,
  yes: true,
  "1": true,
  x: true,
  false: false,
  nee: false,
  no: false,
  "0": false,
};
const FIELD_COLUMN: Readonly<Record<string, string>> = { period: "from", rate: "rate", scores: "before" };

/** @internal Reads case CSV text; every problem names the row (line) and column. */
export function readCasesCsv(text: string, options: { file?: string | undefined } = {}): CasesCsv {
  const f = options.file ? { file: options.file } : {};
  const sep = detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const records = parseCsv(text, sep);
  const head = records[0];
  const problem = (
    line: number,
    column: string | undefined,
    code: string,
    message: string,
    expected?: string,
  ): Issue => ({
    code,
    path: column ? ["row", line, column] : ["row", line],
    message: `row ${line}${column ? `, column ${column}` : ""}: ${message}`,
    ...(expected ? { expected } : {}),
    ...f,
  });
  if (!head)
    throw new InputError([
      {
        code: "empty_file",
        path: [],
        message: "the CSV file has no header row",
        expected: REQUIRED_COLUMNS.join(";"),
        ...f,
      },
    ]);
  const dutch = sep === ";";
  const names = head.cells.map((c) => c.trim());
  const issues: Issue[] = [];
  names.forEach((n, i) => {
    if (!ALL_COLUMNS.includes(n))
      issues.push(
        problem(
          head.line,
          n || `#${i + 1}`,
          "unknown_column",
          `unknown column "${n}"`,
          `columns from: ${ALL_COLUMNS.join(", ")}`,
        ),
      );
    else if (names.indexOf(n) !== i)
      issues.push(problem(head.line, n, "duplicate_column", `column "${n}" appears twice`));
  });
  for (const r of REQUIRED_COLUMNS)
    if (!names.includes(r)) issues.push(problem(head.line, r, "missing_column", `the header has no column "${r}"`));
  if (issues.length > 0) throw new InputError(issues);

  interface Draft {
    obj: Record<string, unknown>;
    line: number;
    cf: Record<string, unknown>[];
    cfLines: number[];
    alts: Map<
      string,
      { probability?: string | undefined; lines: Record<string, unknown>[]; rows: number[]; line: number }
    >;
    actual: Record<string, unknown>[];
    actualLines: number[];
    wb: Map<
      string,
      {
        before: Record<string, number>;
        after: Record<string, number>;
        beforeDate?: string | undefined;
        afterDate?: string | undefined;
        rows: Map<string, number>;
        line: number;
      }
    >;
  }
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  for (const rec of records.slice(1)) {
    const L = rec.line;
    if (rec.cells.length !== names.length) {
      issues.push(
        problem(
          L,
          undefined,
          "wrong_column_count",
          `has ${rec.cells.length} fields, the header ${names.length}`,
          `${names.length} fields separated by "${dutch ? ";" : ","}"`,
        ),
      );
      continue;
    }
    const v: Record<string, string> = {};
    names.forEach((n, i) => {
      let s = (rec.cells[i] as string).trim();
      // A leading ' is the spreadsheet's formula neutraliser (see csvTable), not data.
      if (/^'+[=+\-@\t\r]/.test(s)) s = s.slice(1);
      if (dutch && DECIMAL_COLUMNS.has(n) && /^-?\d+,\d+$/.test(s)) s = s.replace(",", ".");
      // "1.250" in a Dutch sheet is a thousand and a quarter or one and a quarter: refuse to guess.
      else if (dutch && DECIMAL_COLUMNS.has(n) && /^-?\d{1,3}(\.\d{3})+$/.test(s)) {
        issues.push(
          problem(
            L,
            n,
            "ambiguous_number",
            `"${s}" reads as a thousands separator in the Dutch dialect`,
            `no thousands separator: ${s.replace(/\./g, "")}, or a decimal comma`,
          ),
        );
        return;
      }
      if (s !== "") v[n] = s;
    });
    const id = v.id;
    if (id === undefined) {
      issues.push(problem(L, "id", "missing_value", "every row needs the case id"));
      continue;
    }
    let d = drafts.get(id);
    if (!d) {
      d = { obj: {}, line: L, cf: [], cfLines: [], alts: new Map(), actual: [], actualLines: [], wb: new Map() };
      drafts.set(id, d);
      order.push(d);
    }
    for (const c of CASE_COLUMNS) {
      const x = v[c];
      if (x === undefined) continue;
      if (d.obj[c] === undefined) d.obj[c] = x;
      else if (d.obj[c] !== x)
        issues.push(
          problem(
            L,
            c,
            "conflicting_value",
            `"${x}" differs from "${String(d.obj[c])}" on row ${d.line} of the same case`,
            "the same case fields on every row of a case",
          ),
        );
    }
    const side = SIDES[(v.side ?? "").toLowerCase()];
    if (side === undefined) {
      issues.push(
        problem(
          L,
          "side",
          "invalid_value",
          `"${v.side}" is not a side`,
          "counterfactual, actual or wellbeing (zonder, met, welbevinden)",
        ),
      );
      continue;
    }
    // A value in a column that means nothing on this kind of row would be dropped
    // without a word: refuse it, so a forgotten side never loses a line.
    const misplaced = (cols: readonly string[], what: string): boolean => {
      const bad = cols.filter((c) => v[c] !== undefined);
      for (const c of bad)
        issues.push(
          problem(
            L,
            c,
            "misplaced_value",
            `"${c}" has no meaning on ${what}`,
            side === ""
              ? "a side (counterfactual, actual or wellbeing) for a row with a line or a score"
              : `only the columns of ${what}`,
          ),
        );
      return bad.length > 0;
    };
    const lineCols = LINE_COLUMNS.filter((c) => c !== "side");
    if (side === "") {
      misplaced([...lineCols, ...WELLBEING_COLUMNS], "a row without a side");
      continue;
    }
    if (
      misplaced(
        side === "wellbeing"
          ? lineCols
          : side === "actual"
            ? [...WELLBEING_COLUMNS, "alternative", "probability"]
            : WELLBEING_COLUMNS,
        `a ${side} row`,
      )
    )
      continue;
    if (side === "wellbeing") {
      const inst = v.instrument;
      const dim = v.dimension;
      if (inst === undefined || dim === undefined || (v.before === undefined && v.after === undefined)) {
        for (const c of ["instrument", "dimension"] as const)
          if (v[c] === undefined) issues.push(problem(L, c, "missing_value", `a wellbeing row needs "${c}"`));
        if (v.before === undefined && v.after === undefined)
          issues.push(
            problem(
              L,
              "before",
              "missing_value",
              `a wellbeing row needs "before" (or "after" for a dimension scored only after)`,
            ),
          );
        continue;
      }
      let w = d.wb.get(inst);
      if (!w) d.wb.set(inst, (w = { before: {}, after: {}, rows: new Map(), line: L }));
      const earlier = w.rows.get(dim);
      if (earlier !== undefined) {
        issues.push(
          problem(
            L,
            "dimension",
            "duplicate_score",
            `${inst} "${dim}" is already scored on row ${earlier} of the same case`,
            "one row per instrument and dimension",
          ),
        );
        continue;
      }
      const num = (c: "before" | "after"): number | undefined => {
        const s = v[c];
        if (s === undefined) return undefined;
        if (!/^-?\d+(\.\d+)?$/.test(s)) {
          issues.push(problem(L, c, "invalid_value", `"${s}" is not a score`, "a number such as 7 or 7.5"));
          return undefined;
        }
        return Number(s);
      };
      const b = num("before");
      const a = num("after");
      if (b !== undefined) w.before[dim] = b;
      if (a !== undefined) w.after[dim] = a;
      if (v.beforeDate !== undefined) w.beforeDate = v.beforeDate;
      if (v.afterDate !== undefined) w.afterDate = v.afterDate;
      w.rows.set(dim, L);
      continue;
    }
    const line: Record<string, unknown> = {};
    for (const c of ["item", "quantity", "amount", "description", "payer", "domain", "date", "reason", "note"] as const)
      if (v[c] !== undefined) line[c] = v[c];
    if (v.from !== undefined || v.through !== undefined) line.period = { from: v.from, through: v.through };
    if (v.rate !== undefined || v.per !== undefined) line.rate = { quantity: v.rate, per: v.per };
    for (const c of ["transfer", "cashable", "intervention"] as const) {
      const x = v[c];
      if (x === undefined) continue;
      const b = BOOLS[x.toLowerCase()];
      if (b === undefined)
        issues.push(problem(L, c, "invalid_value", `"${x}" is not yes or no`, "ja/nee, true/false, 1/0"));
      else line[c] = b;
    }
    if (side === "actual") {
      d.actual.push(line);
      d.actualLines.push(L);
    } else if (v.alternative !== undefined || v.probability !== undefined) {
      const label = v.alternative ?? "";
      let a = d.alts.get(label);
      if (!a) d.alts.set(label, (a = { lines: [], rows: [], line: L }));
      if (v.probability !== undefined) {
        if (a.probability === undefined) a.probability = v.probability;
        else if (a.probability !== v.probability)
          issues.push(
            problem(
              L,
              "probability",
              "conflicting_value",
              `alternative "${label}" has probability ${a.probability} on row ${a.line}`,
            ),
          );
      }
      // A row with neither item nor amount only declares an (empty) alternative.
      if (line.item !== undefined || line.amount !== undefined || Object.keys(line).length > 0) {
        a.lines.push(line);
        a.rows.push(L);
      }
    } else {
      d.cf.push(line);
      d.cfLines.push(L);
    }
  }
  // Rows as written become a case file; then the one validator of case files runs.
  const located = new Map<string, { line: number }>();
  const cases = order.map((d, i) => {
    const c: Record<string, unknown> = { ...d.obj };
    located.set(JSON.stringify(["cases", i]), { line: d.line });
    if (d.alts.size > 0) {
      if (d.cf.length > 0)
        issues.push(
          problem(
            d.cfLines[0] as number,
            "alternative",
            "mixed_counterfactual",
            "a case's counterfactual rows either all name an alternative or none does",
          ),
        );
      c.counterfactual = {
        alternatives: [...d.alts.entries()].map(([label, a], ai) => {
          located.set(JSON.stringify(["cases", i, "counterfactual", "alternatives", ai]), { line: a.line });
          a.rows.forEach((r, li) =>
            located.set(JSON.stringify(["cases", i, "counterfactual", "alternatives", ai, "lines", li]), { line: r }),
          );
          return {
            ...(a.probability !== undefined ? { probability: a.probability } : {}),
            ...(label !== "" ? { label } : {}),
            lines: a.lines,
          };
        }),
      };
    } else {
      c.counterfactual = d.cf;
      d.cfLines.forEach((r, li) => located.set(JSON.stringify(["cases", i, "counterfactual", li]), { line: r }));
    }
    c.actual = d.actual;
    d.actualLines.forEach((r, li) => located.set(JSON.stringify(["cases", i, "actual", li]), { line: r }));
    if (d.wb.size > 0)
      c.wellbeing = [...d.wb.entries()].map(([instrument, w], wi) => {
        located.set(JSON.stringify(["cases", i, "wellbeing", wi]), { line: w.line });
        for (const [dim, r] of w.rows) {
          located.set(JSON.stringify(["cases", i, "wellbeing", wi, "before", "scores", dim]), { line: r });
          located.set(JSON.stringify(["cases", i, "wellbeing", wi, "after", "scores", dim]), { line: r });
        }
        const hasAfter = Object.keys(w.after).length > 0 || w.afterDate !== undefined;
        return {
          instrument,
          before: { ...(w.beforeDate !== undefined ? { date: w.beforeDate } : {}), scores: w.before },
          ...(hasAfter
            ? { after: { ...(w.afterDate !== undefined ? { date: w.afterDate } : {}), scores: w.after } }
            : {}),
        };
      });
    return c;
  });
  const locate = (path: readonly (string | number)[]): { line: number; column?: string | undefined } | undefined => {
    for (let k = path.length; k >= 2; k--) {
      const hit = located.get(JSON.stringify(path.slice(0, k)));
      if (!hit) continue;
      const rest = path.slice(k).filter((p): p is string => typeof p === "string");
      const first = rest[0];
      if (first === undefined) return { line: hit.line };
      const column =
        first === "period"
          ? (rest[1] ?? "from")
          : first === "rate"
            ? rest[1] === "per"
              ? "per"
              : "rate"
            : first === "scores"
              ? "before"
              : (FIELD_COLUMN[first] ?? first);
      return { line: hit.line, column: path.includes("after") && first === "scores" ? "after" : column };
    }
    return undefined;
  };
  if (issues.length > 0) throw new InputError(issues);
  const r = check(caseFileSchema, { cases });
  if (!r.ok) throw new InputError(r.issues.map((is) => relocate(is, locate, f)));
  return { file: r.value, locate };
}

/** @internal Rewrites an issue's case-file path to the CSV row and column. */
export function relocate(is: Issue, locate: CasesCsv["locate"], f: { file?: string | undefined }): Issue {
  const at = locate(is.path);
  if (!at) return { ...is, ...f };
  return {
    ...is,
    path: at.column ? ["row", at.line, at.column] : ["row", at.line],
    message: `row ${at.line}${at.column ? `, column ${at.column}` : ""}: ${is.message}`,
    ...f,
  };
}
