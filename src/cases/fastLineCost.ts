/**
 * The integer fast path of a line's cost: the quantity as a fraction of two
 * safe integers, no bigint, no decimal.js and no allocation. Returns NaN
 * whenever exactness cannot be guaranteed, and the caller then takes the
 * exact bigint path. Agreement with decimal.js is a property test.
 * @internal
 */

import { divideRoundedSafe } from "../money/rounding.js";
import { dayNumber, daysInMonth, daysInYear } from "../periods/calendarDate.js";
import type { Unit } from "../pricelists/schema.js";
import type { Line } from "./schema.js";

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * @internal A validated `YYYY-MM-DD` as the integer yyyymmdd, without
 * allocating (validation already guaranteed the shape and the date).
 */
function ymd(s: string): number {
  return (
    (s.charCodeAt(0) - 48) * 10_000_000 +
    (s.charCodeAt(1) - 48) * 1_000_000 +
    (s.charCodeAt(2) - 48) * 100_000 +
    (s.charCodeAt(3) - 48) * 10_000 +
    (s.charCodeAt(5) - 48) * 1000 +
    (s.charCodeAt(6) - 48) * 100 +
    (s.charCodeAt(8) - 48) * 10 +
    (s.charCodeAt(9) - 48)
  );
}

/**
 * @internal Numerator of a decimal quantity; its scale (number of decimals)
 * is returned through `scratch[0]`. NaN when it would not be a safe integer.
 */
function decimalNumerator(v: string | number, scratch: Float64Array): number {
  if (typeof v === "number") {
    // A negative or non-finite number never reaches arithmetic (unvalidated input takes the checked path).
    if (!(v >= 0) || !Number.isFinite(v)) return Number.NaN;
    if (Number.isInteger(v)) {
      scratch[0] = 0;
      return v;
    }
    v = String(v);
  }
  let n = 0;
  let scale = -1;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 && scale < 0 && i > 0) scale = 0;
    else if (c < 48 || c > 57) return Number.NaN;
    else {
      n = n * 10 + (c - 48);
      if (scale >= 0) scale++;
    }
  }
  scratch[0] = Math.max(scale, 0);
  return Number.isSafeInteger(n) && scale < POW10.length ? n : Number.NaN;
}

/** @internal Period quantity of `unit`: numerator returned, denominator in `scratch[0]`. */
function periodNumerator(unit: Unit, fromIso: string, throughIso: string, scratch: Float64Array): number {
  const a = ymd(fromIso);
  const b = ymd(throughIso);
  const ay = Math.floor(a / 10000);
  const am = Math.floor(a / 100) % 100;
  const ad = a % 100;
  const by = Math.floor(b / 10000);
  const bm = Math.floor(b / 100) % 100;
  const bd = b % 100;
  // Not a real date, or a period that ends before it starts: the checked path says so.
  if (!(am >= 1 && am <= 12 && bm >= 1 && bm <= 12 && ad >= 1 && bd >= 1 && b >= a)) return Number.NaN;
  if (ad > daysInMonth(ay, am) || bd > daysInMonth(by, bm)) return Number.NaN;
  switch (unit) {
    case "day":
    case "night":
    case "week": {
      const days = dayNumber(by, bm, bd) - dayNumber(ay, am, ad) + 1;
      scratch[0] = unit === "week" ? 7 : 1;
      return unit === "night" ? (days > 0 ? days - 1 : 0) : days;
    }
    case "month": {
      const da = daysInMonth(ay, am);
      if (ay === by && am === bm) {
        scratch[0] = da;
        return bd - ad + 1;
      }
      const db = daysInMonth(by, bm);
      scratch[0] = da * db;
      return (da - ad + 1) * db + bd * da + (by * 12 + bm - (ay * 12 + am) - 1) * da * db;
    }
    case "year": {
      const ya = daysInYear(ay);
      const ia = dayNumber(ay, am, ad) - dayNumber(ay, 1, 1) + 1;
      const ib = dayNumber(by, bm, bd) - dayNumber(by, 1, 1) + 1;
      if (ay === by) {
        scratch[0] = ya;
        return ib - ia + 1;
      }
      const yb = daysInYear(by);
      scratch[0] = ya * yb;
      return (ya - ia + 1) * yb + ib * ya + (by - ay - 1) * ya * yb;
    }
    default:
      return Number.NaN;
  }
}

/**
 * @internal The exact quantity of an item line in `unit` as a fraction of
 * safe integers: the numerator is returned, the denominator left in
 * `scratch[0]`. NaN when the fast path cannot guarantee exactness.
 */
export function fastQuantity(line: Line, unit: Unit, scratch: Float64Array): number {
  if (line.quantity !== undefined) {
    const n = decimalNumerator(line.quantity, scratch);
    const d = POW10[scratch[0] as number];
    if (d === undefined) return Number.NaN;
    scratch[0] = d;
    return n;
  }
  const p = line.period;
  if (!p) return Number.NaN;
  if (line.rate) {
    const pn = periodNumerator(line.rate.per, p.from, p.through, scratch);
    const pd = scratch[0] as number;
    const rn = decimalNumerator(line.rate.quantity, scratch);
    const n = rn * pn;
    const d = (POW10[scratch[0] as number] as number) * pd;
    scratch[0] = d;
    return Number.isSafeInteger(n) && Number.isSafeInteger(d) ? n : Number.NaN;
  }
  return periodNumerator(unit, p.from, p.through, scratch);
}

/**
 * @internal The rounded cost in cents of an item line, or NaN when the fast
 * path cannot guarantee exactness. `scratch` is a caller-owned buffer of at
 * least one element, so the hot loop allocates nothing.
 */
export function fastLineCost(line: Line, cents: number, unit: Unit, scratch: Float64Array): number {
  const n = fastQuantity(line, unit, scratch);
  return divideRoundedSafe(cents * n, scratch[0] as number, "halfUp");
}
