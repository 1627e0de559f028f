/**
 * Turns draws into the statistics a simulation reports.
 * @internal
 */

import { ratioString } from "../cases/evaluate.js";
import type { ListedPm } from "../cases/listPm.js";
import { addCents, type Cents } from "../money/cents.js";
import { D } from "../money/decimal.js";
import { ratio, ratioToFixed } from "../money/ratio.js";
import type { PriceListStamp } from "../pricelists/types.js";
import type { AdjustmentCombination } from "./adjustments.js";
import { type CertaintyStatement, certaintyStatement, type SimulationWarning } from "./certainty.js";
import type { CompiledSimulation, RangeFrom } from "./compileSimulation.js";
import type { CorrelationGroup } from "./correlationGroups.js";
import type { DiscountTiming } from "./discountFlows.js";
import type { Distribution } from "./distributions.js";
import type { GroupField } from "./groupKey.js";
import { LENS_NAMES, type LensName, type LensReturn, lensReturn, type PayerReturn } from "./lenses.js";
import { percentiles } from "./percentiles.js";
import type { ModelBlock } from "./runModelDraws.js";
import type { SimulatedContinuation, YearModel } from "./simulationYears.js";
import type { WellbyValuation } from "./wellby.js";

/** Mean and percentiles of a simulated amount, rounded to integer cents (half toward +∞) from the draws' floats. */
export interface SimulatedStats {
  /** The mean over the draws, cents. */
  readonly mean: Cents;
  /** The 5th percentile (linear interpolation between ranks), cents. */
  readonly p5: Cents;
  /** The median, cents. */
  readonly p50: Cents;
  /** The 95th percentile, cents. */
  readonly p95: Cents;
}

/** Mean and percentiles of a simulated ratio, as decimal text to four places (half-up). */
export interface SimulatedRatioStats {
  /** The mean over the draws, e.g. `"1.2500"`. */
  readonly mean: string;
  /** The 5th percentile (linear interpolation between ranks). */
  readonly p5: string;
  /** The median. */
  readonly p50: string;
  /** The 95th percentile. */
  readonly p95: string;
}

/** The WELLBY valuation of a simulation, beside (never inside) its euros of cost. */
export interface SimulatedWellby extends WellbyValuation {
  /** The WELLBY value per draw (points × the drawn value per point), euros. */
  readonly simulated: SimulatedStats;
  /** (avoided cost + WELLBY value) / intervention cost at the point value: only with `includeWellbeing`. */
  readonly exactRatioIncludingWellbeing?: string | undefined;
  /** The same per draw (four decimals): only with `includeWellbeing`, and when no draw has zero intervention cost. */
  readonly ratioIncludingWellbeing?: SimulatedRatioStats | undefined;
  /**
   * Present with a simulation over several years: the valuation is of the measured person-years only, not
   * discounted and not continued, while the euros are present values (a ratio including wellbeing adds the two).
   */
  readonly measuredYearsOnly?: true | undefined;
}

/** One group's simulation (or the total over all cases). */
export interface GroupSimulation {
  /** The group's values, e.g. `{ wijk: "WK079601" }`; `{}` for the total (named `by` as in the roll-up). */
  readonly by: Readonly<Record<string, string>>;
  /** The number of cases in the group. */
  readonly cases: number;
  /** Exact point estimates at list prices (probability-weighted counterfactuals), as in `compute`. */
  readonly exact: {
    /** Avoided cost, cents. */
    readonly avoidedCost: Cents;
    /** Intervention cost, cents. */
    readonly interventionCost: Cents;
    /** Net return, cents. */
    readonly netReturn: Cents;
    /** avoidedCost / interventionCost to 4 decimals; absent where the intervention cost is 0. */
    readonly ratio?: string | undefined;
  };
  /** Net return C − A per draw, cents (rounded from the simulation's floating point). */
  readonly netReturn: SimulatedStats;
  /** ΣB / ΣI per draw (four decimals); absent when the intervention cost is zero in some draw. */
  readonly ratio?: SimulatedRatioStats | undefined;
  /** Draws with net return above zero, and their share (four decimals). */
  readonly positiveDraws: number;
  /** positiveDraws / draws to 4 decimals, half-up, e.g. `"0.9731"`. */
  readonly probabilityPositive: string;
}

/** One payer's simulated net return in one lens. */
export interface SimulatedPayer {
  /** The exact figures at list prices (probability-weighted counterfactuals), as in `compute`. */
  readonly exact: PayerReturn;
  /** The payer's net return (gained − invested) per draw, cents. */
  readonly net: SimulatedStats;
  /** Draws in which this payer comes out ahead (net above zero), and their share (four decimals). */
  readonly positiveDraws: number;
  /** positiveDraws / draws to 4 decimals, half-up: the chance this payer comes out ahead. */
  readonly probabilityPositive: string;
}

