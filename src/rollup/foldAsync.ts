import type { Evaluator } from "../cases/createEvaluator.js";
import { overflowIssue } from "../cases/overflowIssue.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError, isInputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { MoneyOverflowError } from "../money/cents.js";
import { createRollup } from "./createRollup.js";
import type { GroupDimension, RollupAggregate } from "./types.js";

/** Options of {@link foldAsync}. */
export interface FoldOptions {
  readonly groupBy?: readonly GroupDimension[] | undefined;
  /** Prices items that are cases rather than results (see `createEvaluator`). */
  readonly evaluator?: Evaluator | undefined;
  /** Named in the issues of cases that cannot be priced. */
  readonly file?: string | undefined;
  /**
   * Where the index-th item (from 0, in stream order) is in the input, for
   * the issues of a case that cannot be priced; default `["cases", index]`.
   * A JSON-lines reader gives the line (see `readCasesJsonLines`' `onLine`).
   */
  readonly path?: ((index: number) => readonly (string | number)[]) | undefined;
}

function isResult(x: CaseResult | Case): x is CaseResult {
  return typeof (x as CaseResult).counterfactualCost === "number";
}

/**
 * Folds a stream of case results, or of cases priced on the way with an
 * evaluator, into an aggregate, one at a time: memory grows with the number
 * of groups, not of cases, so a file of millions of cases streams through
 * (see `readCasesJsonLines` in `rendement/node`). Cases that cannot be priced
 * are all reported together (`cases[i]…`, i counting from 0 in stream order)
 * and no aggregate is returned.
 *
 * @example
 * ```ts
 * const ev = createEvaluator({ catalog: bundledCatalog(), instruments: loadInstruments() });
 * const agg = await foldAsync(readCasesJsonLines("cases.jsonl"), { groupBy: ["wijk"], evaluator: ev });
 * const table = finalizeRollup(agg);
 * ```
 */
export async function foldAsync(
  source: AsyncIterable<CaseResult | Case> | Iterable<CaseResult | Case>,
  options: FoldOptions = {},
): Promise<RollupAggregate> {
  const rollup = createRollup(options.groupBy ?? []);
  const issues: Issue[] = [];
  const file = options.file !== undefined ? { file: options.file } : {};
  let i = 0;
  try {
    for await (const item of source) {
      const index = i++;
      if (isResult(item)) {
        if (issues.length === 0) rollup.add(item);
        continue;
      }
      if (!options.evaluator)
        throw new TypeError("foldAsync: a case (not a result) needs options.evaluator to be priced");
      try {
        // Once a case has failed no aggregate is returned: the rest are only checked.
        if (issues.length === 0) rollup.addCase(item, options.evaluator);
        else options.evaluator.fold(item);
      } catch (e) {
        const at = options.path ? options.path(index) : ["cases", index];
        if (e instanceof MoneyOverflowError) issues.push(overflowIssue(e, at, options.file));
        else if (!isInputError(e)) throw e;
        else for (const issue of e.issues) issues.push({ ...issue, path: [...at, ...issue.path], ...file });
      }
    }
  } catch (e) {
    // A reader's own problems (e.g. invalid lines) join the pricing problems.
    if (!isInputError(e)) throw e;
    throw new InputError([...e.issues, ...issues]);
  }
  if (issues.length > 0) throw new InputError(issues);
  return rollup.aggregate();
}
