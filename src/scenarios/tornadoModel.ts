/**
 * The tornado's exact model: every case's compiled lines summed into buckets
 * (payer, rate class, alternative, lens) of whole cents, so that one input can
 * be set to any value and the cases it touches evaluated again exactly, both
 * as the engine rounds (avoided cost half-up to cents once per case and
 * payer, as `whatif` does) and without that rounding (for the switching value).
 * @internal
 */
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, lineRatio, TRANSFER } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Line } from "../cases/schema.js";
import { addRatio, mulRatio, ONE, type Ratio, ratio, ZERO } from "../money/ratio.js";
import { type AdjustmentCombination, combineRates } from "./adjustments.js";
import { type CompiledRates, lineDomain } from "./compileRates.js";
import type { LensName } from "./lenses.js";
import { roundRatio, roundRatioHalfUp } from "./rounding.js";

/** @internal Whole cents of one case on one (payer, class, alternative, transfer, intervention) cell. */
interface Bucket {
  readonly payer: number;
  /** Rate class; −1 for intervention cost (never adjusted). */
  readonly cls: number;
  /** Alternative of a weighted counterfactual, −1 otherwise. */
  readonly alt: number;
  readonly transfer: boolean;
  readonly intervention: boolean;
  /** Signed: + counterfactual, − actual, + intervention cost. */
  cents: bigint;
}

/** @internal A line priced with an uncertain item: where its cost sits, its quantity and its cost at list price. */
export interface PriceLine {
  readonly ci: number;
  readonly bucket: number;
  /** Signed like its bucket. */
  readonly sign: 1n | -1n;
  readonly q: Ratio;
  readonly cost: bigint;
}

/** @internal The cases of a tornado as buckets, with the rate values every other input holds. */
export interface TornadoModel {
  readonly buckets: readonly (readonly Bucket[])[];
  /** The alternatives' probabilities per case (absent: a plain counterfactual). */
  readonly weights: readonly (readonly Ratio[] | undefined)[];
  /** The rate classes each case has a bucket in. */
  readonly classes: readonly ReadonlySet<number>[];
  /** Per class, three rate indices (−1: rate 0). */
  readonly classRates: readonly (readonly [number, number, number])[];
  /** Each rate's baseline value. */
  readonly rateValues: readonly Ratio[];
  readonly combine: AdjustmentCombination;
  /** The lines priced with each uncertain item, by `code@list@version`. */
  readonly priceLines: ReadonlyMap<string, readonly PriceLine[]>;
}

/** @internal One input set to a value: a price (cents), a rate or an alternative's probability. */
export type Variation =
  | { readonly kind: "price"; readonly key: string; readonly x: Ratio }
  | { readonly kind: "rate"; readonly index: number; readonly x: Ratio }
  | {
      readonly kind: "probability";
      /** The cases of the judgement (one case, or every case sharing it): all set together. */
      readonly cases: readonly number[];
      readonly alt: number;
      readonly x: Ratio;
    };

/** @internal A net return in one lens: as the engine rounds it (cents) and exact. */
export interface LensNet {
  readonly rounded: bigint;
  readonly exact: Ratio;
}

/** @internal Net return per lens. */
export type LensNets = Record<LensName, LensNet>;

/**
 * @internal Sums the compiled lines into buckets; `keyOf` names the uncertain item of a line (or undefined).
 *
 * @example
 * ```ts
 * const m = tornadoModel({ set, shapes, tables }, { rates, rateValues, combine: "multiplicative", keyOf });
 * ```
 */
export function tornadoModel(
  lines: { set: LineSet; shapes: readonly CaseShape[]; tables: readonly (PriceTable | undefined)[] },
  o: {
    rates: CompiledRates;
    rateValues: readonly Ratio[];
    combine: AdjustmentCombination;
    keyOf: (ci: number, k: number) => string | undefined;
  },
): TornadoModel {
  const { set, shapes } = lines;
  const priceLines = new Map<string, PriceLine[]>();
  const buckets: Bucket[][] = [];
  const classes: Set<number>[] = [];
  shapes.forEach((shape, ci) => {
    const own: Bucket[] = [];
    const at = new Map<string, number>();
    const mine = new Set<number>();
    for (let k = shape.from; k < shape.to; k++) {
      const f = set.flags[k] as number;
      const intervention = (f & CF) === 0 && (f & INTERVENTION) !== 0;
      const it = set.item[k]?.item;
      const cls = intervention ? -1 : o.rates.classOf(it?.code, lineDomain(it, set.source[k] as Line));
      if (cls >= 0) mine.add(cls);
      const b = {
        payer: set.payer[k] as number,
        cls,
        alt: set.alt[k] as number,
        transfer: (f & TRANSFER) !== 0,
        intervention,
      };
      const id = `${b.payer}|${b.cls}|${b.alt}|${b.transfer}|${b.intervention}`;
      let i = at.get(id);
      if (i === undefined) {
        i = own.push({ ...b, cents: 0n }) - 1;
        at.set(id, i);
      }
      const sign = f & CF || intervention ? 1n : -1n;
      const cost = BigInt(lineCost(set, k));
      (own[i] as Bucket).cents += sign * cost;
      const key = o.keyOf(ci, k);
      if (key === undefined) continue;
      const list = priceLines.get(key) ?? [];
      list.push({ ci, bucket: i, sign, q: lineRatio(set, k), cost });
      priceLines.set(key, list);
    }
    buckets.push(own);
    classes.push(mine);
  });
  return {
    buckets,
    weights: shapes.map((s) => s.weights),
    classes,
    classRates: o.rates.classRates,
    rateValues: o.rateValues,
    combine: o.combine,
    priceLines,
  };
}

