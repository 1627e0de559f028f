/**
 * @internal The few accessors through which report builders read figures
 * from results, so that a change of how results hold amounts (decimal
 * strings now, cents later) stays in this file.
 */
import { centsToString } from "../money/cents.js";
import { type AmountInline, type Inline, NONE } from "./model.js";

/** @internal What a result may hold as an amount: a decimal euro string or integer cents. */
export type AmountValue = string | number | bigint;

/** @internal The amount as a plain decimal euro string (`"1234.56"`). */
export function euros(v: AmountValue): string {
  return typeof v === "string" ? v : centsToString(v);
}

/** @internal An amount inline; `strong` for totals. */
export function amount(v: AmountValue, strong?: boolean): AmountInline {
  return strong ? { kind: "amount", value: euros(v), strong } : { kind: "amount", value: euros(v) };
}

/** @internal An amount inline, or no value. */
export function maybeAmount(v: AmountValue | null | undefined): Inline {
  return v === null || v === undefined ? NONE : amount(v);
}

/** @internal Whether an amount is below zero (for colouring). */
export function isNegative(v: AmountValue): boolean {
  return typeof v === "string" ? /^-(?!0*(\.0*)?$)/.test(v) : v < 0;
}
