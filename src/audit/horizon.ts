/**
 * The policy horizon of a counterfactual line: whether it runs past the
 * horizon, and which part of its cost lies beyond it (prorated by time, exact),
 * read from the engine's compiled lines (exact quantities, costs in cents,
 * the alternatives' exact weights), never from a result's trail text.
 * @internal
 */

import { AMOUNT, type CaseShape, type LineSet, lineCost, lineRatio, UNEXPLAINED } from "../cases/lineSet.js";
import { addRatio, mulCentsRound, mulRatio, type Ratio, ratio, ratioToString } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";

const TIME_UNIT_DAYS: Record<string, bigint> = { day: 1n, night: 1n, week: 7n };
const TIME_UNIT_MONTHS: Record<string, bigint> = { month: 1n, year: 12n };

/** @internal How a line passes the horizon: its end date or its duration, and the share of its cost beyond. */
export interface HorizonExcess {
  /** The line ends on this date, after the horizon. */
  readonly end?: string;
  /** The line covers this duration (a quantity of a time unit), longer than the horizon. */
  readonly duration?: string;
  /** The share of the line's cost that lies beyond the horizon (1 for a dated line, by days or months otherwise). */
  readonly beyond: Ratio;
}

const day = (iso: string): bigint => BigInt(isoToDay(iso) as number);

/** @internal A case compiled into lines: its lines `shape.from … shape.to − 1` of `set`. */
export interface CompiledCase {
  readonly set: LineSet;
  readonly shape: CaseShape;
}

/** The unit a line's quantity counts: its item's, or the recurrence of an ad-hoc amount. */
function unitOf(s: LineSet, k: number): string | undefined {
  const item = s.item[k];
  if (item) return item.item.unit;
  return (s.flags[k] as number) & AMOUNT ? s.source[k]?.per : undefined;
}

/**
 * @internal Whether compiled counterfactual line `k` runs past `limit` (`months` after `ref`),
 * and by how much: from its dates (as cut at a relapse), else from its exact quantity of a time unit.
 */
export function horizonExcess(
  s: LineSet,
  k: number,
  horizon: { readonly ref: string; readonly limit: string; readonly months: number },
): HorizonExcess | undefined {
  const { ref, limit, months } = horizon;
  const line = s.source[k];
  if (!line) return undefined;
  if (line.period) {
    if (line.period.through <= limit) return undefined;
    const total = day(line.period.through) - day(line.period.from) + 1n;
    const after = line.period.from > limit ? total : day(line.period.through) - day(limit);
    return { end: line.period.through, beyond: ratio(after, total > 0n ? total : 1n) };
  }
  if (line.date !== undefined) return line.date > limit ? { end: line.date, beyond: ratio(1) } : undefined;
  const unit = unitOf(s, k);
  if (unit === undefined) return undefined;
  const q = lineRatio(s, k);
  if (q.n === 0n) return undefined;
  const duration = `${ratioToString(q)} ${unit}`;
  // The line lasts q.n × unit / q.d; the horizon h (in the same unit); beyond = (line − h) / line.
  const dm = TIME_UNIT_MONTHS[unit];
  if (dm !== undefined) {
    const h = BigInt(months) * q.d;
    return q.n * dm > h ? { duration, beyond: ratio(q.n * dm - h, q.n * dm) } : undefined;
  }
  const dd = TIME_UNIT_DAYS[unit];
  if (dd !== undefined) {
    const h = (day(limit) - day(ref)) * q.d;
    return q.n * dd > h ? { duration, beyond: ratio(q.n * dd - h, q.n * dd) } : undefined;
  }
  return undefined;
}

/**
 * @internal Σ over the case's compiled lines of `part(k) × cost`, each alternative of a
 * probability-weighted counterfactual weighted by its exact probability, rounded half-up once
 * to cents. `part` gives the share of line `k` that counts (or undefined for none).
 */
export function weightedCents(c: CompiledCase, part: (k: number) => Ratio | undefined): number {
  const { set: s, shape } = c;
  const perAlt = new Map<number, Ratio>();
  for (let k = shape.from; k < shape.to; k++) {
    const r = part(k);
    if (!r) continue;
    const a = s.alt[k] as number;
    const sum = perAlt.get(a) ?? ratio(0);
    perAlt.set(a, addRatio(sum, mulRatio(ratio(lineCost(s, k)), r)));
  }
  let total = ratio(0);
  for (const [a, sum] of perAlt) total = addRatio(total, a < 0 ? sum : mulRatio(sum, shape.weights?.[a] ?? ratio(0)));
  return Number(mulCentsRound(1, total));
}

/** @internal The counterfactual lines of a compiled case that give no reason, whole. */
export function unexplainedLine(s: LineSet, k: number): Ratio | undefined {
  return (s.flags[k] as number) & UNEXPLAINED ? ONE : undefined;
}

const ONE = /* @__PURE__ */ ratio(1);
