import type { CaseResult } from "../cases/types.js";
import { type Acc, foldInto, mergeInto, newAcc, snapshot } from "./state.js";
import type { GroupDimension, RollupAggregate } from "./types.js";

/** A mutable roll-up for folding many cases fast; read it out with {@link Rollup.aggregate}. */
export interface Rollup {
  readonly groupBy: readonly GroupDimension[];
  /** Folds one case result in. */
  add(result: CaseResult): void;
  /** Merges a partial aggregate (from another worker, file or engine) in. */
  merge(aggregate: RollupAggregate): void;
  /** The number of groups so far. */
  readonly groups: number;
  /** The state as a plain, canonical, JSON-serialisable aggregate. */
  aggregate(): RollupAggregate;
}

/**
 * Creates a roll-up accumulator: the fast way to fold many cases, in memory
 * proportional to the number of groups (integer cents and, for wellbeing, a
 * count per distinct delta; nothing per case). {@link foldCase} and
 * {@link mergeAggregates} are the same operations on plain values.
 *
 * @example
 * ```ts
 * const r = createRollup(["wijk"]);
 * for (const c of evaluation.cases) r.add(c);
 * const table = finalizeRollup(r.aggregate());
 * ```
 */
export function createRollup(groupBy: readonly GroupDimension[] = []): Rollup {
  const acc: Acc = newAcc(groupBy);
  return {
    groupBy: acc.groupBy,
    add: (result) => foldInto(acc, result),
    merge: (aggregate) => mergeInto(acc, aggregate),
    get groups() {
      return acc.groups.size;
    },
    aggregate: () => snapshot(acc),
  };
}
