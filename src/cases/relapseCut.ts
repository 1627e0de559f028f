import { dayToIso, isIsoDate, isoToDay } from "../periods/calendarDate.js";
import type { Case, Line } from "./caseTypes.js";

/** @internal A case's relapse: the earliest `relapseDate` of its `relapsed` checkpoints. */
export interface Relapse {
  /** The day from which the counterfactual's costs run again, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its day number. */
  readonly day: number;
  /** The checkpoint that reports it (its index in `followUp`). */
  readonly index: number;
}

/**
 * @internal The relapse of a case, or undefined when no checkpoint reports one. Of several, the
 * earliest counts: from then on the counterfactual's costs run again.
 */
export function relapseOf(c: Case): Relapse | undefined {
  const checks = (c as { followUp?: unknown }).followUp;
  if (!Array.isArray(checks)) return undefined;
  let found: Relapse | undefined;
  (checks as Case["followUp"] & object).forEach((f, index) => {
    const d = f?.status === "relapsed" ? f.relapseDate : undefined;
    if (typeof d !== "string" || !isIsoDate(d)) return;
    if (!found || d < found.date) found = { date: d, day: isoToDay(d) as number, index };
  });
  return found;
}

/**
 * @internal A counterfactual line as far as it runs before the relapse: a line with a period ends
 * the day before the relapse (its quantity then follows from the shorter period, exactly as for any
 * period); a line that falls on or after the relapse (its `date`, or else the case's start) is
 * dropped (undefined); a line wholly before it comes back unchanged (the same object).
 */
export function cutAtRelapse(line: Line, relapse: Relapse, caseStart: string): Line | undefined {
  const p = line.period;
  if (p && typeof p.from === "string" && typeof p.through === "string") {
    if (p.through < relapse.date) return line;
    if (p.from >= relapse.date) return undefined;
    return { ...line, period: { from: p.from, through: dayToIso(relapse.day - 1) } };
  }
  const day = line.date ?? caseStart;
  return day >= relapse.date ? undefined : line;
}
