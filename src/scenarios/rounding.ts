/**
 * Exact rational helpers for scenarios.
 * @internal
 */
import { ratio, type Ratio } from "../money/ratio.js";

/** @internal Rounds a ratio half-up (halves away from zero) to an integer. */
export function roundRatio(r: Ratio): bigint {
  const neg = r.n < 0n;
  const an = neg ? -r.n : r.n;
  let q = an / r.d;
  if ((an % r.d) * 2n >= r.d) q += 1n;
  return neg ? -q : q;
}

/** @internal r^k for a non-negative integer k. */
export function powRatio(r: Ratio, k: number): Ratio {
  return ratio(r.n ** BigInt(k), r.d ** BigInt(k));
}

/** @internal 1 − r. */
export function oneMinus(r: Ratio): Ratio {
  return ratio(r.d - r.n, r.d);
}
