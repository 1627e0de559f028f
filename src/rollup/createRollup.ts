import type { Evaluator } from "../cases/createEvaluator.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { finalizeRollup } from "./finalizeRollup.js";
import { type Acc, foldCaseFold, foldInto, mergeInto, newAcc, snapshot } from "./state.js";
import type { GroupDimension, RollupAggregate, RollupTable } from "./types.js";

/**
 * The roll-up: fold results in ({@link Rollup.add}), merge partial aggregates
 * from other workers or files ({@link Rollup.merge}), finalize into a table
 * ({@link Rollup.table}). Exact: any split and order gives the same table.
 */
export interface Rollup {
  /** The dimensions it groups by, e.g. `["wijk", "quarter"]`. */
  readonly groupBy: readonly GroupDimension[];
  /** Fold: adds one case result. */
  add(result: CaseResult): void;
  /**
   * Prices a case with `evaluator` and folds its cents in directly: no
   * result strings are made or read, so this is the fast way from cases to a
   * roll-up. Throws like `evaluator.evaluate` for a case that cannot be priced.
   */
  addCase(c: Case, evaluator: Evaluator): void;
  /** Merge: adds a partial aggregate (from another worker, file or engine); it must group the same way. */
  merge(aggregate: RollupAggregate): void;
  /** The number of groups so far. */
  readonly groups: number;
  /** The state as a plain, canonical, JSON-serialisable aggregate (to send to another worker, or store). */
  aggregate(): RollupAggregate;
  /** Finalizes: the table of rows per group and the total (`finalizeRollup` of the aggregate). */
  table(): RollupTable;
}

/**
 * Creates a roll-up: the one way to total cases per wijk, programme, period
 * or payer. Memory grows with the number of groups (integer cents and, for
 * wellbeing, a count per distinct delta; nothing per case), so a city's
 * cases stream through.
 *
 * @example
 * ```ts
 * const r = createRollup(["wijk"]);
 * for (const c of evaluateCases(file).cases) r.add(c);
 * // or straight from cases, without result strings: for (const c of cases) r.addCase(c, evaluator);
 * r.table().rows.map((row) => [row.by.wijk, row.netReturn]);
 * ```
 */
export function createRollup(groupBy: readonly GroupDimension[] = []): Rollup {
  const acc: Acc = newAcc(groupBy);
  return {
    groupBy: acc.groupBy,
    add: (result) => foldInto(acc, result),
    addCase(c, evaluator) {
      foldCaseFold(acc, c, evaluator.fold(c));
    },
    merge: (aggregate) => mergeInto(acc, aggregate),
    get groups() {
      return acc.groups.size;
    },
    aggregate: () => snapshot(acc),
    table: () => finalizeRollup(snapshot(acc)),
  };
}
