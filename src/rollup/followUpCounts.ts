/**
 * @internal Follow-up per case at 6, 12 and 24 months, as the roll-up counts it.
 */
import type { FollowUp } from "../cases/caseTypes.js";
import { addMonthsIso } from "../periods/calendarDate.js";

/** The horizons, in months after the case's start, the roll-up counts follow-up at. */
export const FOLLOW_UP_MONTHS = [6, 12, 24] as const;

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
