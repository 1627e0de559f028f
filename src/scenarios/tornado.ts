import { createEvaluator } from "../cases/createEvaluator.js";
import { evaluateCases } from "../cases/evaluateCases.js";
import { type CaseShape, CF, lineRatio } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Case } from "../cases/schema.js";
import { centsToString } from "../money/cents.js";
import { amountToCents } from "../money/parseDecimal.js";
import { addRatio, mulRatio, type Ratio, ratio, ratioToFixed, ratioToString } from "../money/ratio.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import type { WhatIfOptions } from "./whatIf.js";

/** One row of a tornado table: one uncertain price. */
export interface TornadoRow {
  /** The item's code, e.g. `justitie.detentie.dag`. */
  readonly item: string;
  /** `id@version` of the list whose range this is. */
  readonly pricelist: string;
  /** The low end of the item's range, euros with two decimals. */
  readonly low: string;
  /** The list price, euros with two decimals. */
  readonly mode: string;
  /** The high end of the item's range, euros with two decimals. */
  readonly high: string;
  /** Total net return with the item at its low, list and high price (exact, as `compute` would give it). */
  readonly netAtLow: string;
  /** Total net return with the item at its list price, euros with two decimals. */
  readonly netAtMode: string;
  /** Total net return with the item at its high price, euros with two decimals. */
  readonly netAtHigh: string;
  /** |netAtHigh − netAtLow|: what the table is sorted by. */
  readonly swing: string;
  /** Cases priced with this item. */
  readonly cases: number;
  /**
   * The price (euros per unit) at which the total net return is zero,
   * where one exists (a non-negative price): −R / Q, with R the net return
   * at price 0 and Q the net quantity (counterfactual minus actual, weighted
   * by alternative probabilities); to 4 decimals, rounded half-up.
   */
  readonly switchingValue?: string | undefined;
  /** The same as an exact fraction of euros. */
  readonly switchingValueExact?: string | undefined;
  /** Whether the switching value lies within the item's range. */
  readonly switchingWithinRange?: boolean | undefined;
}

/** The result of {@link tornado}. */
export interface TornadoResult {
  /** Total net return at list prices. */
  readonly netReturn: string;
  /** Items with a range, the largest swing first. */
  readonly rows: readonly TornadoRow[];
  /** How the table was computed, in words, for the report. */
  readonly method: string;
}

/** @internal */
export const TORNADO_METHOD =
  "One-way sensitivity: each item with a range is set to its low and its high price while every other price stays at the list amount, and all cases are evaluated exactly (lines rounded half-up to cents). Between roundings the net return is linear in the price, N(p) = R + p·Q, so the switching value −R/Q is exact up to the line roundings (at most half a cent per line priced with the item).";

/**
 * One-way sensitivity: a tornado table of the items whose range moves the
 * total net return most between their low and high values, each evaluated
 * exactly, with the switching value (the price at which the net return
 * becomes zero) where one exists.
 *
 * @throws {@link InputError} for cases that cannot be priced.
 *
 * @example
 * ```ts
 * const t = tornado(cases, { catalog: bundledCatalog() });
 * t.rows[0]; // { item: "justitie.detentie.dag", netAtLow: "…", netAtHigh: "…", swing: "…", switchingValue: "…" }
 * ```
 */
export function tornado(cases: readonly Case[], options: WhatIfOptions): TornadoResult {
  const instruments = options.instruments ?? loadInstruments();
  const ev = evaluateCases(cases, { ...options, instruments });
  const lists = new Map<string, ResolvedPriceList>(ev.lists.map((l) => [`${l.id}@${l.version}`, l]));
  const params = new Map<string, { code: string; list: string; cases: Set<number>; q: Ratio }>();
  let total = 0;
  // The quantities of the priced lines, read from the engine's compiled lines (never from a trail).
  const { set, shapes, tables } = createEvaluator({
    catalog: options.catalog,
    ...(options.pricelist !== undefined ? { pricelist: options.pricelist } : {}),
    ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
  }).compileLines(cases);
  ev.cases.forEach((r, ci) => {
    total += amountToCents(r.netReturn);
    const t = tables[ci] as PriceTable;
    const shape = shapes[ci] as CaseShape;
    const listKey = `${t.list.id}@${t.list.version}`;
    for (let k = shape.from; k < shape.to; k++) {
      const it = set.item[k]?.item;
      if (!it?.range) continue;
      const key = `${it.code}@${listKey}`;
      let p = params.get(key);
      if (!p) {
        p = { code: it.code, list: listKey, cases: new Set<number>(), q: ratio(0) };
        params.set(key, p);
      }
      p.cases.add(ci);
      const alt = set.alt[k] as number;
      let q = lineRatio(set, k);
      if (alt >= 0) q = mulRatio(q, shape.weights?.[alt] as Ratio);
      p.q = addRatio(p.q, (set.flags[k] as number) & CF ? q : ratio(-q.n, q.d));
    }
  });
  // Net return of all cases with one item of one list at `cents`.
  const netWith = (p: { code: string; list: string; cases: Set<number> }, cents: number): number => {
    // Pinned to the list the cases were priced with; the override only touches this item.
    const e = createEvaluator({
      catalog: options.catalog,
      pricelist: p.list,
      ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
      instruments,
      overrides: new Map([[p.code, cents]]),
    });
    let net = total;
    for (const ci of p.cases) {
      net -= amountToCents((ev.cases[ci] as { netReturn: string }).netReturn);
      net += amountToCents(e.evaluate(cases[ci] as Case).netReturn);
    }
    return net;
  };
  const rows: (TornadoRow & { s: number })[] = [];
  for (const [, p] of params) {
    const it = (lists.get(p.list) as ResolvedPriceList).items.find((i) => i.code === p.code);
    const range = it?.range as { low: string; high: string };
    const lo = amountToCents(range.low);
    const hi = amountToCents(range.high);
    const mode = amountToCents(it?.amount as string);
    const nLo = netWith(p, lo);
    const nHi = netWith(p, hi);
    const r0 = netWith(p, 0);
    let sw: Partial<TornadoRow> = {};
    if (p.q.n !== 0n) {
      // p* in cents = −R / Q; in euros divide by 100.
      const star = ratio(-BigInt(r0) * p.q.d, p.q.n * 100n);
      if (star.n >= 0n)
        sw = {
          switchingValue: ratioToFixed(star, 4),
          switchingValueExact: ratioToString(star),
          switchingWithinRange: star.n * 100n >= BigInt(lo) * star.d && star.n * 100n <= BigInt(hi) * star.d,
        };
    }
    rows.push({
      item: p.code,
      pricelist: p.list,
      low: range.low,
      mode: it?.amount as string,
      high: range.high,
      netAtLow: centsToString(nLo),
      netAtMode: centsToString(mode === lo ? nLo : mode === hi ? nHi : netWith(p, mode)),
      netAtHigh: centsToString(nHi),
      swing: centsToString(Math.abs(nHi - nLo)),
      cases: p.cases.size,
      ...sw,
      s: Math.abs(nHi - nLo),
    });
  }
  rows.sort((a, b) => b.s - a.s || a.item.localeCompare(b.item) || a.pricelist.localeCompare(b.pricelist));
  return { netReturn: centsToString(total), rows: rows.map(({ s: _s, ...row }) => row), method: TORNADO_METHOD };
}
