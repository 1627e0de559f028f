import type { Evaluator } from "../cases/createEvaluator.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { type Acc, caseFromTotals, foldInto, foldParsed, mergeInto, newAcc, snapshot } from "./state.js";
import type { GroupDimension, RollupAggregate } from "./types.js";

/** A mutable roll-up for folding many cases fast; read it out with {@link Rollup.aggregate}. */
export interface Rollup {
  readonly groupBy: readonly GroupDimension[];
  /** Folds one case result in. */
  add(result: CaseResult): void;
  /**
   * Prices a case with `evaluator` and folds its cents in directly: no
   * result strings are made or read, so this is the fast way from cases to a
   * roll-up. Throws like `evaluator.evaluate` for a case that cannot be priced.
   */
  addCase(c: Case, evaluator: Evaluator): void;
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
 * // or straight from cases: for (const c of cases) r.addCase(c, evaluator);
 * const table = finalizeRollup(r.aggregate());
 * ```
 */
export function createRollup(groupBy: readonly GroupDimension[] = []): Rollup {
  const acc: Acc = newAcc(groupBy);
  return {
    groupBy: acc.groupBy,
    add: (result) => foldInto(acc, result),
    addCase(c, evaluator) {
      const f = evaluator.figures(c);
      foldParsed(acc, caseFromTotals(c, f.stamp, f.totals, f.wellbeing));
    },
    merge: (aggregate) => mergeInto(acc, aggregate),
    get groups() {
      return acc.groups.size;
    },
    aggregate: () => snapshot(acc),
  };
}