/** One lens of a simulation over all cases: the total and every payer, how sure each is to gain. */
export interface SimulatedLens {
  /** The exact figures at list prices, in total and per payer. */
  readonly exact: LensReturn;
  /** The net return per draw, cents. */
  readonly net: SimulatedStats;
  /** Draws with net return above zero, and their share (four decimals). */
  readonly positiveDraws: number;
  /** positiveDraws / draws to 4 decimals, half-up: the chance the net return in this lens is positive. */
  readonly probabilityPositive: string;
  /** The same per payer, payers sorted. */
  readonly byPayer: Readonly<Record<string, SimulatedPayer>>;
}

/** The wrong-pocket picture under uncertainty: per payer, in the budget lens and the societal lens. */
export interface SimulatedLenses {
  /** Every line, transfers included. */
  readonly budget: SimulatedLens;
  /** Transfers (such as bijstand) left out: what society gains. */
  readonly societal: SimulatedLens;
}

/** An uncertain price of the simulation. */
export interface SimulationParameter {
  /** `code@list@version` */
  readonly key: string;
  /** The item's code, e.g. `justitie.detentie.dag`. */
  readonly item: string;
  /** The list version it comes from, `id@version`. */
  readonly pricelist: string;
  /** The low end of the item's range, cents. */
  readonly low: Cents;
  /** The list price (the distribution's mode), cents. */
  readonly mode: Cents;
  /** The high end of the item's range, cents. */
  readonly high: Cents;
  /** `source` (the list's range), `relative` (a stated relative range), `simulation` (roughRange), `case` (ad-hoc line). */
  readonly rangeFrom: RangeFrom;
  /** The correlation group it was drawn with. */
  readonly group?: string | undefined;
}

/** An SROI rate of the simulation, fixed or drawn. */
export interface SimulationRate {
  /** `deadweight`, `deadweight@domain:justitie`, `attribution@item:CODE`. */
  readonly key: string;
  /** As given: `0.2`, `0.1:0.2:0.3`, `pert:0.1:0.2:0.3`, `uniform:0.1:0.3`. */
  readonly value: string;
  /** How it was drawn; `fixed` when its minimum equals its maximum. */
  readonly distribution: Distribution | "fixed";
}

/** The years of a simulation: what its present values rest on, and what of it was drawn. */
export interface SimulationYears {
  /** Years from the first year, 1 to 100; the figures are present values over them. */
  readonly horizon: number;
  /** True when the horizon was not given (the observed years and any continuation). */
  readonly horizonDefault: boolean;
  /** The calendar year that is year 1 (the first year with flows). */
  readonly firstYear: number;
  /** The last calendar year with observed flows. */
  readonly lastObservedYear: number;
  /** Calendar years (a line's cost falls in the years its dates cover). */
  readonly basis: "calendar";
  /** `start` (year 1 undiscounted) or `mid` (each year's flows half-way through it). */
  readonly timing: DiscountTiming;
  /** True when the timing was not given. */
  readonly timingDefault: boolean;
  /** The real discount rate: as given, how it was drawn (`fixed` when not), whether it was the default. */
  readonly discountRate: SimulationRate & {
    /** True when no discount rate was given (the default 0.0225 applies). */
    readonly default: boolean;
  };
  /** Outcomes continued beyond the observed years, each with its drop-off (a drawn one is in `rates`). */
  readonly continuation: readonly SimulatedContinuation[];
  /** The choices the figures rest on, in words. */
  readonly notes: readonly string[];
}

