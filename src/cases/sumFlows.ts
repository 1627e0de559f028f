import type { YearBasis } from "../periods/yearSpans.js";
import type { caseFlows } from "./caseFlows.js";
import type { Evaluator } from "./createEvaluator.js";
import type { CaseFlows, YearFlows } from "./flowTypes.js";
import { addPayerSums, emptyPayerSums, type PayerSums } from "./foldLines.js";

/** The flows of many cases added up per year and payer. */
export interface SummedFlows {
  /** The cases' common basis. */
  readonly basis: YearBasis;
  /** Every year from the first to the last of any case, ascending; every payer of any case in each, sorted. */
  readonly years: readonly YearFlows[];
}

/**
 * Adds up the per-year flows of many cases (from {@link Evaluator.flows} or {@link caseFlows}), exactly,
 * per year and payer. With basis `case`, year 1 is each case's own first year. Throws a `RangeError`
 * when the flows were cut on different bases.
 *
 * @example
 * ```ts
 * const ev = createEvaluator({ catalog: bundledCatalog() });
 * const total = sumFlows(cases.map((c) => ev.flows(c, "calendar")));
 * total.years[0]?.payers.get("gemeente")?.counterfactualCost; // cents of the first year, all cases
 * ```
 */
export function sumFlows(flows: readonly CaseFlows[], basis: YearBasis = flows[0]?.basis ?? "calendar"): SummedFlows {
  const byYear = new Map<number, Map<string, PayerSums>>();
  const payers = new Set<string>();
  for (const f of flows) {
    if (f.basis !== basis) throw new RangeError(`flows of case ${f.id} are per ${f.basis} year, not per ${basis} year`);
    for (const y of f.years) {
      let m = byYear.get(y.year);
      if (!m) {
        m = new Map();
        byYear.set(y.year, m);
      }
      for (const [payer, sums] of y.payers) {
        payers.add(payer);
        let to = m.get(payer);
        if (!to) {
          to = emptyPayerSums();
          m.set(payer, to);
        }
        addPayerSums(to, sums);
      }
    }
  }
  if (byYear.size === 0) return { basis, years: [] };
  const keys = [...byYear.keys()];
  const sorted = [...payers].sort();
  const years: YearFlows[] = [];
  for (let y = Math.min(...keys); y <= Math.max(...keys); y++) {
    const m = byYear.get(y);
    years.push({ year: y, payers: new Map(sorted.map((p) => [p, m?.get(p) ?? emptyPayerSums()])) });
  }
  return { basis, years };
}
