import type { Issue } from "../errors/issue.js";
import { amountsToText } from "../money/amountsToText.js";
import { type Cents, centsFromBigint } from "../money/cents.js";
import { discountCents, discountFactorText } from "../money/discountCents.js";
import { parseDecimal } from "../money/parseDecimal.js";
import { type Ratio, ratio, ratioToFixed } from "../money/ratio.js";

/**
 * When in a year its flows fall, for discounting:
 * - `start`: at the start of each year, so year 1 is not discounted and year t by (1 + r)^(t − 1);
 * - `mid`: half-way through each year, year t by (1 + r)^(t − ½) (the usual MKBA convention
 *   for flows spread over the year).
 */
export type DiscountTiming = "start" | "mid";

/** The discount timings, for validation and help texts. */
export const DISCOUNT_TIMINGS: readonly DiscountTiming[] = ["start", "mid"];

/** One year of benefits (avoided cost) and costs (intervention cost), in cents, year 1 first. */
export interface YearFlow {
  /** Avoided cost that falls in the year, in cents. */
  readonly benefit: bigint;
  /** Intervention cost that falls in the year, in cents. */
  readonly cost: bigint;
}

/** One discounted year. */
export interface DiscountedYear {
  /** 1 for the first year. */
  readonly year: number;
  /** The calendar year (or case year) it is, where the flows are dated. */
  readonly label?: number | undefined;
  /** The year's avoided cost, cents. */
  readonly benefit: Cents;
  /** The year's intervention cost, cents. */
  readonly cost: Cents;
  /** 1 / (1 + r)^t for the year's t under the timing, to 8 decimals (the computation is exact or 60 digits). */
  readonly discountFactor: string;
  /** The benefit discounted, rounded half-up to cents. */
  readonly benefitPresentValue: Cents;
  /** The cost discounted, rounded half-up to cents. */
  readonly costPresentValue: Cents;
  /** Σ (benefit PV − cost PV) up to and including this year, cents. */
  readonly cumulativeNetPresentValue: Cents;
}

/** Flows discounted year by year, with the convention and rate they were discounted at. */
export interface DiscountedFlows {
  /** The timing convention used. */
  readonly timing: DiscountTiming;
  /** The discount rate used, as given (e.g. `"0.0225"`, `"-0.01"`). */
  readonly discountRate: string;
  /** Every year, year 1 first. */
  readonly years: readonly DiscountedYear[];
  /** Σ of the years' rounded benefit present values, cents. */
  readonly benefitPresentValue: Cents;
  /** Σ of the years' rounded cost present values, cents. */
  readonly costPresentValue: Cents;
  /** benefitPresentValue − costPresentValue, cents. */
  readonly netPresentValue: Cents;
  /** benefitPresentValue / costPresentValue to 4 decimals; absent where the costs' present value is 0. */
  readonly benefitCostRatio?: string | undefined;
  /**
   * Years until the cumulative net present value reaches zero, value accruing evenly within a year,
   * to 2 decimals; `"0.00"` where nothing is spent and the first year does not lose; absent where
   * it is not reached within the years given.
   */
  readonly paybackYears?: string | undefined;
}

/** The lowest and highest discount rate accepted: −5% (below the Dutch risk-free rate) to 20%. */
export const DISCOUNT_RATE_BOUNDS = { low: "-0.05", high: "0.20" } as const;

/**
 * @internal Parses a discount rate from −0.05 to 0.20 (a decimal string or number, e.g. `"-0.01"`,
 * `0.0225`); a problem is pushed to `issues` with `path`.
 */
export function parseDiscountRate(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): { text: string; r: Ratio } | undefined {
  const p = typeof v === "string" || typeof v === "number" ? parseDecimal(v) : undefined;
  const r = p ? ratio(p.negative ? -p.units : p.units, 10n ** BigInt(p.scale)) : undefined;
  // −1/20 ≤ r ≤ 1/5, compared on integers.
  if (!r || r.n * 20n < -r.d || r.n * 5n > r.d) {
    const value = JSON.stringify(v) ?? String(v);
    const { low, high } = DISCOUNT_RATE_BOUNDS;
    issues.push({
      code: "invalid_rate",
      path,
      message: `${value} is not a discount rate from ${low} to ${high}`,
      expected: 'a decimal such as "0.0225" or "-0.01"',
      params: { rule: "discount", value, low, high },
    });
    return undefined;
  }
  return { text: typeof v === "number" ? String(v) : (v as string), r };
}

/**
 * @internal Discounts yearly flows of benefits and costs, each year by the moment its flows fall
 * under `timing`. Each present value is rounded half-up to cents; totals are sums of those.
 * `firstYear` labels year 1 (a calendar year or 1 for the first case year) in the result.
 */
export function discountFlows(
  flows: readonly YearFlow[],
  rate: { readonly text: string; readonly r: Ratio },
  timing: DiscountTiming,
  firstYear?: number | undefined,
): DiscountedFlows {
  return summariseDiscounted(flows, presentValues(flows, rate, timing), { rate, timing, firstYear });
}

