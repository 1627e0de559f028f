/**
 * Discounting a stream of yearly amounts and finding the payback period.
 * @internal
 */
import { type Cents, centsFromBigint } from "../money/cents.js";
import { discountFactorText } from "../money/discountCents.js";
import { type Ratio, ratio, ratioToFixed } from "../money/ratio.js";
import { paybackIn, presentValues } from "./discountFlows.js";

/** One year of a projection. */
export interface ProjectionYear {
  /** 1 for the first year. */
  readonly year: number;
  /** Avoided cost in that year (after adjustments and drop-off), cents. */
  readonly avoidedCost: Cents;
  /** 1 / (1 + r)^(year − 1), to 8 decimals (the computation uses the exact fraction). */
  readonly discountFactor: string;
  /** avoidedCost × discountFactor, rounded half-up to cents. */
  readonly presentValue: Cents;
  /** Sum of present values up to and including this year, cents. */
  readonly cumulativePresentValue: Cents;
}

/** A multi-year projection of avoided cost. */
export interface Projection {
  /** The number of years projected, e.g. `5`. */
  readonly horizon: number;
  /** The real discount rate per year, as decimal text, e.g. `"0.0225"`. */
  readonly discountRate: string;
  /** Each year's value, year 1 first. */
  readonly years: readonly ProjectionYear[];
  /** Sum of the years' (rounded) present values, cents. */
  readonly presentValue: Cents;
  /** The intervention cost, borne at the start of year 1 (not discounted), cents. */
  readonly interventionCost: Cents;
  /** presentValue − interventionCost, cents. */
  readonly netPresentValue: Cents;
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

/**
 * @internal Discounts yearly amounts in cents (year 1 first) at rate r, the intervention borne at the start
 * of year 1: the dated-flow discounting ({@link presentValues}, start timing) and its payback rule, told as
 * one amount's projection.
 */
export function discountYears(
  yearCents: readonly bigint[],
  interventionCents: bigint,
  rate: Ratio,
  rateText: string,
): Projection {
  const flows = yearCents.map((benefit, k) => ({ benefit, cost: k === 0 ? interventionCents : 0n }));
  const pvs = presentValues(flows, { r: rate }, "start");
  const years: ProjectionYear[] = [];
  let cum = 0n;
  let payback: string | undefined;
  pvs.forEach(({ benefit: pv }, k) => {
    payback ??= paybackIn(k, interventionCents - cum, pv);
    cum += pv;
    years.push({
      year: k + 1,
      avoidedCost: centsFromBigint(yearCents[k] as bigint),
      discountFactor: discountFactorText(rate, 2 * k, 8),
      presentValue: centsFromBigint(pv),
      cumulativePresentValue: centsFromBigint(cum),
    });
  });
  return {
    horizon: yearCents.length,
    discountRate: rateText,
    years,
    presentValue: centsFromBigint(cum),
    interventionCost: centsFromBigint(interventionCents),
    netPresentValue: centsFromBigint(cum - interventionCents),
    ...(interventionCents !== 0n ? { ratio: ratioToFixed(ratio(cum, interventionCents), 4) } : {}),
    ...(payback !== undefined ? { paybackYears: payback } : {}),
  };
}