/** The result of {@link simulate}. */
export interface SimulationResult {
  /** The seed as decimal text (seeds may exceed 2⁵³). */
  readonly seed: string;
  /** The number of draws. */
  readonly draws: number;
  /** How prices were drawn within their range. */
  readonly distribution: Distribution;
  /** The fields grouped by, in order; empty for the total only. */
  readonly groupBy: readonly GroupField[];
  /** How the draws were made and summarised, in words, for the report. */
  readonly method: string;
  /** The lists that priced the cases. */
  readonly lists: readonly PriceListStamp[];
  /** Every uncertain price drawn, sorted by key; empty when nothing varied (then every draw equals the exact figure). */
  readonly parameters: readonly SimulationParameter[];
  /** How deadweight, displacement and attribution were combined. */
  readonly combine: AdjustmentCombination;
  /** The SROI rates applied, and the drop-off settings with years; none: avoided cost unadjusted. */
  readonly rates: readonly SimulationRate[];
  /** Items drawn together. */
  readonly correlationGroups: readonly CorrelationGroup[];
  /** What varied, what stayed fixed, and which share of the counterfactual cost rests on drawn prices. */
  readonly certainty: CertaintyStatement;
  /** Nothing varied; most of the cost on fixed rough figures; rough items drawn within an assumed range. */
  readonly warnings: readonly SimulationWarning[];
  /**
   * Present only over several years (a horizon, discount rate, timing, continuation or drop-off given): every
   * figure (point estimates, percentiles, lenses) is then a present value over these years.
   */
  readonly years?: SimulationYears | undefined;
  /** The simulation over all cases. */
  readonly total: GroupSimulation;
  /** One simulation per group (empty without `groupBy`). */
  readonly groups: readonly GroupSimulation[];
  /** All cases per payer, in both lenses: who bears the cost, who gains, and in what share of draws. */
  readonly lenses: SimulatedLenses;
  /** The WELLBY valuation, present only with a `wellby` value: beside the euros of cost, never inside them. */
  readonly wellby?: SimulatedWellby | undefined;
  /** Sampled prices per parameter key, cents (rounded half toward +∞), one per draw; present on request. */
  readonly samples?: Readonly<Record<string, readonly Cents[]>> | undefined;
  /** The PM (pro memorie) effects of the cases and of the programmes: listed, never priced. */
  readonly pm: readonly ListedPm[];
}

/** @internal The method's words on the years, after {@link METHOD}, when the simulation runs over them. */
export const YEARS_METHOD =
  "Over several years, each line's cost falls in the calendar years its dates cover (shared by largest remainder, as whatif's projection), a drawn price's difference likewise in proportion to the line's quantity in each year; beyond its last observed year an outcome continues only by a continuation assumption, its domain's (or item's) avoided cost of that year × (1 − drop-off)^k in the k-th year after, the drop-off drawn where it is a distribution; year t is discounted by (1 + r)^(t − 1) (timing start) or (1 + r)^(t − ½) (timing mid) at the draw's discount rate, drawn after everything else in the draw's stream where it is a distribution. Net return, ratio and the payers' figures are present values; the point estimates are whatif's projection at list prices without SROI rates, the discount rate and the drop-offs at their modes (a uniform one at its midpoint), rounded to cents as it rounds.";

/** @internal */
export const METHOD =
  "Each draw prices every case with prices drawn within their range (draw k uses stream k of the seeded xoshiro128** generator; items of a correlation group at one shared quantile), draws the SROI rates given as distributions, and draws one counterfactual alternative by its probability; where the probabilities are stated as uncertain (concentration κ), they are first drawn from a Dirichlet(κ·p), once per draw for all cases that share the judgement (the same probabilities, κ and reason). Avoided cost is multiplied per line by its factor of deadweight, displacement and attribution (year 1). Lines start from their exact rounded cost at list prices; a draw adds quantity × (drawn − list price) without rounding. Percentiles: linear interpolation between ranks (type 7). Amounts are rounded to cents for display only.";

