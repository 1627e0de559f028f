/**
 * Exact rational helpers for scenarios.
 * @internal
 */
import { type Ratio, ratio } from "../money/ratio.js";
import { divideRounded } from "../money/rounding.js";

/** @internal Rounds a ratio half-up (halves away from zero) to an integer. */
export function roundRatio(r: Ratio): bigint {
  return divideRounded(r.n, r.d, "halfUp");
}

/**
 * @internal Rounds a ratio to an integer with halves toward +∞ (floor(r + ½)).
 * Unlike halves away from zero, this commutes with subtracting whole cents:
 * round(x − n) = round(x) − n, so an avoided cost rounded in one step equals
 * the engine's (weighted counterfactual rounded, then whole-cent lines taken off).
 */
export function roundRatioHalfUp(r: Ratio): bigint {
  return divideRounded(r.n, r.d, "halfCeil");
}

/** @internal r^k for a non-negative integer k. */
export function powRatio(r: Ratio, k: number): Ratio {
  return ratio(r.n ** BigInt(k), r.d ** BigInt(k));
}

/** @internal 1 − r. */
export function oneMinus(r: Ratio): Ratio {
  return ratio(r.d - r.n, r.d);
}
