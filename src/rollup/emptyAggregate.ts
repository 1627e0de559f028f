import { newAcc, snapshot } from "./state.js";
import type { GroupDimension, RollupAggregate } from "./types.js";

/**
 * The aggregate of no cases: the starting value of a fold, and the neutral
 * element of {@link mergeAggregates}.
 *
 * @example
 * ```ts
 * const agg = results.reduce(foldCase, emptyAggregate(["wijk", "quarter"]));
 * ```
 */
export function emptyAggregate(groupBy: readonly GroupDimension[] = []): RollupAggregate {
  return snapshot(newAcc(groupBy));
}
