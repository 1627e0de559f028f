/**
 * The integer fast path of a line's cost: the quantity as a fraction of two
 * safe integers, no bigint, no decimal.js, no allocation beyond date parts.
 * Returns NaN whenever exactness cannot be guaranteed, and the caller then
 * takes the exact bigint path. Agreement with decimal.js is a property test.
 * @internal
 */
import { daysInMonth, daysInYear, dayNumber, parseYMD } from "../periods/calendarDate.js";
import type { Unit } from "../pricelists/schema.js";
import { fastCost } from "./lineCost.js";
import type { Line } from "./schema.js";

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** @internal Numerator of a decimal, or NaN; the denominator is 10^scale, returned via the second element. */
function decimalParts(v: string | number, out: number[]): boolean {
  if (typeof v === "number") {
    if (Number.isInteger(v)) {
      out[0] = v;
      out[1] = 1;
      return true;
    }
    v = String(v);
  }
  let n = 0;
  let scale = -1;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) scale = 0;
    else {
      n = n * 10 + (c - 48);
      if (scale >= 0) scale++;
    }
  }
  if (scale < 0) scale = 0;
  if (!Number.isSafeInteger(n) || scale >= POW10.length) return false;
  out[0] = n;
  out[1] = POW10[scale] as number;
  return true;
}

function dayOfYear(y: number, m: number, d: number): number {
  return dayNumber(y, m, d) - dayNumber(y, 1, 1) + 1;
}

/** @internal Period quantity as [n, d] into `out`. */
function periodParts(unit: Unit, fromIso: string, throughIso: string, out: number[]): boolean {
  const a = parseYMD(fromIso);
  const b = parseYMD(throughIso);
  if (!a || !b) return false;
  const days = dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d) + 1;
  switch (unit) {
    case "day":
      out[0] = days;
      out[1] = 1;
      return true;
    case "night":
      out[0] = days > 0 ? days - 1 : 0;
      out[1] = 1;
      return true;
    case "week":
      out[0] = days;
      out[1] = 7;
      return true;
    case "month": {
      const da = daysInMonth(a.y, a.m);
      if (a.y === b.y && a.m === b.m) {
        out[0] = b.d - a.d + 1;
        out[1] = da;
        return true;
      }
      const db = daysInMonth(b.y, b.m);
      const full = b.y * 12 + b.m - (a.y * 12 + a.m) - 1;
      out[0] = (da - a.d + 1) * db + b.d * da + full * da * db;
      out[1] = da * db;
      return true;
    }
    case "year": {
      const ya = daysInYear(a.y);
      const ia = dayOfYear(a.y, a.m, a.d);
      const ib = dayOfYear(b.y, b.m, b.d);
      if (a.y === b.y) {
        out[0] = ib - ia + 1;
        out[1] = ya;
        return true;
      }
      const yb = daysInYear(b.y);
      out[0] = (ya - ia + 1) * yb + ib * ya + (b.y - a.y - 1) * ya * yb;
      out[1] = ya * yb;
      return true;
    }
    default:
      return false;
  }
}

/**
 * @internal The rounded cost in cents of an item line, or NaN when the fast
 * path cannot guarantee exactness.
 */
export function fastLineCost(line: Line, cents: number, unit: Unit): number {
  const q: number[] = [0, 1];
  if (line.quantity !== undefined) {
    if (!decimalParts(line.quantity, q)) return Number.NaN;
  } else {
    const p = line.period;
    if (!p) return Number.NaN;
    if (line.rate) {
      if (!periodParts(line.rate.per, p.from, p.through, q)) return Number.NaN;
      const pn = q[0] as number;
      const pd = q[1] as number;
      if (!decimalParts(line.rate.quantity, q)) return Number.NaN;
      q[0] = (q[0] as number) * pn;
      q[1] = (q[1] as number) * pd;
      if (!Number.isSafeInteger(q[0]) || !Number.isSafeInteger(q[1])) return Number.NaN;
    } else if (!periodParts(unit, p.from, p.through, q)) return Number.NaN;
  }
  return fastCost(cents, q[0] as number, q[1] as number);
}
