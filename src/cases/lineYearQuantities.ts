import { addRatio, mulRatio, type Ratio, ratio } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";
import { type PeriodUnit, periodQuantity } from "../periods/periodQuantity.js";
import { type YearBasis, yearOf, yearSpans } from "../periods/yearSpans.js";
import { decimalRatio } from "./lineQuantity.js";
import type { Line } from "./schema.js";

/** @internal A line's exact quantity in one year of the timeline. */
export interface YearQuantity {
  readonly year: number;
  readonly quantity: Ratio;
}

/**
 * @internal How a line's quantity falls over the years: a line with a period is cut at year
 * boundaries (each part priced like the whole: days, nights by the day they start, weeks, months
 * and years prorated by the calendar, a rate times its unit); a line without a period falls whole
 * in the year of its `date`, or else of the case's start. The parts add up exactly to the line's
 * quantity, because calendar proration is additive.
 */
export function lineYearQuantities(
  line: Line,
  unit: PeriodUnit | undefined,
  timeline: { readonly basis: YearBasis; readonly start: number },
): YearQuantity[] {
  const { basis, start } = timeline;
  if (!line.period) {
    const day = line.date !== undefined ? (isoToDay(line.date) as number) : start;
    return [{ year: yearOf(day, basis, start), quantity: ratio(1) }];
  }
  const from = isoToDay(line.period.from) as number;
  const through = isoToDay(line.period.through) as number;
  if (line.rate) {
    const rq = decimalRatio(line.rate.quantity);
    const per = line.rate.per;
    return yearSpans(from, through, basis, start).map((s) => ({
      year: s.year,
      quantity: mulRatio(rq, periodQuantity(per, s.from, s.through).quantity),
    }));
  }
  if (unit === "night") {
    // A night belongs to the day it starts: the nights of from..through start on from..through − 1.
    return yearSpans(from, through, basis, start).map((s) => ({
      year: s.year,
      quantity: ratio(Math.max(0, Math.min(s.through, through - 1) - s.from + 1)),
    }));
  }
  const u = unit ?? "day";
  return yearSpans(from, through, basis, start).map((s) => ({
    year: s.year,
    quantity: periodQuantity(u, s.from, s.through).quantity,
  }));
}

/** @internal The sum of the parts (for tests and assertions). */
export function totalQuantity(parts: readonly YearQuantity[]): Ratio {
  return parts.reduce<Ratio>((s, p) => addRatio(s, p.quantity), ratio(0));
}
