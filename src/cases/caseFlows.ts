import type { YearBasis } from "../periods/yearSpans.js";
import { bundledCatalog } from "../pricelists/bundledCatalog.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import type { Case } from "./caseTypes.js";
import { createEvaluator, type Evaluator, type EvaluatorOptions } from "./createEvaluator.js";
import type { CaseFlows } from "./flowTypes.js";

/** Options of {@link caseFlows}. */
export interface CaseFlowsOptions extends Omit<EvaluatorOptions, "catalog" | "trail" | "overrides"> {
  /** The lists and index series to price with. Default: the bundled ones (`bundledCatalog()`). */
  readonly catalog?: PriceListCatalog | undefined;
  /** `calendar` (years 2026, 2027, …; the default) or `case` (years 1, 2, … counted from the case's start). */
  readonly basis?: YearBasis | undefined;
}

/**
 * One case's cost per year, priced by the same engine as `evaluateCases`: per year, payer, side
 * (counterfactual, actual, the intervention apart) and lens (budget; societal without transfers), in
 * integer cents. Each line's rounded cost is shared over the years it runs by largest remainder in
 * proportion to its exact quantity in each year (a line without a period falls in the year of its
 * `date`, else of the case's start), and a weighted counterfactual is shared after weighting, so the
 * years add up exactly to the case's totals. For many cases, create one evaluator and call
 * {@link Evaluator.flows}; `sumFlows` adds cases up.
 *
 * Throws `InputError` (paths relative to the case) when the case cannot be priced.
 *
 * @example
 * ```ts
 * const c = parseCase({
 *   id: "c1", wijk: "Ruwaard", start: "2026-01-01",
 *   counterfactual: [{ amount: "500000.00", per: "year", period: { from: "2026-01-01", through: "2027-12-31" },
 *     description: "opvang", payer: "gemeente", domain: "wmo", reason: "zonder aanpak" }],
 *   actual: [],
 * });
 * const f = caseFlows(c, { basis: "calendar" });
 * f.years.map((y) => [y.year, y.payers.get("gemeente")?.counterfactualCost]); // [[2026, 50000000], [2027, 50000000]]
 * ```
 */
export function caseFlows(c: Case, options: CaseFlowsOptions = {}): CaseFlows {
  const { catalog, basis, ...rest } = options;
  return createEvaluator({ ...rest, catalog: catalog ?? bundledCatalog() }).flows(c, basis);
}
