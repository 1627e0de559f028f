/**
 * The switching value of one input in one lens: where the net return,
 * linear in the input between roundings, crosses zero.
 * @internal
 */
import { addRatio, mulRatio, type Ratio, ratio, ratioToFixed, ratioToString } from "../money/ratio.js";

/** Where a lens's net return crosses zero as one input varies, or why it does not. */
export interface TornadoSwitching {
  /** The value to 4 decimals, rounded half-up (euros for a price, a fraction for a rate or probability). */
  readonly value?: string | undefined;
  /** The same as an exact fraction. */
  readonly exact?: string | undefined;
  /** Whether it lies between the input's low and high value. */
  readonly withinRange?: boolean | undefined;
  /**
   * Why there is no value: `constant` (the net return does not change with the input) or `outsideDomain`
   * (it would cross zero only at a value the input cannot take: none within the allowed domain).
   */
  readonly none?: "constant" | "outsideDomain" | undefined;
}

const sub = (a: Ratio, b: Ratio): Ratio => addRatio(a, ratio(-b.n, b.d));
const below = (a: Ratio, b: Ratio): boolean => a.n * b.d < b.n * a.d;

/**
 * @internal The zero of the line through (low, atLow) and (high, atHigh): x* = low − atLow·(high − low)/(atHigh − atLow),
 * checked against the domain. Prices are in cents and given in euros (`unit: "euro"`).
 *
 * @example
 * ```ts
 * tornadoSwitching({ low: ratio(1n, 10n), high: ratio(3n, 10n), atLow: ratio(100n), atHigh: ratio(-100n),
 *   domain: { min: ratio(0n), max: ratio(1n) }, unit: "fraction" });
 * // { value: "0.2000", exact: "1/5", withinRange: true }
 * ```
 */
export function tornadoSwitching(o: {
  low: Ratio;
  high: Ratio;
  atLow: Ratio;
  atHigh: Ratio;
  domain: { readonly min: Ratio; readonly max?: Ratio | undefined };
  unit: "euro" | "fraction";
}): TornadoSwitching {
  const rise = sub(o.atHigh, o.atLow);
  if (rise.n === 0n) return { none: "constant" };
  const run = sub(o.high, o.low);
  const x = sub(o.low, mulRatio(o.atLow, mulRatio(run, ratio(rise.d, rise.n))));
  if (below(x, o.domain.min) || (o.domain.max !== undefined && below(o.domain.max, x)))
    return { none: "outsideDomain" };
  const shown = o.unit === "euro" ? mulRatio(x, ratio(1n, 100n)) : x;
  return {
    value: ratioToFixed(shown, 4),
    exact: ratioToString(shown),
    withinRange: !below(x, o.low) && !below(o.high, x),
  };
}
