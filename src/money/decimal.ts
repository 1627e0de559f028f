/**
 * The one place that owns decimal.js. A private clone keeps our precision and
 * rounding away from the global `Decimal` that a host application may have
 * configured differently.
 * @internal
 */
import DecimalJs from "decimal.js";

/** @internal High-precision decimal constructor private to rendement. */
export const D = /* @__PURE__ */ DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});

/** @internal */
export type Dec = InstanceType<typeof D>;
