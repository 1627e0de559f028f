import type { CaseResult } from "../cases/types.js";
import { foldInto, mergeInto, newAcc, snapshot } from "./state.js";
import type { RollupAggregate } from "./types.js";

/**
 * Folds one case result into an aggregate and returns the new aggregate (the
 * argument is not changed). Pure and exact; it rebuilds the aggregate on every
 * call, so for many cases use {@link createRollup} or {@link foldAsync},
 * which give the identical value.
 *
 * @example
 * ```ts
 * let agg = emptyAggregate(["wijk"]);
 * for (const r of evaluation.cases) agg = foldCase(agg, r);
 * ```
 */
export function foldCase(aggregate: RollupAggregate, result: CaseResult): RollupAggregate {
  const acc = newAcc(aggregate.groupBy);
  mergeInto(acc, aggregate);
  foldInto(acc, result);
  return snapshot(acc);
}
