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

/**
 * @internal A finite number as the exact fraction of its shortest decimal
 * text, as a person reads it: 0.1 → 1/10 (never 0.1000000000000000055…),
 * 1e-7 → 1/10000000.
 */
export function ratioFromNumber(x: number): Ratio {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? "0") - frac.length;
  const units = BigInt(`${m[1]}${m[2]}${frac}`);
  return exp >= 0 ? ratio(units * 10n ** BigInt(exp)) : ratio(units, 10n ** BigInt(-exp));
}

/**
 * @internal The number nearest to a fraction: exact decimal text first (a
 * denominator of only 2s and 5s ends), so 7.1 − 6.9 gives 0.2, not
 * 0.1999999999999993; other fractions are taken to 20 decimals.
 */
export function ratioToNumber(r: Ratio): number {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  for (; d % 2n === 0n; d /= 2n) twos++;
  for (; d % 5n === 0n; d /= 5n) fives++;
  return Number(ratioToFixed(r, d === 1n ? Math.max(twos, fives) : 20));
}
