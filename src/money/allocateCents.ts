import { divideRounded } from "./rounding.js";

/**
 * Shares `total` cents out in proportion to exact `parts` (fractions n/d over
 * one common denominator `d`) by largest remainder: every share is its floor,
 * and the cents left over go one each to the largest remainders, ties to the
 * lower index. The shares add up to `total` exactly.
 *
 * The parts are meant to add up to about `total`: the usual case is a total
 * rounded once, shared over the classes it was summed from.
 *
 * @example
 * ```ts
 * allocateCents(100, [1n, 1n, 1n], 3n); // [34, 33, 33]: one third each of 100 cents
 * ```
 */
export function allocateCents(total: number, parts: readonly bigint[], d: bigint): number[] {
  const shares = parts.map((n) => Number(divideRounded(n, d, "floor")));
  const rest = parts.map((n, k) => n - BigInt(shares[k] as number) * d);
  let extra = total;
  for (const s of shares) extra -= s;
  const order = parts
    .map((_, k) => k)
    .sort((x, y) => {
      const a = rest[x] as bigint;
      const b = rest[y] as bigint;
      return a === b ? x - y : a > b ? -1 : 1;
    });
  for (let j = 0; j < extra && order.length > 0; j++) {
    const k = order[j % order.length] as number;
    shares[k] = (shares[k] as number) + 1;
  }
  return shares;
}
