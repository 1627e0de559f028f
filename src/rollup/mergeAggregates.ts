import { InputError } from "../errors/InputError.js";
import { mergeInto, newAcc, snapshot } from "./state.js";
import type { RollupAggregate } from "./types.js";

/**
 * Merges partial aggregates into one. Exact, associative and commutative: the
 * merge of the aggregates of any split of a set of cases is identical (to the
 * byte, as JSON) to the aggregate of the whole set.
 *
 * @throws {@link InputError} when the aggregates are grouped differently.
 *
 * @example
 * ```ts
 * const whole = mergeAggregates(fromWorker1, fromWorker2, fromWorker3);
 * ```
 */
export function mergeAggregates(first: RollupAggregate, ...rest: readonly RollupAggregate[]): RollupAggregate {
  if (first === undefined)
    throw new InputError([
      { code: "invalid_aggregate", path: [], message: "nothing to merge", params: { rule: "nothing" } },
    ]);
  const acc = newAcc(first.groupBy);
  mergeInto(acc, first);
  for (const a of rest) mergeInto(acc, a);
  return snapshot(acc);
}