/** @internal Mean and percentiles of a figure per draw, unrounded floats. */
export interface RawStats {
  readonly mean: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/**
 * @internal Mean and percentiles of a figure per draw, unrounded.
 *
 * @example
 * ```ts
 * stats(Float64Array.from([1, 2, 3])).p50; // 2
 * ```
 */
export function stats(values: Float64Array): RawStats {
  let sum = 0;
  for (const v of values) sum += v;
  const [p5, p50, p95] = percentiles(values, [0.05, 0.5, 0.95]) as [number, number, number];
  return { mean: sum / values.length, p5, p50, p95 };
}

/**
 * @internal Statistics of an amount in cents, rounded to whole cents (the draws' floats; half toward +∞).
 *
 * @example
 * ```ts
 * centStats(stats(Float64Array.from([150, 250]))).mean; // 200
 * ```
 */
export function centStats(s: RawStats): SimulatedStats {
  return { mean: Math.round(s.mean), p5: Math.round(s.p5), p50: Math.round(s.p50), p95: Math.round(s.p95) };
}

/**
 * @internal Statistics of a ratio to four decimals, half-up.
 *
 * @example
 * ```ts
 * fixed4(stats(Float64Array.from([1.5]))).p5; // "1.5000"
 * ```
 */
export function fixed4(s: RawStats): SimulatedRatioStats {
  // Drop the binary noise of the division (15 significant digits) before rounding half-up, so that
  // a ratio such as 300210 / 200000 = 1.50105 (a float just below) shows as the exact ratio does, 1.5011.
  const f = (x: number) => D(String(x)).toSignificantDigits(15).toFixed(4);
  return { mean: f(s.mean), p5: f(s.p5), p50: f(s.p50), p95: f(s.p95) };
}

/** @internal Summarises blocks covering draws 0 … draws−1 (in any order). */
export function summariseDraws(
  m: CompiledSimulation,
  blocks: readonly ModelBlock[],
  opts: {
    seed: number | bigint;
    draws: number;
    distribution: Distribution;
    groupBy: readonly GroupField[];
    samples?: boolean | undefined;
    combine?: AdjustmentCombination | undefined;
    pm?: readonly ListedPm[] | undefined;
  },
): SimulationResult {
  const G = m.nGroups;
  const N = opts.draws;
  const net = new Float64Array(N * G);
  const inter = new Float64Array(N * G);
  const P = m.params.length;
  const samples = opts.samples ? new Float64Array(N * P) : undefined;
  for (const b of blocks) {
    net.set(b.net, b.from * G);
    inter.set(b.inter, b.from * G);
    if (samples && b.samples) samples.set(b.samples, b.from * P);
  }
  // Exact point estimates per group.
  const exact = Array.from({ length: G + 1 }, () => ({ b: 0, i: 0, net: 0, cases: 0 }));
  m.exact.forEach((r, c) => {
    for (const e of [exact[m.caseGroup[c] as number], exact[G]] as {
      b: number;
      i: number;
      net: number;
      cases: number;
    }[]) {
      e.b = addCents(e.b, r.avoidedCost);
      e.i = addCents(e.i, r.interventionCost);
      e.net = addCents(e.net, r.netReturn);
      e.cases++;
    }
  });
  const group = (g: number): GroupSimulation => {
    const gn = new Float64Array(N);
    const gr = new Float64Array(N);
    let zeroI = false;
    let positive = 0;
    for (let d = 0; d < N; d++) {
      let x = 0;
      let i = 0;
      if (g === G)
        for (let k = 0; k < G; k++) {
          x += net[d * G + k] as number;
          i += inter[d * G + k] as number;
        }
      else {
        x = net[d * G + g] as number;
        i = inter[d * G + g] as number;
      }
      gn[d] = x;
      if (i === 0) zeroI = true;
      gr[d] = (x + i) / i;
      if (x > 0) positive++;
    }
    const e = exact[g] as { b: number; i: number; net: number; cases: number };
    const r = ratioString(e.b, e.i);
    const present = m.years && (g === G ? m.years.exact.total : m.years.exact.groups[g]);
    return {
      by: g === G ? {} : (m.groups[g] as Record<string, string>),
      cases: e.cases,
      exact: present ?? {
        avoidedCost: e.b,
        interventionCost: e.i,
        netReturn: e.net,
        ...(r !== undefined ? { ratio: r } : {}),
      },
      netReturn: centStats(stats(gn)),
      ...(zeroI || N === 0 ? {} : { ratio: fixed4(stats(gr)) }),
      positiveDraws: positive,
      probabilityPositive: N === 0 ? "0.0000" : ratioToFixed(ratio(positive, N), 4),
    };
  };
  const out: SimulationResult = {
    seed: String(opts.seed),
    draws: N,
    distribution: opts.distribution,
    groupBy: opts.groupBy,
    method: m.years ? `${METHOD.replace(" (year 1).", " (in every year).")} ${YEARS_METHOD}` : METHOD,
    lists: m.lists.map((l) => ({ id: l.id, version: l.version, priceYear: l.priceYear, fingerprint: l.fingerprint })),
    parameters: m.params.map((p) => ({
      key: p.key,
      item: p.item,
      pricelist: p.pricelist,
      low: p.low,
      mode: p.mode,
      high: p.high,
      rangeFrom: p.rangeFrom,
      ...(p.group !== undefined ? { group: p.group } : {}),
    })),
    combine: opts.combine ?? "multiplicative",
    rates: m.rates.map((r) => ({
      key: r.key,
      value: r.text,
      distribution: r.high > r.low ? r.distribution : "fixed",
    })),
    correlationGroups: m.correlationGroups,
    ...certaintyStatement(m.certainty, m, m.roughRange),
    ...(m.years ? { years: yearsOf(m.years) } : {}),
    total: group(G),
    groups: opts.groupBy.length === 0 ? [] : Array.from({ length: G }, (_, g) => group(g)),
    lenses: lensesOf(m, blocks, totalNet(net, N, G)),
    pm: opts.pm ?? [],
    ...(samples
      ? {
          samples: Object.fromEntries(
            m.params.map((p, k) => [
              p.key,
              Array.from({ length: N }, (_, d) => Math.round(samples[d * P + k] as number)),
            ]),
          ),
        }
      : {}),
  };
  return out;
}

/** A figure per draw summarised: percentiles in euros and the share of draws above zero. */
function netStats(values: Float64Array): Pick<SimulatedPayer, "net" | "positiveDraws" | "probabilityPositive"> {
  let positive = 0;
  for (const v of values) if (v > 0) positive++;
  const N = values.length;
  return {
    net: centStats(stats(values)),
    positiveDraws: positive,
    probabilityPositive: N === 0 ? "0.0000" : ratioToFixed(ratio(positive, N), 4),
  };
}

/** The exact per-payer cents of one lens over every case. */
function exactLens(m: CompiledSimulation, lens: LensName, payers: readonly string[]): LensReturn {
  const cents = new Map(payers.map((p) => [p, { invested: 0n, gained: 0n }]));
  for (const r of m.exact) {
    const by = lens === "budget" ? r.byPayer : r.societal.byPayer;
    for (const p of Object.keys(by)) {
      const c = cents.get(p);
      if (!c) continue;
      c.invested += BigInt(by[p]?.interventionCost as number);
      c.gained += BigInt(by[p]?.avoidedCost as number);
    }
  }
  return lensReturn(cents);
}

/** The exact present values of a lens, with every payer of the cells (zero where a payer has no flow in it). */
function presentLens(l: LensReturn, payers: readonly string[]): LensReturn {
  const zero = { invested: 0, gained: 0, net: 0 };
  const byPayer: Record<string, PayerReturn> = Object.create(null);
  for (const p of payers) byPayer[p] = Object.hasOwn(l.byPayer, p) ? (l.byPayer[p] as PayerReturn) : zero;
  return { ...l, byPayer: { ...byPayer } };
}

/** The result's account of the years. */
function yearsOf(y: YearModel): SimulationYears {
  const d = y.discount;
  return {
    horizon: y.nYears,
    horizonDefault: !y.given.horizon,
    firstYear: y.firstYear,
    lastObservedYear: y.lastObservedYear,
    basis: "calendar",
    timing: y.timing,
    timingDefault: !y.given.timing,
    discountRate: {
      key: "discountRate",
      value: d.text,
      distribution: d.high > d.low ? y.discountDistribution : "fixed",
      default: !y.given.discountRate,
    },
    continuation: y.continuation,
    notes: y.notes,
  };
}

/** Net return per draw over every group, summed as the total row sums it. */
function totalNet(net: Float64Array, N: number, G: number): Float64Array {
  const out = new Float64Array(N);
  for (let d = 0; d < N; d++) {
    let x = 0;
    for (let k = 0; k < G; k++) x += net[d * G + k] as number;
    out[d] = x;
  }
  return out;
}

/**
 * @internal Per payer and lens: the exact figures beside the draws of the model's cells. The budget lens's
 * total is the simulation's own total (the same draws, summed the same way), so the two never differ by a cent.
 */
function lensesOf(m: CompiledSimulation, blocks: readonly ModelBlock[], budgetTotal: Float64Array): SimulatedLenses {
  const N = budgetTotal.length;
  const cells = m.cells ?? [];
  const nets = cells.map(() => new Float64Array(N));
  for (const b of blocks)
    for (const [k, cb] of (b.cells ?? []).entries()) (nets[k] as Float64Array).set(cb.net, cb.from);
  const lens = (name: LensName): SimulatedLens => {
    const total = name === "budget" ? budgetTotal : new Float64Array(N);
    const byPayer: Record<string, SimulatedPayer> = Object.create(null);
    const mine = cells.flatMap((c, k) => (c.lens === name ? [{ payer: c.payer, net: nets[k] as Float64Array }] : []));
    const exact = m.years
      ? presentLens(
          m.years.exact.lenses[name],
          mine.map((c) => c.payer),
        )
      : exactLens(
          m,
          name,
          mine.map((c) => c.payer),
        );
    for (const c of mine) {
      if (name === "societal") for (let d = 0; d < N; d++) total[d] = (total[d] as number) + (c.net[d] as number);
      byPayer[c.payer] = { exact: exact.byPayer[c.payer] as PayerReturn, ...netStats(c.net) };
    }
    return { exact, ...netStats(total), byPayer: { ...byPayer } };
  };
  const [budget, societal] = LENS_NAMES.map(lens) as [SimulatedLens, SimulatedLens];
  return { budget, societal };
}
