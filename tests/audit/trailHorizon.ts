/**
 * The audit's horizon as it was computed from a result's trail, by reading the
 * trail's text back (quantity "n/d", cost, probability): kept as the reference
 * that the horizon on compiled lines (src/audit/horizon.ts) is held equal to,
 * the way an auditor would redo it from the published trail.
 */
import type { HorizonExcess } from "../../src/audit/horizon.js";
import type { LineTrail } from "../../src/index.js";
import { parseDecimal } from "../../src/money/parseDecimal.js";
import { mulCentsRound, type Ratio, ratio } from "../../src/money/ratio.js";
import { isoToDay } from "../../src/periods/calendarDate.js";

const TIME_UNIT_DAYS: Record<string, bigint> = { day: 1n, night: 1n, week: 7n };
const TIME_UNIT_MONTHS: Record<string, bigint> = { month: 1n, year: 12n };
const day = (iso: string): bigint => BigInt(isoToDay(iso) as number);

function parseQuantity(q: string): { n: bigint; d: bigint } | undefined {
  const f = /^(\d+)\/(\d+)$/.exec(q);
  if (f) return { n: BigInt(f[1] as string), d: BigInt(f[2] as string) };
  const p = parseDecimal(q);
  return p ? { n: p.units, d: 10n ** BigInt(p.scale) } : undefined;
}

/** Whether counterfactual line `l` runs past `limit` (`months` after `ref`), and by how much. */
export function trailHorizonExcess(
  l: LineTrail,
  ref: string,
  limit: string,
  months: number,
): HorizonExcess | undefined {
  if (l.period) {
    // By the calendar's own count (UTC milliseconds), independent of the engine's day numbers.
    const { from, through } = l.period;
    if (through <= limit) return undefined;
    const days = (a: string, b: string) => BigInt(Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
    const whole = days(from, through) + 1n;
    return { end: through, beyond: ratio(from > limit ? whole : days(limit, through), whole) };
  }
  if (l.date !== undefined) return l.date > limit ? { end: l.date, beyond: ratio(1) } : undefined;
  if (l.unit === undefined || l.quantity === undefined) return undefined;
  const q = parseQuantity(l.quantity);
  if (!q || q.n === 0n) return undefined;
  const duration = `${l.quantity} ${l.unit}`;
  const dm = TIME_UNIT_MONTHS[l.unit];
  // The line lasts q.n × unit / q.d; the horizon h (in the same unit); beyond = (line − h) / line.
  if (dm !== undefined) {
    const h = BigInt(months) * q.d;
    return q.n * dm > h ? { duration, beyond: ratio(q.n * dm - h, q.n * dm) } : undefined;
  }
  const dd = TIME_UNIT_DAYS[l.unit];
  if (dd !== undefined) {
    const h = (day(limit) - day(ref)) * q.d;
    return q.n * dd > h ? { duration, beyond: ratio(q.n * dd - h, q.n * dd) } : undefined;
  }
  return undefined;
}

/**
 * Σ over the lines of `part(line) × cost`, each alternative of a
 * probability-weighted counterfactual weighted by its probability, rounded
 * half-up once to cents. `part` gives the share of the line that counts (or
 * undefined for none).
 */
export function trailWeightedCents(lines: readonly LineTrail[], part: (l: LineTrail) => Ratio | undefined): number {
  const perAlt = new Map<number, { sum: Ratio; p: string }>();
  for (const l of lines) {
    const r = part(l);
    if (!r) continue;
    const k = l.alternative ? l.alternative.index : -1;
    const e = perAlt.get(k) ?? { sum: ratio(0), p: l.alternative ? l.alternative.probability : "1" };
    const c = BigInt(l.cost);
    e.sum = ratio(e.sum.n * r.d + c * r.n * e.sum.d, e.sum.d * r.d);
    perAlt.set(k, e);
  }
  let total = ratio(0);
  for (const { sum, p } of perAlt.values()) {
    const pd = parseDecimal(p);
    const w = pd ? ratio(pd.units, 10n ** BigInt(pd.scale)) : ratio(0);
    total = ratio(total.n * sum.d * w.d + sum.n * w.n * total.d, total.d * sum.d * w.d);
  }
  return Number(mulCentsRound(1, total));
}
