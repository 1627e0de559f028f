/**
 * The rounding modes of rendement, each written once: on bigint for any size,
 * and on safe integers for the hot path (the same rule; a property test holds
 * the two equal).
 */

/**
 * How a quotient is rounded to a whole number.
 * - `halfUp`: to the nearest, halves away from zero (2.5 → 3, −2.5 → −3): lines, totals, ratios.
 * - `halfCeil`: to the nearest, halves toward +∞ (−2.5 → −2): commutes with subtracting whole cents.
 * - `floor`: toward −∞; the base of an allocation by largest remainder.
 */
export type RoundingMode = "halfUp" | "halfCeil" | "floor";

/**
 * `n / d` rounded to an integer with `mode`, exactly, for any size.
 * @throws RangeError when `d` is zero.
 *
 * @example
 * ```ts
 * divideRounded(83n, 2n, "halfUp");    // 42n
 * divideRounded(-83n, 2n, "halfUp");   // -42n
 * divideRounded(-83n, 2n, "halfCeil"); // -41n
 * ```
 */
export function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d === 0n) throw new RangeError("division by zero");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  // Floor division first: bigint `/` truncates toward zero.
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  if (mode === "floor") return q;
  // 0 ≤ r < d: the fraction is r/d; a half is 2r = d.
  const twice = 2n * r;
  if (twice > d) return q + 1n;
  if (twice < d) return q;
  // Exactly a half: away from zero (halfUp) or toward +∞ (halfCeil).
  return mode === "halfCeil" || q >= 0n ? q + 1n : q;
}

/**
 * The same rule on numbers: `x / d` rounded with `mode` when `x` and `d` are
 * safe integers (d > 0), else NaN (the caller then takes {@link divideRounded}).
 * No allocation: the path of every line cost.
 *
 * @example
 * ```ts
 * divideRoundedSafe(83, 2, "halfUp"); // 42
 * divideRoundedSafe(2 ** 60, 3, "halfUp"); // NaN
 * ```
 */
export function divideRoundedSafe(x: number, d: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(d) || d <= 0) return Number.NaN;
  let q = Math.floor(x / d);
  let r = x - q * d;
  // x / d in binary floating point can be one off near integers; correct it exactly.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (mode === "floor") return q;
  const twice = 2 * r;
  if (twice > d) return q + 1;
  if (twice < d) return q;
  return mode === "halfCeil" || q >= 0 ? q + 1 : q;
}
