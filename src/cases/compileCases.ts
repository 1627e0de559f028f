/**
 * Cases compiled once into one line set for repeated exact evaluation.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { type CaseTotals, type CaseTotalsBuffer, createFolder, type Folder, foldInto, foldLines } from "./foldLines.js";
import { type CaseShape, compileCase, createLineSet, type LineSet } from "./lineSet.js";
import type { PriceTable } from "./priceTable.js";
import type { Case } from "./schema.js";

/**
 * Cases compiled once for exact evaluation many times: every line's exact
 * quantity (a fraction), unit price, payer and flags in flat typed arrays,
 * the same lines `Evaluator.evaluate` and `Evaluator.totals` compile one case
 * at a time, so `totals(i)` is a tight integer loop with the same result.
 */
export interface CompiledCases {
  /** Number of cases. */
  readonly length: number;
  /** Number of priced lines. */
  readonly lines: number;
  /** The payers of every line, by index: `payers[p]` is the payer whose sums a buffer holds at `p * 6`. */
  readonly payers: readonly string[];
  /** Exact totals of case `i`, in integer cents. */
  totals(i: number): CaseTotals;
  /**
   * Memory for {@link CompiledCases.totalsInto}, sized for these cases' payers.
   * One per loop (or per thread); reuse it for every case.
   */
  createTotalsBuffer(): CaseTotalsBuffer;
  /**
   * Exact totals of case `i` written into `buffer`, the same cents as
   * `totals(i)` without allocating: the kernel a city-wide loop calls.
   *
   * @example
   * ```ts
   * const compiled = evaluator.compile(cases);
   * const buf = compiled.createTotalsBuffer();
   * let counterfactual = 0;
   * for (let i = 0; i < compiled.length; i++) {
   *   compiled.totalsInto(i, buf);
   *   for (let t = 0; t < buf.touchedCount; t++) counterfactual += buf.sums[buf.touched[t] * 6];
   * }
   * ```
   */
  totalsInto(i: number, buffer: CaseTotalsBuffer): void;
}

/** @internal The compiled lines of many cases: case `i` is `shapes[i]` of `set`, priced with `tables[i]`. */
export interface CompiledLines {
  readonly set: LineSet;
  readonly shapes: readonly CaseShape[];
  readonly tables: readonly (PriceTable | undefined)[];
  /** Problems of any case, with paths `cases[i]…`. */
  readonly issues: readonly Issue[];
}

/** @internal Every case of `cases` compiled into `set`; issues with paths `cases[i]…`. */
export function compileAll(
  cases: readonly Case[],
  tableFor: (c: Case) => PriceTable,
  set: LineSet = createLineSet(1024),
): CompiledLines {
  const issues: Issue[] = [];
  const shapes: CaseShape[] = [];
  const tables: (PriceTable | undefined)[] = [];
  cases.forEach((c, ci) => {
    const at = (i: Issue): Issue => (i.file !== undefined ? i : { ...i, path: ["cases", ci, ...i.path] });
    let table: PriceTable;
    try {
      table = tableFor(c);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues.map(at));
      shapes.push({ from: set.length, to: set.length, counterfactualLines: 0, ok: false });
      tables.push(undefined);
      return;
    }
    const own: Issue[] = [];
    shapes.push(compileCase(set, c, table, own));
    tables.push(table);
    issues.push(...own.map(at));
  });
  return { set, shapes, tables, issues };
}

/** @internal Compiles cases against the tables an evaluator chose for them. */
export function compileCases(cases: readonly Case[], tableFor: (c: Case) => PriceTable): CompiledCases {
  const { set, shapes, issues } = compileAll(cases, tableFor);
  if (issues.length > 0) throw new InputError(issues);
  const folder = createFolder();
  const buffers = new WeakSet<CaseTotalsBuffer>();
  return {
    length: cases.length,
    lines: set.length,
    payers: set.payers,
    totals: (i) => foldLines(set, folder, shapes[i] as CaseShape),
    createTotalsBuffer() {
      const b = createFolder(Math.max(1, set.payers.length));
      buffers.add(b);
      return b;
    },
    totalsInto(i, buffer) {
      // Only a buffer of these cases has room for their payers (and the kernel's scratch fields).
      if (!buffers.has(buffer))
        throw new TypeError("totalsInto needs a buffer from this compile's createTotalsBuffer()");
      foldInto(set, buffer as Folder, shapes[i] as CaseShape);
    },
  };
}
