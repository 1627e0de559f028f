import { centsToString } from "../money/cents.js";
import { amountToCents, parseDecimal } from "../money/parseDecimal.js";
import { mulCentsRound, ratio } from "../money/ratio.js";

/**
 * @internal The range amount × (1 ± relative), each end rounded half-up to
 * cents, carrying the width and its reason so that a report can say where
 * the range came from.
 *
 * @example
 * ```ts
 * relativeRange("100.00", { relative: "0.25", reason: "press figure" });
 * // { low: "75.00", high: "125.00", relative: "0.25", reason: "press figure" }
 * ```
 */
export function relativeRange(
  amount: string,
  r: { readonly relative: string; readonly reason: string },
): { low: string; high: string; relative: string; reason: string } {
  const p = parseDecimal(r.relative);
  if (!p) throw new RangeError(`invalid relative range ${r.relative}`);
  const scale = 10n ** BigInt(p.scale);
  const cents = amountToCents(amount);
  return {
    low: centsToString(mulCentsRound(cents, ratio(scale - p.units, scale))),
    high: centsToString(mulCentsRound(cents, ratio(scale + p.units, scale))),
    relative: r.relative,
    reason: r.reason,
  };
}
