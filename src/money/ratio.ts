/**
 * Exact non-negative fractions on bigint, for quantities derived from
 * periods (17/31 of a month, 10/7 of a week) and probabilities. A quantity is
 * never truncated to a decimal before it is multiplied by a price.
 * @internal
 */
import { divideRounded } from "./rounding.js";

/** @internal An exact fraction n/d, reduced, d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** @internal A reduced ratio. */
export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError("division by zero");
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

/** @internal */
export const ZERO: Ratio = { n: 0n, d: 1n };
/** @internal */
export const ONE: Ratio = { n: 1n, d: 1n };

/** @internal */
export function addRatio(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** @internal */
export function mulRatio(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/** @internal Exact decimal text to a ratio, e.g. "0.35" → 7/20. */
export function ratioFromDecimal(units: bigint, scale: number): Ratio {
  return ratio(units, 10n ** BigInt(scale));
}

/** @internal `n/d` or `n` when whole, for audit trails. */
export function ratioToString(r: Ratio): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

/**
 * @internal Rounds `cents × r` half-up (away from zero for halves) to whole
 * cents, exactly: the product is formed on integers before one division.
 */
export function mulCentsRound(cents: number | bigint, r: Ratio): bigint {
  return divideRounded(BigInt(cents) * r.n, r.d, "halfUp");
}

/** @internal A decimal rendering of a ratio with `places` decimals, rounded half-up. */
export function ratioToFixed(r: Ratio, places: number): string {
  const q = divideRounded(r.n * 10n ** BigInt(places), r.d, "halfUp");
  const neg = q < 0n;
  const s = (neg ? -q : q).toString().padStart(places + 1, "0");
  const body = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return neg ? `-${body}` : body;
}
