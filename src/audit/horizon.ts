/**
 * The policy horizon of a counterfactual line: whether it runs past the
 * horizon, and which part of its cost lies beyond it (prorated by time, exact).
 * @internal
 */
import type { LineTrail } from "../cases/types.js";
import { amountToCents, parseDecimal } from "../money/parseDecimal.js";
import { mulCentsRound, type Ratio, ratio } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";

const TIME_UNIT_DAYS: Record<string, bigint> = { day: 1n, night: 1n, week: 7n };
const TIME_UNIT_MONTHS: Record<string, bigint> = { month: 1n, year: 12n };

function parseQuantity(q: string): { n: bigint; d: bigint } | undefined {
  const f = /^(\d+)\/(\d+)$/.exec(q);
  if (f) return { n: BigInt(f[1] as string), d: BigInt(f[2] as string) };
  const p = parseDecimal(q);
  return p ? { n: p.units, d: 10n ** BigInt(p.scale) } : undefined;
}

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

/** @internal Whether counterfactual line `l` runs past `limit` (`months` after `ref`), and by how much. */
export function horizonExcess(l: LineTrail, ref: string, limit: string, months: number): HorizonExcess | undefined {
  if (l.period) {
    if (l.period.through <= limit) return undefined;
    const total = day(l.period.through) - day(l.period.from) + 1n;
    const after = l.period.from > limit ? total : day(l.period.through) - day(limit);
    return { end: l.period.through, beyond: ratio(after, total > 0n ? total : 1n) };
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
 * @internal Σ over the lines of `part(line) × cost`, each alternative of a
 * probability-weighted counterfactual weighted by its probability, rounded
 * half-up once to cents. `part` gives the share of the line that counts (or
 * undefined for none).
 */
export function weightedCents(lines: readonly LineTrail[], part: (l: LineTrail) => Ratio | undefined): number {
  const perAlt = new Map<number, { sum: Ratio; p: string }>();
  for (const l of lines) {
    const r = part(l);
    if (!r) continue;
    const k = l.alternative ? l.alternative.index : -1;
    const e = perAlt.get(k) ?? { sum: ratio(0), p: l.alternative ? l.alternative.probability : "1" };
    const c = BigInt(amountToCents(l.cost));
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
