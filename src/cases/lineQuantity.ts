import { parseDecimal } from "../money/parseDecimal.js";
import { mulRatio, type Ratio, ratio, ratioToString } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";
import { type PeriodUnit, periodQuantity } from "../periods/periodQuantity.js";
import type { Unit } from "../pricelists/schema.js";
import type { Line } from "./schema.js";

/** @internal An exact quantity with the words that explain it. */
export interface LineQuantity {
  readonly quantity: Ratio;
  readonly derivation: string;
}

const PERIOD_UNITS = /* @__PURE__ */ new Set<Unit>(["day", "night", "week", "month", "year"]);

/** @internal Whether a unit can be derived from a period without a rate. */
export function isPeriodUnit(u: Unit): u is PeriodUnit {
  return PERIOD_UNITS.has(u);
}

/** @internal A decimal quantity (validated, non-negative) as an exact fraction. */
export function decimalRatio(v: string | number): Ratio {
  const p = parseDecimal(v);
  if (!p) throw new RangeError(`invalid decimal ${String(v)}`);
  return ratio(p.units, 10n ** BigInt(p.scale));
}

/**
 * @internal The exact quantity of an item line in the item's unit, with its
 * derivation ("17/31 + 14/28 months", "4 × 10/7 weeks"). Validation has
 * already ensured the line's form and that the unit allows it.
 */
export function lineQuantity(line: Line, unit: Unit): LineQuantity {
  if (line.quantity !== undefined) {
    const q = decimalRatio(line.quantity);
    return { quantity: q, derivation: `${String(line.quantity)} ${unit}` };
  }
  const p = line.period as { from: string; through: string };
  const from = isoToDay(p.from) as number;
  const through = isoToDay(p.through) as number;
  if (line.rate) {
    const per = periodQuantity(line.rate.per, from, through);
    const rq = decimalRatio(line.rate.quantity);
    const q = mulRatio(rq, per.quantity);
    return {
      quantity: q,
      derivation: `${String(line.rate.quantity)} ${unit} per ${line.rate.per} × (${per.derivation}) = ${ratioToString(q)} ${unit}`,
    };
  }
  return periodQuantity(unit as PeriodUnit, from, through);
}
