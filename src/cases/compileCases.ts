/**
 * Cases compiled once into one line set for repeated exact evaluation.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { type CaseTotals, createFolder, foldLines } from "./foldLines.js";
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
  /** Exact totals of case `i`, in integer cents. */
  totals(i: number): CaseTotals;
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
  return {
    length: cases.length,
    lines: set.length,
    totals: (i) => foldLines(set, folder, shapes[i] as CaseShape),
  };
}
