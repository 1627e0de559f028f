import type { Evaluator } from "../../cases/createEvaluator.js";
import type { Case } from "../../cases/schema.js";
import type { AvoidedInYear } from "./compareSpending.js";

/**
 * The avoided cost of every case per calendar year and payer (budget lens), from the engine's dated
 * flows: counterfactual − actual other than the intervention, in the year each line's cost falls.
 * What {@link compareSpending} sets beside observed spending.
 *
 * @example
 * ```ts
 * const avoided = avoidedByYear(cases, createEvaluator({ catalog: bundledCatalog() }));
 * compareSpending(spendingFile, avoided).comparisons[0]?.years;
 * ```
 */
export function avoidedByYear(cases: readonly Case[], evaluator: Evaluator): AvoidedInYear[] {
  const out: AvoidedInYear[] = [];
  for (const c of cases)
    for (const y of evaluator.flows(c, "calendar").years)
      for (const [payer, s] of y.payers) {
        const avoidedCost = s.counterfactualCost - s.actualCost + s.interventionCost;
        out.push({
          wijk: c.wijk,
          ...(c.programme !== undefined ? { programme: c.programme } : {}),
          payer,
          year: y.year,
          avoidedCost,
        });
      }
  return out;
}
