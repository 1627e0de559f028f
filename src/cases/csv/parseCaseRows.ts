import type { CsvDialect } from "../../csv/csvTable.js";
import type { TableRow } from "../../csv/tableRow.js";
import { InputError } from "../../errors/InputError.js";
import type { Issue, IssueCode, IssueParams } from "../../errors/issue.js";
import { readDateCell, readDecimalCell } from "../../schemas/tableCells.js";
import { headerNames } from "../../schemas/tableRecords.js";
import { isForbiddenKey } from "../../schemas/validate.js";
import type { CaseFile } from "../schema.js";
import { brandCases, checkCaseFile, tooManyCases } from "../validCases.js";
import {
  ALL_COLUMNS,
  CASE_COLUMNS,
  DATE_COLUMNS,
  DECIMAL_COLUMNS,
  LINE_COLUMNS,
  REQUIRED_COLUMNS,
  UNCERTAINTY_COLUMNS,
  WELLBEING_COLUMNS,
} from "./columns.js";

/** Options of {@link parseCaseRows}. */
export interface CaseRowsOptions {
  /** The file the rows came from, named in every problem. */
  readonly file?: string | undefined;
  /** How numbers are written in the cells: `nl` (decimal comma) or `intl` (decimal point). */
  readonly dialect: CsvDialect;
}

/** Cases read from rows, with the way back from a case-file path to the row and column. */
export interface CaseRows {
  /** The validated case file. */
  readonly file: CaseFile;
  /** The row and column of a path inside the case file, e.g. `["cases", 2, "actual", 0, "item"]`. */
  locate(path: readonly (string | number)[]):
    | {
        /** The row number people see: the CSV line where the record starts, or the spreadsheet row. */
        line: number;
        /** The column's name in the header, when the path points into one cell. */
        column?: string | undefined;
      }
    | undefined;
}

type Side = "counterfactual" | "actual" | "wellbeing" | "pm" | "";
/** What is wrong with a cell: its code, English text, what was expected and the data to say it in any language. */
interface Said {
  readonly code: IssueCode;
  readonly message: string;
  readonly expected?: string | undefined;
  readonly params?: IssueParams | undefined;
}
type Problem = (line: number, column: string | undefined, said: Said) => Issue;
type Values = Readonly<Record<string, string>>;

// Maps, not object literals: a cell of "__proto__" or "constructor" must not find Object.prototype.
const SIDES: ReadonlyMap<string, Side> = /* @__PURE__ */ new Map([
  ["counterfactual", "counterfactual"],
  ["zonder", "counterfactual"],
  ["zonder interventie", "counterfactual"],
  ["actual", "actual"],
  ["met", "actual"],
  ["met interventie", "actual"],
  ["wellbeing", "wellbeing"],
  ["welbevinden", "wellbeing"],
  ["pm", "pm"],
  ["", ""],
]);
const BOOLS: ReadonlyMap<string, boolean> = /* @__PURE__ */ new Map([
  ["true", true],
  ["ja", true],
  ["yes", true],
  ["1", true],
  ["x", true],
  ["false", false],
  ["nee", false],
  ["no", false],
  ["0", false],
]);
const LINE_FIELDS = ["item", "quantity", "amount", "description", "payer", "domain", "date", "reason", "note"] as const;

interface Alternative {
  probability?: string;
  lines: Record<string, unknown>[];
  rows: number[];
  line: number;
}
interface Scores {
  before: Record<string, number>;
  after: Record<string, number>;
  beforeDate?: string;
  afterDate?: string;
  rows: Map<string, number>;
  line: number;
}
/** A case as its rows are read: fields, lines and scores with the rows they came from. */
interface Draft {
  obj: Record<string, unknown>;
  line: number;
  cf: Record<string, unknown>[];
  cfLines: number[];
  alts: Map<string, Alternative>;
  actual: Record<string, unknown>[];
  actualLines: number[];
  wb: Map<string, Scores>;
  /** The counterfactual's uncertain probabilities, as the alternatives' rows state them, with the first row. */
  uncertainty?: { concentration?: string; reason?: string; line: number };
  /** PM effects (side `pm`) with their rows. */
  pm: Record<string, unknown>[];
  pmLines: number[];
}

