import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { amountIssue, amountToCents } from "../money/parseDecimal.js";
import { type Ratio, ratio } from "../money/ratio.js";
import { parseRate } from "./adjustments.js";
import { discountYears, type Projection } from "./discountYears.js";
import { oneMinus, powRatio, roundRatio } from "./rounding.js";

/**
 * The Dutch discount rate for social cost-benefit analysis: 2.25% real (werkgroep discontovoet 2020).
 *
 * @example
 * ```ts
 * projectValue({ avoidedCost: "1000.00", interventionCost: "500.00", horizon: 3 }); // discounted at DEFAULT_DISCOUNT_RATE
 * ```
 */
export const DEFAULT_DISCOUNT_RATE = "0.0225";

/** Input of {@link projectValue}. */
export interface ProjectValueInput {
  /** Avoided cost in the first year (after any SROI adjustments), euros. */
  readonly avoidedCost: string;
  /** The intervention cost, borne at the start of year 1, euros. */
  readonly interventionCost: string;
  /** Share of the avoided cost lost each year after the first (default 0). */
  readonly dropOff?: string | number | undefined;
  /** Real discount rate (default 0.0225). */
  readonly discountRate?: string | number | undefined;
  /** Number of years, 1 to 100 (default 1). */
  readonly horizon?: number | undefined;
}

/** @internal Validates a horizon. */
export function checkHorizon(h: unknown, path: readonly (string | number)[], issues: Issue[]): number {
  if (typeof h !== "number" || !Number.isInteger(h) || h < 1 || h > 100) {
    const value = JSON.stringify(h) ?? String(h);
    issues.push({
      code: "invalid_horizon",
      path,
      message: `the horizon must be a whole number of years from 1 to 100 (got ${value})`,
      expected: "e.g. 5",
      params: { value },
    });
    return 1;
  }
  return h;
}

/** @internal Validates a discount rate (0 to 1). */
export function checkDiscountRate(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): { text: string; r: Ratio } {
  return parseRate(v ?? DEFAULT_DISCOUNT_RATE, path, issues) ?? { text: DEFAULT_DISCOUNT_RATE, r: ratio(225, 10000) };
}

/**
 * Projects a first year's avoided cost over a horizon: year t avoids
 * B × (1 − dropOff)^(t−1), rounded half-up to cents; its present value is
 * that amount / (1 + r)^(t−1), rounded half-up to cents (year 1 is the base
 * year, undiscounted, like the intervention cost at its start). Returns the
 * present value (the sum of the rounded years), the net present value and the
 * payback period. Exact arithmetic throughout.
 *
 * @throws {@link InputError} for amounts or rates that are not valid.
 *
 * @example
 * ```ts
 * const p = projectValue({ avoidedCost: "1000.00", interventionCost: "1500.00", dropOff: "0.2", horizon: 3 });
 * p.years.map((y) => y.presentValue); // [100000, 78240, 61214] (cents)
 * p.presentValue;  // 239454; projectionToJson(p).presentValue is "2394.54"
 * p.paybackYears;  // "1.64"
 * ```
 */
export function projectValue(input: ProjectValueInput): Projection {
  const issues: Issue[] = [];
  const a = amountIssue(input.avoidedCost, { allowNegative: true });
  if (a) issues.push({ code: "invalid_amount", path: ["avoidedCost"], ...a });
  const i = amountIssue(input.interventionCost);
  if (i) issues.push({ code: "invalid_amount", path: ["interventionCost"], ...i });
  const drop = parseRate(input.dropOff ?? "0", ["dropOff"], issues);
  const rate = checkDiscountRate(input.discountRate, ["discountRate"], issues);
  const horizon = checkHorizon(input.horizon ?? 1, ["horizon"], issues);
  if (issues.length > 0) throw new InputError(issues);
  const b = BigInt(amountToCents(input.avoidedCost));
  const keep = oneMinus((drop as { r: Ratio }).r);
  const years = Array.from({ length: horizon }, (_, k) => {
    const f = powRatio(keep, k);
    return roundRatio(ratio(b * f.n, f.d));
  });
  return discountYears(years, BigInt(amountToCents(input.interventionCost)), rate.r, rate.text);
}
