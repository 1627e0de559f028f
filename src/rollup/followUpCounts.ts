/**
 * @internal Follow-up per case at 6, 12 and 24 months, as the roll-up counts it.
 */
import type { FollowUp } from "../cases/caseTypes.js";

/** The horizons, in months after the case's start, the roll-up counts follow-up at. */
export const FOLLOW_UP_MONTHS = [6, 12, 24] as const;

/** @internal `YYYY-MM-DD` plus whole months, the day clamped to the month's last (2024-01-31 + 1 = 2024-02-29). */
export function addMonthsIso(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), last);
  return `${String(yy).padStart(4, "0")}-${String(mm).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const NOT_FOLLOWED: readonly (readonly [number, number])[] = /* @__PURE__ */ Object.freeze(
  FOLLOW_UP_MONTHS.map(() => Object.freeze([0, 0] as const)),
);

/**
 * @internal Per horizon: [followed up, held] as 0 or 1. Followed up at N months: a checkpoint
 * (any status) dated on or after start + N months. Held at N months: followed up at N and no
 * `relapsed` checkpoint whose `relapseDate` is on or before start + N months.
 */
export function followUpAt(
  start: string,
  followUp: readonly FollowUp[] | undefined,
): readonly (readonly [number, number])[] {
  // Most cases have no follow-up: nothing to date, nothing to allocate (this runs for every case of a roll-up).
  if (followUp === undefined || followUp.length === 0) return NOT_FOLLOWED;
  return FOLLOW_UP_MONTHS.map((n) => {
    const at = addMonthsIso(start, n);
    const followed = (followUp ?? []).some((f) => f.date >= at);
    if (!followed) return [0, 0];
    const relapsed = (followUp ?? []).some(
      (f) => f.status === "relapsed" && f.relapseDate !== undefined && f.relapseDate <= at,
    );
    return [1, relapsed ? 0 : 1];
  });
}

/** @internal The aggregate's keys of the horizons, in the order of {@link FOLLOW_UP_MONTHS}. */
export const FOLLOW_UP_KEYS = ["m6", "m12", "m24"] as const;
