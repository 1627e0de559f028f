/**
 * The per-year kernel: a compiled case's lines folded into integer cents per
 * year, payer, side and lens, adding up exactly to what `foldLines` gives.
 * @internal
 */
import { allocateCents } from "../money/allocateCents.js";
import { MoneyOverflowError } from "../money/cents.js";
import type { Ratio } from "../money/ratio.js";
import { divideRounded } from "../money/rounding.js";
import type { YearBasis } from "../periods/yearSpans.js";
import { emptyPayerSums, PAYER_SUMS_FIELDS, type PayerSums } from "./foldLines.js";
import { isPeriodUnit } from "./lineQuantity.js";
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, TRANSFER } from "./lineSet.js";
import { lineYearQuantities } from "./lineYearQuantities.js";

/** @internal How a case's timeline is cut into years: the basis and the case's start (a day number). */
export interface Timeline {
  readonly basis: YearBasis;
  readonly start: number;
}

/** @internal The cents of one line that fall in one year. */
export interface YearCents {
  readonly year: number;
  readonly cents: number;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * @internal Line `k`'s rounded cost shared over the years it falls in, by largest remainder in
 * proportion to its exact cost in each year (unit price × the year's exact quantity). The shares add
 * up to the line's cost exactly.
 */
export function lineYearCents(s: LineSet, k: number, timeline: Timeline): YearCents[] {
  const cost = lineCost(s, k);
  const line = s.source[k] as NonNullable<LineSet["source"][number]>;
  const unit = s.item[k]?.item.unit ?? line.per;
  const parts = lineYearQuantities(line, unit !== undefined && isPeriodUnit(unit) ? unit : undefined, timeline);
  if (parts.length === 1) return [{ year: (parts[0] as { year: number }).year, cents: cost }];
  let d = 1n;
  for (const p of parts) d = (d / gcd(d, p.quantity.d)) * p.quantity.d;
  const price = BigInt(s.price[k] as number);
  const shares = allocateCents(
    cost,
    parts.map((p) => price * p.quantity.n * (d / p.quantity.d)),
    d,
  );
  return parts.map((p, i) => ({ year: p.year, cents: shares[i] as number }));
}

/** Cells by year, then by payer index: six sums each (PAYER_SUMS_FIELDS order). */
type Cells = Map<number, Map<number, number[]>>;

function cell(cells: Cells, year: number, p: number, size: number): number[] {
  let y = cells.get(year);
  if (!y) {
    y = new Map();
    cells.set(year, y);
  }
  let c = y.get(p);
  if (!c) {
    c = new Array<number>(size).fill(0);
    y.set(p, c);
  }
  return c;
}

function add(c: number[], i: number, cents: number): void {
  const x = (c[i] as number) + cents;
  if (!Number.isSafeInteger(x)) throw new MoneyOverflowError("a yearly total");
  c[i] = x;
}

/**
 * Σ pₐ × costₐ per payer and lens, rounded half-up once (as `foldLines` does), then shared over the
 * years by largest remainder in proportion to each year's exact weighted cents.
 */
function weighYears(cells: Cells, alts: Cells, weights: readonly Ratio[]): void {
  let d = 1n;
  for (const w of weights) d *= w.d;
  const years = [...alts.keys()].sort((a, b) => a - b);
  const payers = new Set<number>();
  for (const y of alts.values()) for (const p of y.keys()) payers.add(p);
  for (const p of payers)
    for (const lens of [0, 1]) {
      const parts = years.map((y) => {
        const c = alts.get(y)?.get(p);
        let n = 0n;
        if (c)
          weights.forEach((w, a) => {
            n += BigInt(c[a * 2 + lens] as number) * w.n * (d / w.d);
          });
        return n;
      });
      const total = Number(
        divideRounded(
          parts.reduce((x, y) => x + y, 0n),
          d,
          "halfUp",
        ),
      );
      const shares = allocateCents(total, parts, d);
      years.forEach((y, i) => {
        add(cell(cells, y, p, 6), lens * 3, shares[i] as number);
      });
    }
}

/**
 * @internal Folds the lines of one compiled case into cents per year and payer: every line (or
 * alternative of a weighted counterfactual) is split over the years so that, per payer, side and
 * lens, the years add up exactly to the case's totals.
 */
export function foldFlows(s: LineSet, shape: CaseShape, timeline: Timeline): Map<number, Map<string, PayerSums>> {
  const cells: Cells = new Map();
  const alts: Cells = new Map();
  const weights = shape.weights;
  const nAlts = weights ? weights.length : 0;
  const payers = new Set<number>();
  for (let k = shape.from; k < shape.to; k++) {
    const p = s.payer[k] as number;
    payers.add(p);
    const f = s.flags[k] as number;
    const societal = !(f & TRANSFER);
    for (const { year, cents } of lineYearCents(s, k, timeline)) {
      if (f & CF && weights) {
        const c = cell(alts, year, p, nAlts * 2);
        const a = s.alt[k] as number;
        add(c, a * 2, cents);
        if (societal) add(c, a * 2 + 1, cents);
        continue;
      }
      const c = cell(cells, year, p, 6);
      const side = f & CF ? 0 : 1;
      add(c, side, cents);
      if (societal) add(c, side + 3, cents);
      if (f & INTERVENTION) {
        add(c, 2, cents);
        if (societal) add(c, 5, cents);
      }
    }
  }
  if (weights && alts.size > 0) weighYears(cells, alts, weights);
  return yearMaps(s, cells, payers);
}

/** Every year from the first to the last, every payer of the case in each (payers sorted). */
function yearMaps(s: LineSet, cells: Cells, payers: Set<number>): Map<number, Map<string, PayerSums>> {
  const out = new Map<number, Map<string, PayerSums>>();
  if (cells.size === 0) return out;
  const keys = [...cells.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const named = [...payers].map((p) => [s.payers[p] as string, p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (let y = first; y <= last; y++) {
    const m = new Map<string, PayerSums>();
    for (const [name, p] of named) {
      const c = cells.get(y)?.get(p);
      const sums = emptyPayerSums();
      if (c)
        PAYER_SUMS_FIELDS.forEach((field, i) => {
          sums[field] = c[i] as number;
        });
      m.set(name, sums);
    }
    out.set(y, m);
  }
  return out;
}
