const DAY_MS = 86_400_000;
// Day 0 of the 1900 date system as spreadsheets count it (1899-12-30, which absorbs Lotus's 1900 leap-year bug).
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * @internal The spreadsheet serial day of an ISO date (`YYYY-MM-DD`), or
 * undefined for anything else (a month `2024-03`, a quarter `2024-Q1`, a
 * date before 1900-03-01 where the 1900 system is off by one, or a date that
 * does not exist).
 * @example
 * ```ts
 * isoDateSerial("2024-03-01"); // 45352
 * isoDateSerial("2024-Q1"); // undefined
 * ```
 */
export function isoDateSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  const serial = (t - EPOCH) / DAY_MS;
  return serial >= 61 ? serial : undefined;
}

/**
 * @internal The ISO date of a spreadsheet serial day (its whole part; a time
 * of day is dropped), the inverse of {@link isoDateSerial}.
 * @example
 * ```ts
 * serialIsoDate(45352); // "2024-03-01"
 * ```
 */
export function serialIsoDate(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
