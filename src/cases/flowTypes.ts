import type { YearBasis } from "../periods/yearSpans.js";
import type { CaseTotals, PayerSums } from "./foldLines.js";

/** One year of a case's dated cash flows: the sums of the lines (or parts of lines) that fall in it. */
export interface YearFlows {
  /** The calendar year (2026), or the case year (1 for the year that starts on the case's start). */
  readonly year: number;
  /**
   * Per payer, in integer cents: counterfactual, actual and intervention cost in the budget lens and
   * the societal lens (transfers left out). Every payer of the case is present in every year
   * (zeros where nothing falls), payers sorted.
   */
  readonly payers: ReadonlyMap<string, PayerSums>;
}

/**
 * A case's cost per year: each priced line's rounded cost shared over the years by largest remainder,
 * in proportion to its exact quantity in each year. Per payer, side and lens the years add up exactly
 * to the case's totals ({@link CaseTotals}).
 */
export interface CaseFlows {
  /** The case's id. */
  readonly id: string;
  /** How the years are counted: `calendar` years or years since the case's `start` (`case`). */
  readonly basis: YearBasis;
  /** The case's start, `YYYY-MM-DD`: case year 1 begins on it. */
  readonly start: string;
  /** Every year from the first in which a line falls through the last, ascending (years between included). */
  readonly years: readonly YearFlows[];
}
