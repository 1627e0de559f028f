/**
 * The cost of one line, exact: amount (integer cents) × quantity (an exact
 * fraction n/d), rounded half-up to whole cents.
 *
 * Two implementations that must agree to the cent (a property test proves
 * it): an integer fast path for the common case, where every intermediate is
 * a safe integer, and decimal.js for everything else and for audit trails.
 * @internal
 */

import { MoneyOverflowError } from "../money/cents.js";
import { D } from "../money/decimal.js";
import { mulCentsRound } from "../money/ratio.js";

/** @internal Returns the rounded cost in cents, or NaN when an intermediate would not be exact. */
export function fastCost(cents: number, n: number, d: number): number {
  const x = cents * n;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(d) || d <= 0) return Number.NaN;
  let q = Math.floor(x / d);
  let r = x - q * d;
  // x/d in binary floating point can be off by one near integers; correct it exactly.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return 2 * r >= d ? q + 1 : q;
}

/** @internal The same with bigint: exact for any size. */
export function bigCost(cents: number, n: bigint, d: bigint): number {
  const c = mulCentsRound(cents, { n, d });
  const out = Number(c);
  if (!Number.isSafeInteger(out)) throw new MoneyOverflowError("a line cost");
  return out;
}

/** @internal The same with decimal.js: (cents × n) / d, rounded half-up to 0 decimals. */
export function decimalCost(cents: number, n: bigint, d: bigint): number {
  const out = new D(cents.toString())
    .times(n.toString())
    .div(d.toString())
    .toDecimalPlaces(0, D.ROUND_HALF_UP)
    .toNumber();
  if (!Number.isSafeInteger(out)) throw new MoneyOverflowError("a line cost");
  return out;
}