/** The factor of each rate class, with one rate set to `x` when the variation is a rate. */
function factors(m: TornadoModel, v: Variation | undefined): Ratio[] {
  const value = (i: number): Ratio =>
    i < 0 ? ZERO : v?.kind === "rate" && v.index === i ? v.x : (m.rateValues[i] as Ratio);
  return m.classRates.map((c) => combineRates([value(c[0]), value(c[1]), value(c[2])], m.combine));
}

/**
 * @internal The alternatives' probabilities with alternative `alt` at `x`: the others keep their proportions
 * (scaled by (1 − x) / (1 − p)), or share 1 − x equally where they all had 0.
 *
 * @example
 * ```ts
 * reweigh([ratio(7n, 20n), ratio(13n, 20n)], 0, ratio(1n, 2n)); // [1/2, 1/2]
 * ```
 */
export function reweigh(w: readonly Ratio[], alt: number, x: Ratio): Ratio[] {
  const p = w[alt] as Ratio;
  const rest = ratio(p.d - p.n, p.d);
  const left = ratio(x.d - x.n, x.d);
  return w.map((wi, i) => {
    if (i === alt) return x;
    if (rest.n === 0n) return mulRatio(left, ratio(1n, BigInt(w.length - 1)));
    return mulRatio(wi, mulRatio(left, ratio(rest.d, rest.n)));
  });
}

/** The cents of a case's buckets with the variation's price: lines rounded to cents, or exact. */
function bucketCents(m: TornadoModel, ci: number, v: Variation | undefined, exact: boolean): Ratio[] {
  const out = (m.buckets[ci] as Bucket[]).map((b) => ratio(b.cents));
  if (v?.kind !== "price") return out;
  for (const l of m.priceLines.get(v.key) ?? []) {
    if (l.ci !== ci) continue;
    const q = mulRatio(v.x, l.q);
    const cost = exact ? q : ratio(roundRatio(q));
    out[l.bucket] = addRatio(out[l.bucket] as Ratio, mulRatio(ratio(l.sign), addRatio(cost, ratio(-l.cost))));
  }
  return out;
}

/** One case's net return per lens under a variation, from its buckets' cents. */
function caseNet(m: TornadoModel, ci: number, v: Variation | undefined, f: readonly Ratio[], exact: boolean) {
  const cents = bucketCents(m, ci, v, exact);
  const w0 = m.weights[ci];
  const w = w0 && v?.kind === "probability" && v.cases.includes(ci) ? reweigh(w0, v.alt, v.x) : w0;
  const lens = (name: LensName): Ratio[] => {
    const avoided = new Map<number, Ratio>();
    let inter = ZERO;
    (m.buckets[ci] as Bucket[]).forEach((b, i) => {
      if (name === "societal" && b.transfer) return;
      const c = cents[i] as Ratio;
      if (b.intervention) {
        inter = addRatio(inter, c);
        return;
      }
      const x = mulRatio(mulRatio(c, f[b.cls] as Ratio), b.alt >= 0 ? (w?.[b.alt] as Ratio) : ONE);
      avoided.set(b.payer, addRatio(avoided.get(b.payer) ?? ZERO, x));
    });
    return [...avoided.values(), ratio(-inter.n, inter.d)];
  };
  return { budget: lens("budget"), societal: lens("societal") };
}

/**
 * @internal The net return of the cases `which` per lens under a variation: rounded as the engine rounds
 * (avoided cost half-up to cents once per case and payer) and exact (nothing rounded but the other lines).
 *
 * @example
 * ```ts
 * tornadoNet(m, [0, 1], { kind: "rate", index: 0, x: ratio(3n, 10n) }).budget.rounded; // cents
 * ```
 */
export function tornadoNet(m: TornadoModel, which: Iterable<number>, v?: Variation): LensNets {
  const f = factors(m, v);
  const sum = { budget: { r: 0n, e: ZERO }, societal: { r: 0n, e: ZERO } };
  for (const ci of which) {
    const rounded = caseNet(m, ci, v, f, false);
    const exact = v?.kind === "price" ? caseNet(m, ci, v, f, true) : rounded;
    for (const name of ["budget", "societal"] as const) {
      const parts = rounded[name];
      // The last part is minus the intervention cost (whole cents when rounded); the others are payers' avoided cost.
      for (const [i, p] of parts.entries()) sum[name].r += i === parts.length - 1 ? roundRatio(p) : roundRatioHalfUp(p);
      sum[name].e = exact[name].reduce(addRatio, sum[name].e);
    }
  }
  return {
    budget: { rounded: sum.budget.r, exact: sum.budget.e },
    societal: { rounded: sum.societal.r, exact: sum.societal.e },
  };
}