/** @internal Each year's benefit and cost discounted under `timing` and rounded half-up to cents. */
export function presentValues(
  flows: readonly YearFlow[],
  rate: { readonly r: Ratio },
  timing: DiscountTiming,
): YearFlow[] {
  return flows.map((f, k) => {
    const halfYears = halfYearsOf(k, timing);
    return { benefit: discountCents(f.benefit, rate.r, halfYears), cost: discountCents(f.cost, rate.r, halfYears) };
  });
}

const halfYearsOf = (k: number, timing: DiscountTiming): number => (timing === "start" ? 2 * k : 2 * k + 1);

/**
 * @internal Totals, ratio and payback of flows whose years are already discounted (`pv`, rounded cents, one per
 * year of `flows`): so that sums of several payers' discounted years keep their totals exact sums.
 */
export function summariseDiscounted(
  flows: readonly YearFlow[],
  pv: readonly YearFlow[],
  how: {
    readonly rate: { readonly text: string; readonly r: Ratio };
    readonly timing: DiscountTiming;
    readonly firstYear?: number | undefined;
  },
): DiscountedFlows {
  const years: DiscountedYear[] = [];
  let pvB = 0n;
  let pvC = 0n;
  let payback: string | undefined;
  flows.forEach((f, k) => {
    const { benefit: b, cost: c } = pv[k] as YearFlow;
    if (payback === undefined) payback = paybackIn(k, pvC + c - pvB, b);
    pvB += b;
    pvC += c;
    years.push({
      year: k + 1,
      ...(how.firstYear !== undefined ? { label: how.firstYear + k } : {}),
      benefit: centsFromBigint(f.benefit),
      cost: centsFromBigint(f.cost),
      discountFactor: discountFactorText(how.rate.r, halfYearsOf(k, how.timing), 8),
      benefitPresentValue: centsFromBigint(b),
      costPresentValue: centsFromBigint(c),
      cumulativeNetPresentValue: centsFromBigint(pvB - pvC),
    });
  });
  return {
    timing: how.timing,
    discountRate: how.rate.text,
    years,
    benefitPresentValue: centsFromBigint(pvB),
    costPresentValue: centsFromBigint(pvC),
    netPresentValue: centsFromBigint(pvB - pvC),
    ...(pvC !== 0n ? { benefitCostRatio: ratioToFixed(ratio(pvB, pvC), 4) } : {}),
    ...(payback !== undefined ? { paybackYears: payback } : {}),
  };
}

/**
 * @internal The payback moment in year k + 1, if reached there. A year's costs are borne at its start and its
 * benefits accrue evenly over it (the convention of a single up-front intervention cost, generalised);
 * `shortfall` is what the benefits must still make up once the year's costs are borne.
 */
export function paybackIn(k: number, shortfall: bigint, benefit: bigint): string | undefined {
  if (shortfall <= 0n) {
    // Nothing to make up: at once, unless the first year already loses money (a loss is not a payback).
    if (k === 0) return benefit >= 0n ? "0.00" : undefined;
    return ratioToFixed(ratio(k), 2);
  }
  if (benefit <= 0n || benefit < shortfall) return undefined;
  return ratioToFixed(ratio(BigInt(k) * benefit + shortfall, benefit), 2);
}

/** A {@link DiscountedYear} as written to a file: amounts as two-decimal euro strings. */
export interface DiscountedYearJson
  extends Omit<
    DiscountedYear,
    "benefit" | "cost" | "benefitPresentValue" | "costPresentValue" | "cumulativeNetPresentValue"
  > {
  /** The year's avoided cost, e.g. `"1000.00"`. */
  readonly benefit: string;
  /** The year's intervention cost. */
  readonly cost: string;
  /** The benefit discounted. */
  readonly benefitPresentValue: string;
  /** The cost discounted. */
  readonly costPresentValue: string;
  /** Σ (benefit PV − cost PV) up to and including this year. */
  readonly cumulativeNetPresentValue: string;
}

/** {@link DiscountedFlows} as written to a file. */
export interface DiscountedFlowsJson
  extends Omit<DiscountedFlows, "years" | "benefitPresentValue" | "costPresentValue" | "netPresentValue"> {
  /** Every year, year 1 first. */
  readonly years: readonly DiscountedYearJson[];
  /** Σ of the years' rounded benefit present values, e.g. `"1782.40"`. */
  readonly benefitPresentValue: string;
  /** Σ of the years' rounded cost present values. */
  readonly costPresentValue: string;
  /** benefitPresentValue − costPresentValue. */
  readonly netPresentValue: string;
}

/**
 * Discounted flows as written to a file, keys in their order.
 *
 * @example
 * ```ts
 * discountedFlowsToJson(whatIfResult.projection.budget).netPresentValue; // e.g. "2394.54"
 * ```
 */
export function discountedFlowsToJson(d: DiscountedFlows): DiscountedFlowsJson {
  return {
    ...amountsToText(d, ["benefitPresentValue", "costPresentValue", "netPresentValue"]),
    years: d.years.map((y) =>
      amountsToText(y, ["benefit", "cost", "benefitPresentValue", "costPresentValue", "cumulativeNetPresentValue"]),
    ),
  };
}
