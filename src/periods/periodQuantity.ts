import { addRatio, type Ratio, ratio, ZERO } from "../money/ratio.js";
import { daysInMonth, daysInYear, fromDayNumber } from "./calendarDate.js";

/** Units whose quantity can follow from a period alone. */
export type PeriodUnit = "day" | "night" | "week" | "month" | "year";

/** @internal An exact quantity and how it was derived, for the audit trail. */
export interface DerivedQuantity {
  readonly quantity: Ratio;
  readonly derivation: string;
}

/**
 * @internal The quantity of `unit` in the inclusive period `from`..`through`
 * (day numbers), by calendar proration (DESIGN, "Quantities from a period"):
 * day = days counted at both ends; night = days − 1; week = days / 7;
 * month and year = per calendar month (year) touched, the days inside it over
 * its length, summed.
 */
export function periodQuantity(unit: PeriodUnit, from: number, through: number): DerivedQuantity {
  const days = through - from + 1;
  switch (unit) {
    case "day":
      return { quantity: ratio(days), derivation: `${days} day${days === 1 ? "" : "s"}` };
    case "night": {
      const nights = Math.max(0, days - 1);
      return { quantity: ratio(nights), derivation: `${days} days − 1 = ${nights} night${nights === 1 ? "" : "s"}` };
    }
    case "week":
      return { quantity: ratio(days, 7), derivation: `${days}/7 weeks` };
    case "month":
      return prorate(from, through, "month");
    case "year":
      return prorate(from, through, "year");
  }
}

function prorate(from: number, through: number, unit: "month" | "year"): DerivedQuantity {
  const a = fromDayNumber(from);
  const b = fromDayNumber(through);
  const parts: string[] = [];
  let q: Ratio = ZERO;
  const add = (inside: number, length: number): void => {
    q = addRatio(q, ratio(inside, length));
    parts.push(inside === length ? "1" : `${inside}/${length}`);
  };
  if (unit === "month") {
    const first = a.y * 12 + (a.m - 1);
    const last = b.y * 12 + (b.m - 1);
    if (first === last) {
      add(b.d - a.d + 1, daysInMonth(a.y, a.m));
    } else {
      add(daysInMonth(a.y, a.m) - a.d + 1, daysInMonth(a.y, a.m));
      const full = last - first - 1;
      if (full > 0) {
        q = addRatio(q, ratio(full));
        parts.push(String(full));
      }
      add(b.d, daysInMonth(b.y, b.m));
    }
  } else {
    const doyA = dayOfYear(a);
    const doyB = dayOfYear(b);
    if (a.y === b.y) {
      add(doyB - doyA + 1, daysInYear(a.y));
    } else {
      add(daysInYear(a.y) - doyA + 1, daysInYear(a.y));
      const full = b.y - a.y - 1;
      if (full > 0) {
        q = addRatio(q, ratio(full));
        parts.push(String(full));
      }
      add(doyB, daysInYear(b.y));
    }
  }
  const word = unit === "month" ? "months" : "years";
  return { quantity: q, derivation: `${parts.join(" + ")} ${word}` };
}

function dayOfYear(p: { y: number; m: number; d: number }): number {
  let n = p.d;
  for (let m = 1; m < p.m; m++) n += daysInMonth(p.y, m);
  return n;
}
