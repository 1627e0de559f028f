/**
 * Discounting a stream of yearly amounts and finding the payback period.
 * @internal
 */
import { centsToString } from "../money/cents.js";
import { type Ratio, ratio, ratioToFixed } from "../money/ratio.js";
import { powRatio, roundRatio } from "./rounding.js";

/** One year of a projection. */
export interface ProjectionYear {
  /** 1 for the first year. */
  readonly year: number;
  /** Avoided cost in that year (after adjustments and drop-off), euros. */
  readonly avoidedCost: string;
  /** 1 / (1 + r)^(year − 1), to 8 decimals (the computation uses the exact fraction). */
  readonly discountFactor: string;
  /** avoidedCost × discountFactor, rounded half-up to cents. */
  readonly presentValue: string;
  /** Sum of present values up to and including this year. */
  readonly cumulativePresentValue: string;
}

/** A multi-year projection of avoided cost. */
export interface Projection {
  /** The number of years projected, e.g. `5`. */
  readonly horizon: number;
  /** The real discount rate per year, as decimal text, e.g. `"0.0225"`. */
  readonly discountRate: string;
  /** Each year's value, year 1 first. */
  readonly years: readonly ProjectionYear[];
  /** Sum of the years' (rounded) present values. */
  readonly presentValue: string;
  /** The intervention cost, borne at the start of year 1 (not discounted). */
  readonly interventionCost: string;
  /** presentValue − interventionCost. */
  readonly netPresentValue: string;
  /** presentValue / interventionCost to 4 decimals; absent where the intervention cost is 0. */
  readonly ratio?: string | undefined;
  /**
   * Years until the cumulative present value reaches the intervention cost,
   * assuming value accrues evenly within a year: (t − 1) + (I − S(t−1)) / PV(t),
   * to 2 decimals, rounded half-up; absent where it is not reached within the horizon.
   * "0.00" where the intervention cost is 0, unless the first year's value is negative.
   */
  readonly paybackYears?: string | undefined;
}

/** @internal Discounts yearly amounts in cents (year 1 first) at rate r. */
export function discountYears(
  yearCents: readonly bigint[],
  interventionCents: bigint,
  rate: Ratio,
  rateText: string,
): Projection {
  const growth = ratio(rate.d + rate.n, rate.d);
  const years: ProjectionYear[] = [];
  const pvs: bigint[] = [];
  let cum = 0n;
  // Nothing spent pays back at once, unless the first year already loses money: a loss is not a payback.
  let payback: string | undefined = interventionCents <= 0n && (yearCents[0] ?? 0n) >= 0n ? "0.00" : undefined;
  yearCents.forEach((v, k) => {
    const factor = powRatio(growth, k);
    const inv = ratio(factor.d, factor.n);
    const pv = roundRatio(ratio(v * inv.n, inv.d));
    const before = cum;
    cum += pv;
    pvs.push(pv);
    if (payback === undefined && cum >= interventionCents && pv > 0n)
      payback = ratioToFixed(ratio(BigInt(k) * pv + (interventionCents - before), pv), 2);
    years.push({
      year: k + 1,
      avoidedCost: centsToString(v),
      discountFactor: ratioToFixed(inv, 8),
      presentValue: centsToString(pv),
      cumulativePresentValue: centsToString(cum),
    });
  });
  return {
    horizon: yearCents.length,
    discountRate: rateText,
    years,
    presentValue: centsToString(cum),
    interventionCost: centsToString(interventionCents),
    netPresentValue: centsToString(cum - interventionCents),
    ...(interventionCents !== 0n ? { ratio: ratioToFixed(ratio(cum, interventionCents), 4) } : {}),
    ...(payback !== undefined ? { paybackYears: payback } : {}),
  };
}