/**
 * Turns rows of text cells into a validated case file: the one mapping of the
 * case table format (columns in docs/reports.md, one row per scenario line or
 * wellbeing dimension), whether the rows came from a CSV file or a
 * spreadsheet. The first row is the header. Every problem names the file, the
 * row and the column (`row 4, column id: …`, path `["row", 4, "id"]`); no
 * partial result.
 *
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const { file } = parseCaseRows(
 *   [
 *     { line: 1, cells: ["id", "wijk", "start", "side", "item", "quantity"] },
 *     { line: 2, cells: ["c1", "WK079601", "2024-03-01", "zonder", "zorg.seh-bezoek", "2,5"] },
 *   ],
 *   { dialect: "nl", file: "cases.xlsx" },
 * );
 * file.cases[0].counterfactual; // [{ item: "zorg.seh-bezoek", quantity: "2.5" }]
 * ```
 */
export function parseCaseRows(rows: readonly TableRow[], options: CaseRowsOptions): CaseRows {
  const f = options.file ? { file: options.file } : {};
  const problem: Problem = (line, column, { code, message, expected, params }) => ({
    code,
    path: column ? ["row", line, column] : ["row", line],
    message: `row ${line}${column ? `, column ${column}` : ""}: ${message}`,
    ...(expected ? { expected } : {}),
    params: { ...params, row: line, ...(column ? { column } : {}) },
    ...f,
  });
  const [head, ...body] = rows;
  const names = headerNames(
    head,
    { columns: ALL_COLUMNS, required: REQUIRED_COLUMNS, emptyExpected: REQUIRED_COLUMNS.join(";") },
    problem,
    f,
  );
  const issues: Issue[] = []; // about the rows' shape: the case schema cannot run on a broken shape
  const unread: Issue[] = []; // cells that could not be read: the schema still checks the rest
  const drafts = new Map<string, Draft>();
  for (const rec of body) {
    // Spreadsheets write emptied rows as bare separators (;;;;;;): nothing to read, like an empty line.
    if (rec.cells.every((c) => c.trim() === "")) continue;
    const v = cellValues(rec, names, options.dialect, problem, issues, unread);
    if (v) addRow(drafts, v, rec.line, problem, issues);
  }
  tooManyCases(drafts.size, options.file);
  const located = new Map<string, { line: number }>();
  const cases = [...drafts.values()].map((d, i) => assemble(d, i, located, problem, issues));
  const locate = locator(located);
  const inOrder = (all: Issue[]) => new InputError(sortByCell(all, names));
  if (issues.length > 0) throw inOrder([...issues, ...unread]);
  // Rows as written became a case file; now the one validator of case files runs.
  const r = checkCaseFile({ cases });
  // A row with an unreadable cell lacks that value: what the schema says about the row is said already.
  const rowsUnread = new Set(unread.map((is) => is.path[1]));
  const later = r.ok ? [] : r.issues.map((is) => relocate(is, locate, f)).filter((is) => !rowsUnread.has(is.path[1]));
  if (!r.ok || unread.length > 0) throw inOrder([...unread, ...later]);
  return { file: brandCases(r.value), locate };
}

/** Issues by row, then by column as the header orders them. */
function sortByCell(issues: readonly Issue[], names: readonly string[]): Issue[] {
  const key = (is: Issue): [number, number] => [
    typeof is.path[1] === "number" ? is.path[1] : 0,
    typeof is.path[2] === "string" ? names.indexOf(is.path[2]) : -1,
  ];
  return [...issues].sort((a, b) => {
    const [ra, ca] = key(a);
    const [rb, cb] = key(b);
    return ra - rb || ca - cb;
  });
}

