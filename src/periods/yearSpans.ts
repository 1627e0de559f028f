import { dayNumber, daysInMonth, fromDayNumber } from "./calendarDate.js";

/**
 * How a timeline is cut into years:
 * - `calendar`: calendar years (1 January – 31 December), labelled by the year (2024);
 * - `case`: years since the case's start, labelled 1, 2, …; year 1 runs from the start up to the
 *   day before its first anniversary (a start on 29 February has its anniversaries on 28 February).
 */
export type YearBasis = "calendar" | "case";

/** One year of a timeline, or the part of it that a period covers. */
export interface YearSpan {
  /** The calendar year, or the case year (1 for the first). */
  readonly year: number;
  /** Its first day inside the period (a day number). */
  readonly from: number;
  /** Its last day inside the period (a day number). */
  readonly through: number;
}

/** @internal The first day of case year `n` for a case starting on day `start`. */
export function caseYearStart(start: number, n: number): number {
  const s = fromDayNumber(start);
  const y = s.y + n - 1;
  return dayNumber(y, s.m, Math.min(s.d, daysInMonth(y, s.m)));
}

/**
 * @internal The year that `day` falls in: its calendar year, or its case year counted from `start`
 * (days before the start fall in year 0, −1, …).
 */
export function yearOf(day: number, basis: YearBasis, start: number): number {
  if (basis === "calendar") return fromDayNumber(day).y;
  // A first guess from the calendar, corrected by at most one year either way.
  let n = fromDayNumber(day).y - fromDayNumber(start).y + 1;
  while (caseYearStart(start, n) > day) n--;
  while (caseYearStart(start, n + 1) <= day) n++;
  return n;
}

/**
 * @internal The inclusive period `from`..`through` (day numbers) cut at year boundaries, earliest
 * first; every day of the period lies in exactly one span.
 */
export function yearSpans(from: number, through: number, basis: YearBasis, start: number): YearSpan[] {
  const spans: YearSpan[] = [];
  let day = from;
  while (day <= through) {
    const year = yearOf(day, basis, start);
    const next = basis === "calendar" ? dayNumber(year + 1, 1, 1) : caseYearStart(start, year + 1);
    const last = Math.min(next - 1, through);
    spans.push({ year, from: day, through: last });
    day = last + 1;
  }
  return spans;
}
