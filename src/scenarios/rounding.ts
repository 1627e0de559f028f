/**
 * Exact rational helpers for scenarios.
 * @internal
 */
import { type Ratio, ratio } from "../money/ratio.js";

/** @internal Rounds a ratio half-up (halves away from zero) to an integer. */
export function roundRatio(r: Ratio): bigint {
  const neg = r.n < 0n;
  const an = neg ? -r.n : r.n;
  let q = an / r.d;
  if ((an % r.d) * 2n >= r.d) q += 1n;
  return neg ? -q : q;
}

/**
 * @internal Rounds a ratio to an integer with halves toward +∞ (floor(r + ½)).
 * Unlike halves away from zero, this commutes with subtracting whole cents:
 * round(x − n) = round(x) − n, so an avoided cost rounded in one step equals
 * the engine's (weighted counterfactual rounded, then whole-cent lines taken off).
 */
export function roundRatioHalfUp(r: Ratio): bigint {
  // floor((2n + d) / 2d), with floor division for negatives
  const num = 2n * r.n + r.d;
  const den = 2n * r.d;
  const q = num / den;
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

/** @internal r^k for a non-negative integer k. */
export function powRatio(r: Ratio, k: number): Ratio {
  return ratio(r.n ** BigInt(k), r.d ** BigInt(k));
}

/** @internal 1 − r. */
export function oneMinus(r: Ratio): Ratio {
  return ratio(r.d - r.n, r.d);
}