/** A row's non-empty cells by column, with decimal commas read; undefined when the row is unusable. */
function cellValues(
  rec: TableRow,
  names: readonly string[],
  dialect: CsvDialect,
  problem: Problem,
  issues: Issue[],
  unread: Issue[],
): Values | undefined {
  const L = rec.line;
  if (rec.cells.length !== names.length) {
    issues.push(
      problem(L, undefined, {
        code: "wrong_column_count",
        message: `has ${rec.cells.length} fields, the header ${names.length}`,
        expected: `${names.length} fields separated by "${dialect === "nl" ? ";" : ","}"`,
        params: { count: rec.cells.length, header: names.length, separator: dialect === "nl" ? ";" : "," },
      }),
    );
    return undefined;
  }
  const v: Record<string, string> = Object.create(null);
  names.forEach((n, i) => {
    let s = (rec.cells[i] as string).trim();
    // A leading ' is the spreadsheet's formula neutraliser (see csvTable), not data.
    if (/^'+[=+\-@\t\r]/.test(s)) s = s.slice(1);
    if (s === "") return;
    const read = DECIMAL_COLUMNS.has(n)
      ? readDecimalCell(s, dialect, n === "amount")
      : DATE_COLUMNS.has(n)
        ? readDateCell(s, dialect)
        : { ok: true as const, value: s };
    if (read.ok) v[n] = read.value;
    else unread.push(problem(L, n, read));
  });
  if (v.id === undefined) {
    issues.push(
      problem(L, "id", { code: "missing_value", message: "every row needs the case id", params: { rule: "case_id" } }),
    );
    return undefined;
  }
  return v;
}

/** Adds one row to the draft of its case. */
function addRow(drafts: Map<string, Draft>, v: Values, L: number, problem: Problem, issues: Issue[]): void {
  const id = v.id as string;
  let d = drafts.get(id);
  if (!d) {
    d = {
      obj: {},
      line: L,
      cf: [],
      cfLines: [],
      alts: new Map(),
      actual: [],
      actualLines: [],
      wb: new Map(),
      pm: [],
      pmLines: [],
    };
    drafts.set(id, d);
  }
  for (const c of CASE_COLUMNS) {
    const x = v[c];
    if (x === undefined) continue;
    if (d.obj[c] === undefined) d.obj[c] = x;
    else if (d.obj[c] !== x)
      issues.push(
        problem(L, c, {
          code: "conflicting_value",
          message: `"${x}" differs from "${String(d.obj[c])}" on row ${d.line} of the same case`,
          expected: "the same case fields on every row of a case",
          params: { rule: "case_field", value: x, earlier: String(d.obj[c]), earlierRow: d.line },
        }),
      );
  }
  const side = SIDES.get((v.side ?? "").toLowerCase());
  if (side === undefined) {
    issues.push(
      problem(L, "side", {
        code: "invalid_value",
        message: `"${v.side}" is not a side`,
        expected: "counterfactual, actual, wellbeing or pm (zonder, met, welbevinden, pm)",
        params: { rule: "side", value: String(v.side) },
      }),
    );
    return;
  }
  if (misplaced(side, v, L, problem, issues)) return;
  if (side === "pm") addPm(d, v, L);
  else if (side === "wellbeing") addScores(d, v, L, problem, issues);
  else if (side !== "") addLine(d, side, v, L, problem, issues);
}

/**
 * Refuses a value in a column that means nothing on this kind of row: it
 * would be dropped without a word, so a forgotten side would lose a line.
 */
function misplaced(side: Side, v: Values, L: number, problem: Problem, issues: Issue[]): boolean {
  const lineCols = LINE_COLUMNS.filter((c) => c !== "side");
  const [cols, what] =
    side === ""
      ? [[...lineCols, ...WELLBEING_COLUMNS], "a row without a side"]
      : side === "wellbeing"
        ? [lineCols, "a wellbeing row"]
        : side === "pm"
          ? [[...lineCols.filter((c) => !PM_COLUMNS.includes(c)), ...WELLBEING_COLUMNS], "a pm row"]
          : side === "actual"
            ? [[...WELLBEING_COLUMNS, "alternative", "probability", ...UNCERTAINTY_COLUMNS], "an actual row"]
            : v.alternative === undefined && v.probability === undefined
              ? [[...WELLBEING_COLUMNS, ...UNCERTAINTY_COLUMNS], "a counterfactual row without an alternative"]
              : [WELLBEING_COLUMNS, "a counterfactual row"];
  const bad = cols.filter((c) => v[c] !== undefined);
  for (const c of bad)
    issues.push(
      problem(L, c, {
        code: "misplaced_value",
        message: `"${c}" has no meaning on ${what}`,
        expected:
          side === ""
            ? "a side (counterfactual, actual or wellbeing) for a row with a line or a score"
            : `only the columns of ${what}`,
        params: { name: c, side },
      }),
    );
  return bad.length > 0;
}

/** The columns of a PM row (side `pm`): an effect that cannot be priced. */
const PM_COLUMNS: readonly string[] = ["description", "domain", "note"];

/** Adds a PM row's effect (its description is checked by the case schema, at its row). */
function addPm(d: Draft, v: Values, L: number): void {
  d.pm.push({
    ...(v.description !== undefined ? { description: v.description } : {}),
    ...(v.domain !== undefined ? { domain: v.domain } : {}),
    ...(v.note !== undefined ? { note: v.note } : {}),
  });
  d.pmLines.push(L);
}

/** Adds a wellbeing row's scores for one instrument and dimension. */
function addScores(d: Draft, v: Values, L: number, problem: Problem, issues: Issue[]): void {
  const inst = v.instrument;
  const dim = v.dimension;
  if (inst === undefined || dim === undefined || (v.before === undefined && v.after === undefined)) {
    for (const c of ["instrument", "dimension"] as const)
      if (v[c] === undefined)
        issues.push(
          problem(L, c, {
            code: "missing_value",
            message: `a wellbeing row needs "${c}"`,
            params: { rule: "wellbeing", name: c },
          }),
        );
    if (v.before === undefined && v.after === undefined)
      issues.push(
        problem(L, "before", {
          code: "missing_value",
          message: `a wellbeing row needs "before" (or "after" for a dimension scored only after)`,
          params: { rule: "wellbeing_score" },
        }),
      );
    return;
  }
  // Scores are keyed by dimension: a name that reaches Object.prototype would vanish without a word.
  if (isForbiddenKey(dim)) {
    issues.push(
      problem(L, "dimension", {
        code: "forbidden_key",
        message: `"${dim}" is a reserved word, not a dimension name`,
        expected: "the name of a dimension of the instrument",
        params: { rule: "dimension", key: dim },
      }),
    );
    return;
  }
  let w = d.wb.get(inst);
  if (!w) {
    w = { before: {}, after: {}, rows: new Map(), line: L };
    d.wb.set(inst, w);
  }
  const earlier = w.rows.get(dim);
  if (earlier !== undefined) {
    issues.push(
      problem(L, "dimension", {
        code: "duplicate_score",
        message: `${inst} "${dim}" is already scored on row ${earlier} of the same case`,
        expected: "one row per instrument and dimension",
        params: { instrument: inst, dimension: dim, earlierRow: earlier },
      }),
    );
    return;
  }
  const num = (c: "before" | "after"): number | undefined => {
    const s = v[c];
    if (s === undefined) return undefined;
    if (!/^-?\d+(\.\d+)?$/.test(s)) {
      issues.push(
        problem(L, c, {
          code: "invalid_value",
          message: `"${s}" is not a score`,
          expected: "a number such as 7 or 7.5",
          params: { rule: "score", value: s },
        }),
      );
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
}

/** Adds a counterfactual or actual line (to its alternative, if the row names one). */
function addLine(
  d: Draft,
  side: "counterfactual" | "actual",
  v: Values,
  L: number,
  problem: Problem,
  issues: Issue[],
): void {
  const line: Record<string, unknown> = {};
  for (const c of LINE_FIELDS) if (v[c] !== undefined) line[c] = v[c];
  if (v.from !== undefined || v.through !== undefined) line.period = { from: v.from, through: v.through };
  // On an amount row without a rate, "per" says how often the amount recurs over from..through.
  if (v.amount !== undefined && v.rate === undefined && v.per !== undefined) line.per = v.per;
  else if (v.rate !== undefined || v.per !== undefined) line.rate = { quantity: v.rate, per: v.per };
  for (const c of ["transfer", "cashable", "intervention"] as const) {
    const x = v[c];
    if (x === undefined) continue;
    const b = BOOLS.get(x.toLowerCase());
    if (b === undefined)
      issues.push(
        problem(L, c, {
          code: "invalid_value",
          message: `"${x}" is not yes or no`,
          expected: "ja/nee, true/false, 1/0",
          params: { rule: "yes_no", value: x },
        }),
      );
    else line[c] = b;
  }
  if (side === "actual") {
    d.actual.push(line);
    d.actualLines.push(L);
  } else if (v.alternative !== undefined || v.probability !== undefined) {
    const label = v.alternative ?? "";
    let a = d.alts.get(label);
    if (!a) {
      a = { lines: [], rows: [], line: L };
      d.alts.set(label, a);
    }
    if (v.probability !== undefined) {
      if (a.probability === undefined) a.probability = v.probability;
      else if (a.probability !== v.probability)
        issues.push(
          problem(L, "probability", {
            code: "conflicting_value",
            message: `alternative "${label}" has probability ${a.probability} on row ${a.line}`,
            params: { rule: "probability", label, value: a.probability, earlierRow: a.line },
          }),
        );
    }
    addUncertainty(d, v, L, problem, issues);
    // A row with no line fields only declares an (empty) alternative.
    if (Object.keys(line).length > 0) {
      a.lines.push(line);
      a.rows.push(L);
    }
  } else {
    d.cf.push(line);
    d.cfLines.push(L);
  }
}

/** Takes the counterfactual's concentration and reason from an alternative's row; every row that states them agrees. */
function addUncertainty(d: Draft, v: Values, L: number, problem: Problem, issues: Issue[]): void {
  const fields = [
    ["concentration", "concentration"],
    ["uncertaintyReason", "reason"],
  ] as const;
  for (const [column, field] of fields) {
    const x = v[column];
    if (x === undefined) continue;
    d.uncertainty ??= { line: L };
    const earlier = d.uncertainty[field];
    if (earlier === undefined) d.uncertainty[field] = x;
    else if (earlier !== x)
      issues.push(
        problem(L, column, {
          code: "conflicting_value",
          message: `"${x}" differs from "${earlier}" on row ${d.uncertainty.line} of the same case`,
          expected: "the same case fields on every row of a case",
          params: { rule: "case_field", value: x, earlier, earlierRow: d.uncertainty.line },
        }),
      );
  }
}

/** The case object of a draft, recording the row of each part in `located`. */
function assemble(
  d: Draft,
  i: number,
  located: Map<string, { line: number }>,
  problem: Problem,
  issues: Issue[],
): Record<string, unknown> {
  const at = (path: (string | number)[], line: number): void =>
    void located.set(JSON.stringify(["cases", i, ...path]), { line });
  const c: Record<string, unknown> = { ...d.obj };
  at([], d.line);
  if (d.alts.size > 0) {
    if (d.cf.length > 0)
      issues.push(
        problem(d.cfLines[0] as number, "alternative", {
          code: "mixed_counterfactual",
          message: "a case's counterfactual rows either all name an alternative or none does",
        }),
      );
    c.counterfactual = {
      alternatives: [...d.alts.entries()].map(([label, a], ai) => {
        at(["counterfactual", "alternatives", ai], a.line);
        for (const [li, r] of a.rows.entries()) at(["counterfactual", "alternatives", ai, "lines", li], r);
        return {
          ...(a.probability !== undefined ? { probability: a.probability } : {}),
          ...(label !== "" ? { label } : {}),
          lines: a.lines,
        };
      }),
      ...(d.uncertainty ? { uncertainty: uncertaintyOf(d.uncertainty) } : {}),
    };
    if (d.uncertainty) at(["counterfactual", "uncertainty"], d.uncertainty.line);
  } else {
    c.counterfactual = d.cf;
    for (const [li, r] of d.cfLines.entries()) at(["counterfactual", li], r);
  }
  c.actual = d.actual;
  for (const [li, r] of d.actualLines.entries()) at(["actual", li], r);
  if (d.wb.size > 0)
    c.wellbeing = [...d.wb.entries()].map(([instrument, w], wi) => {
      at(["wellbeing", wi], w.line);
      for (const [dim, r] of w.rows) {
        at(["wellbeing", wi, "before", "scores", dim], r);
        at(["wellbeing", wi, "after", "scores", dim], r);
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
  if (d.pm.length > 0) {
    c.pm = d.pm;
    for (const [pi, r] of d.pmLines.entries()) at(["pm", pi], r);
  }
  return c;
}

/** The uncertainty object as the case schema reads it (a missing part is the schema's to say). */
function uncertaintyOf(u: NonNullable<Draft["uncertainty"]>): Record<string, string> {
  return {
    ...(u.concentration !== undefined ? { concentration: u.concentration } : {}),
    ...(u.reason !== undefined ? { reason: u.reason } : {}),
  };
}

/** The row and column of the deepest recorded part of a case-file path. */
function locator(located: ReadonlyMap<string, { line: number }>): CaseRows["locate"] {
  return (path) => {
    for (let k = path.length; k >= 2; k--) {
      const hit = located.get(JSON.stringify(path.slice(0, k)));
      if (!hit) continue;
      const rest = path.slice(k).filter((p): p is string => typeof p === "string");
      const first = rest[0];
      if (first === undefined) return { line: hit.line };
      // The uncertainty's reason has its own column, apart from a line's reason.
      if (path.includes("uncertainty"))
        return { line: hit.line, column: first === "reason" ? "uncertaintyReason" : first };
      return { line: hit.line, column: columnOf(first, rest[1], path.includes("after")) };
    }
    return undefined;
  };
}

/** The column that holds a field of a line or measurement. */
function columnOf(field: string, sub: string | undefined, after: boolean): string {
  if (field === "period") return sub ?? "from";
  if (field === "rate") return sub === "per" ? "per" : "rate";
  if (field === "scores") return after ? "after" : "before";
  return field;
}

/**
 * Rewrites an issue's case-file path to the row and column it came from.
 *
 * @example
 * ```ts
 * const rows = parseCaseRows(table, { dialect: "nl", file });
 * try { evaluateCases(rows.file.cases, { catalog }); }
 * catch (e) { if (isInputError(e)) throw new InputError(e.issues.map((i) => relocate(i, rows.locate, { file }))); }
 * ```
 */
export function relocate(is: Issue, locate: CaseRows["locate"], f: { file?: string | undefined }): Issue {
  const at = locate(is.path);
  if (!at) return { ...is, ...f };
  return {
    ...is,
    path: at.column ? ["row", at.line, at.column] : ["row", at.line],
    message: `row ${at.line}${at.column ? `, column ${at.column}` : ""}: ${is.message}`,
    params: { ...is.params, row: at.line, ...(at.column ? { column: at.column } : {}) },
    ...f,
  };
}
