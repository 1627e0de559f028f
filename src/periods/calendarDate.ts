/**
 * Calendar dates without time or zone. A date is an ISO string
 * `YYYY-MM-DD`; internally a day number (days since 1970-01-01 in the
 * proleptic Gregorian calendar), computed with integer arithmetic only, so
 * no `Date` object and no time zone can shift a day.
 * @internal
 */

/** @internal */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** @internal */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** @internal Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] as number);
}

/** @internal Days in year `y`. */
export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

/**
 * @internal Parses `YYYY-MM-DD` into parts, or `undefined` when it is not a
 * real calendar date (`2023-02-29`, `2024-13-01`, `2024-1-5`).
 */
export function parseYMD(s: string): YMD | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

// Days before each month in a common and a leap year, and day numbers of
// 1 January for 1900–2199: constant tables that make the hot path two lookups.
const MONTH_START = [
  [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
] as const;
const YEAR_START = /* @__PURE__ */ Array.from({ length: 300 }, (_, i) => civilDayNumber(1900 + i, 1, 1));

/** @internal Day number of a civil date: table lookups for 1900–2199, the general formula elsewhere. */
export function dayNumber(y: number, m: number, d: number): number {
  const ys = YEAR_START[y - 1900];
  if (ys === undefined) return civilDayNumber(y, m, d);
  return ys + (MONTH_START[isLeapYear(y) ? 1 : 0][m] as number) + d - 1;
}

/** @internal Day number of a civil date (Howard Hinnant's days_from_civil). */
function civilDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal Civil date of a day number (inverse of {@link dayNumber}). */
export function fromDayNumber(z: number): YMD {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** @internal Day number of an ISO date string, or `undefined` when invalid. */
export function isoToDay(s: string): number | undefined {
  const p = parseYMD(s);
  return p && dayNumber(p.y, p.m, p.d);
}

/** @internal ISO string of a day number. */
export function dayToIso(z: number): string {
  return ymdToIso(fromDayNumber(z));
}

function ymdToIso({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * @internal A date plus whole months (minus, when negative), the day clamped
 * to the last of the month it lands in: 2024-01-31 + 1 = 2024-02-29.
 *
 * @throws RangeError when `iso` is not a real date.
 * @example
 * ```ts
 * addMonthsIso("2024-11-30", 3); // "2025-02-28"
 * ```
 */
export function addMonthsIso(iso: string, months: number): string {
  const p = parseYMD(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return ymdToIso({ y, m, d: Math.min(p.d, daysInMonth(y, m)) });
}

/** @internal Whether `s` is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  return parseYMD(s) !== undefined;
}
