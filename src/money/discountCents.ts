import { D } from "./decimal.js";
import { type Ratio, ratio, ratioToFixed } from "./ratio.js";
import { divideRounded } from "./rounding.js";

/**
 * @internal `cents / (1 + rate)^(halfYears / 2)`, rounded half-up to whole cents.
 *
 * A whole number of years is discounted exactly on integers. A half year
 * (mid-year timing) needs a square root, which no fraction holds: it is taken
 * with 60 significant digits, far below a cent for any amount rendement accepts.
 *
 * @example
 * ```ts
 * discountCents(10800n, { n: 8n, d: 100n }, 2); // 10000n: one year at 8%
 * discountCents(10000n, { n: 8n, d: 100n }, 1); // 9623n: half a year
 * ```
 */
export function discountCents(cents: bigint, rate: Ratio, halfYears: number): bigint {
  const whole = BigInt(Math.floor(halfYears / 2));
  const growthN = rate.d + rate.n;
  if (halfYears % 2 === 0) return divideRounded(cents * rate.d ** whole, growthN ** whole, "halfUp");
  const factor = discountFactor(rate, halfYears);
  return BigInt(D(cents.toString()).times(factor).toDecimalPlaces(0, D.ROUND_HALF_UP).toFixed(0));
}

/**
 * @internal The discount factor `1 / (1 + rate)^(halfYears / 2)` as decimal
 * text with `places` decimals (half-up), for reports and the trail.
 *
 * @example
 * ```ts
 * discountFactorText({ n: 8n, d: 100n }, 2, 8); // "0.92592593"
 * ```
 */
export function discountFactorText(rate: Ratio, halfYears: number, places: number): string {
  // Whole years are an exact fraction; only a half year needs the square root.
  if (halfYears % 2 === 0) {
    const w = BigInt(halfYears / 2);
    return ratioToFixed(ratio(rate.d ** w, (rate.d + rate.n) ** w), places);
  }
  return discountFactor(rate, halfYears).toFixed(places, D.ROUND_HALF_UP);
}

function discountFactor(rate: Ratio, halfYears: number): InstanceType<typeof D> {
  const growth = D(rate.d.toString()).plus(rate.n.toString()).div(rate.d.toString());
  return D(1).div(growth.sqrt().pow(halfYears));
}
