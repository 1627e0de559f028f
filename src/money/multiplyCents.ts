import { MoneyOverflowError } from "./cents.js";
import type { Ratio } from "./ratio.js";
import { divideRounded, divideRoundedSafe, type RoundingMode } from "./rounding.js";

/**
 * `cents × n / d` rounded to whole cents with a named mode: the one way an
 * amount is multiplied by an exact ratio (a quantity, an indexation factor, a
 * probability). Safe integers take an allocation-free path; anything larger
 * the exact bigint path. The product is formed before the one division.
 * @throws MoneyOverflowError when the result is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * multiplyCents(1245, 1, 30); // 42: 41.5 cents rounded half-up
 * multiplyCents(-1, 1, 2, "halfCeil"); // 0
 * ```
 */
export function multiplyCents(
  cents: number,
  n: number | bigint,
  d: number | bigint,
  mode: RoundingMode = "halfUp",
): number {
  if (typeof n === "number" && typeof d === "number") {
    const fast = divideRoundedSafe(cents * n, d, mode);
    if (!Number.isNaN(fast)) return fast;
  }
  const out = Number(divideRounded(BigInt(cents) * BigInt(n), BigInt(d), mode));
  if (!Number.isSafeInteger(out)) throw new MoneyOverflowError("an amount");
  return out;
}

/**
 * `cents × r` rounded with a named mode, as a bigint (for sums past 2^53 cents).
 *
 * @example
 * ```ts
 * multiplyCentsBig(1245n, ratio(1, 30)); // 42n
 * ```
 */
export function multiplyCentsBig(cents: number | bigint, r: Ratio, mode: RoundingMode = "halfUp"): bigint {
  return divideRounded(BigInt(cents) * r.n, r.d, mode);
}
