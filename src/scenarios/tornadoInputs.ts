/**
 * The inputs a tornado varies: prices with a range in their list, SROI rates
 * given as a distribution, and the probabilities of counterfactual
 * alternatives; each with its low, baseline and high value, its allowed
 * domain and the cases it touches.
 * @internal
 */
import type { CompiledLines } from "../cases/compileCases.js";
import type { CaseShape } from "../cases/lineSet.js";
import type { Case } from "../cases/schema.js";
import type { Issue } from "../errors/issue.js";
import { centsToString } from "../money/cents.js";
import { addRatio, mulRatio, ONE, type Ratio, ratio, ratioFromDecimal, ratioToNumber, ZERO } from "../money/ratio.js";
import { type AdjustmentCombination, parseRate } from "./adjustments.js";
import { betaQuantile } from "./betaQuantile.js";
import type { CompiledRates, SimRate } from "./compileRates.js";
import { lineParameter, type SimParameter } from "./compileSimulation.js";
import type { Variation } from "./tornadoModel.js";
import type { TornadoRow } from "./tornadoTypes.js";
import type { CompiledJudgements, ProbabilityJudgement } from "./uncertainProbabilities.js";
import { parseRateText, type RateDistribution } from "./uncertainRate.js";

/** @internal One input of the table, before it is evaluated. */
export interface TornadoInput {
  /** The row's description (its figures are added by the tornado). */
  readonly row: Omit<TornadoRow, "lenses" | "lensesAgree" | "swing">;
  /** Low and high value (cents for a price). */
  readonly low: Ratio;
  readonly high: Ratio;
  /** The values the input may take. */
  readonly domain: { readonly min: Ratio; readonly max?: Ratio | undefined };
  /** Indices of the cases it touches. */
  readonly cases: readonly number[];
  /** The input set to `x`. */
  variation(x: Ratio): Variation;
}

/** A fraction as decimal text: exact where it terminates. */
const fraction = (r: Ratio): string => String(ratioToNumber(r));

/** A rate's exact minimum, baseline (mode; a uniform rate's midpoint) and maximum, from its text as given. */
function exactBounds(r: SimRate): { low: Ratio; mode: Ratio; high: Ratio } {
  const issues: Issue[] = [];
  const one = (v: string | number | undefined): Ratio => (parseRate(v, [], issues) as { r: Ratio }).r;
  const p = parseRateText(r.text);
  if (typeof p === "string" || typeof p === "number") {
    const x = one(p);
    return { low: x, mode: x, high: x };
  }
  const d = p as RateDistribution;
  const low = one(d.min);
  const high = one(d.max);
  const mode = d.distribution === "uniform" ? mulRatio(addRatio(low, high), ratio(1n, 2n)) : one(d.mode);
  return { low, mode, high };
}

const lessThan = (a: Ratio, b: Ratio): boolean => a.n * b.d < b.n * a.d;

/** Where a price row's range comes from, by the simulation's `rangeFrom`. */
const PRICE_RANGE = { source: "list", relative: "list", simulation: "assumed", case: "case" } as const;

/** The prices the simulation draws: items with a range (their list's, or assumed for rough ones), ad-hoc ranges. */
function priceInputs(
  cases: readonly Case[],
  lines: CompiledLines,
  roughRange: string,
): { inputs: TornadoInput[]; key: (ci: number, k: number) => string | undefined } {
  const { set, shapes, tables } = lines;
  const keys = new Map<number, string>();
  const found = new Map<string, { p: SimParameter; ci: Set<number> }>();
  shapes.forEach((shape, ci) => {
    for (let k = shape.from; k < shape.to; k++) {
      const p = lineParameter(set, k, { table: tables[ci], caseId: (cases[ci] as Case).id, roughRange });
      if (!p) continue;
      keys.set(k, p.key);
      const e = found.get(p.key) ?? { p, ci: new Set<number>() };
      e.ci.add(ci);
      found.set(p.key, e);
    }
  });
  const inputs = [...found.values()].map(({ p, ci }): TornadoInput => {
    return {
      row: {
        kind: "price",
        input: p.item,
        item: p.item,
        ...(p.pricelist !== "" ? { pricelist: p.pricelist } : {}),
        range: PRICE_RANGE[p.rangeFrom],
        unit: "euro",
        low: centsToString(p.low),
        mode: centsToString(p.mode),
        high: centsToString(p.high),
        domain: { min: "0.00" },
        cases: ci.size,
      },
      low: ratio(p.low),
      high: ratio(p.high),
      domain: { min: ZERO },
      cases: [...ci],
      variation: (x) => ({ kind: "price", key: p.key, x }),
    };
  });
  // Line k of the set belongs to one case: the key needs no case index.
  return { inputs, key: (_ci, k) => keys.get(k) };
}

/** The rates given as a distribution (a fixed rate varies nothing), each over its minimum to maximum. */
function rateInputs(
  rates: CompiledRates,
  bounds: readonly { low: Ratio; mode: Ratio; high: Ratio }[],
  classesOf: readonly ReadonlySet<number>[],
  combine: AdjustmentCombination,
): TornadoInput[] {
  return rates.rates.flatMap((r, j): TornadoInput[] => {
    const b = bounds[j] as { low: Ratio; mode: Ratio; high: Ratio };
    if (!lessThan(b.low, b.high)) return [];
    const mine = rates.classRates.flatMap((c, ci) => (c.includes(j) ? [ci] : []));
    // Added up, the factor 1 − r − others must stay at least 0: the rate may go up to 1 − others, in every class.
    let max = ONE;
    if (combine === "additive")
      for (const c of mine) {
        const others = (rates.classRates[c] as readonly number[])
          .filter((i) => i >= 0 && i !== j)
          .reduce((s, i) => addRatio(s, (bounds[i] as { mode: Ratio }).mode), ZERO);
        const cap = addRatio(ONE, ratio(-others.n, others.d));
        if (lessThan(cap, max)) max = cap;
      }
    const cases = classesOf.flatMap((set, ci) => (mine.some((c) => set.has(c)) ? [ci] : []));
    return [
      {
        row: {
          kind: "rate",
          input: r.key,
          range: "distribution",
          unit: "fraction",
          low: fraction(b.low),
          mode: fraction(b.mode),
          high: fraction(b.high),
          domain: { min: "0", max: fraction(max) },
          cases: cases.length,
        },
        low: b.low,
        high: b.high,
        domain: { min: ZERO, max },
        cases,
        variation: (x) => ({ kind: "rate", index: j, x }),
      },
    ];
  });
}

/** A probability as an exact fraction of 6 decimals (the Beta quantiles are accurate far beyond that). */
const sixDecimals = (x: number): Ratio => ratioFromDecimal(BigInt(Math.round(x * 1e6)), 6);

/**
 * A probability's low and high: with a stated concentration κ, P5 and P95 of its marginal Beta(κp, κ(1 − p)) (what a
 * simulation draws); without, 0 … 1.
 */
function probabilityRange(p: Ratio, k: number | undefined): { low: Ratio; high: Ratio; range: "stated" | "unit" } {
  if (k === undefined) return { low: ZERO, high: ONE, range: "unit" };
  const x = ratioToNumber(p);
  if (x <= 0 || x >= 1) return { low: p, high: p, range: "stated" };
  const a = k * x;
  const b = k * (1 - x);
  return { low: sixDecimals(betaQuantile(0.05, a, b)), high: sixDecimals(betaQuantile(0.95, a, b)), range: "stated" };
}

/** The cases (indices) of each judgement, from the judgement of each case with alternatives, in case order. */
function judgementCases(cases: readonly Case[], judged: CompiledJudgements): number[][] {
  const out = judged.judgements.map((): number[] => []);
  let choice = 0;
  cases.forEach((c, ci) => {
    if (Array.isArray(c.counterfactual)) return;
    const j = judged.choiceJudgement[choice++] as number;
    if (j >= 0) out[j]?.push(ci);
  });
  return out;
}

/**
 * Each case's alternatives: one row for a set of two (the other is its complement), one per alternative beyond.
 * Cases that share a judgement (the same probabilities, κ and reason; the simulation draws them once per draw)
 * are one row per alternative, swinging all of them together.
 */
function probabilityInputs(cases: readonly Case[], shapes: readonly CaseShape[], judged: CompiledJudgements) {
  const ofCase = new Map<number, { j: ProbabilityJudgement; cis: number[] }>();
  judgementCases(cases, judged).forEach((cis, j) => {
    for (const ci of cis) ofCase.set(ci, { j: judged.judgements[j] as ProbabilityJudgement, cis });
  });
  return shapes.flatMap((shape, ci): TornadoInput[] => {
    const w = shape.weights;
    const c = cases[ci] as Case;
    if (!w || w.length < 2 || Array.isArray(c.counterfactual)) return [];
    const shared = ofCase.get(ci);
    // A shared judgement's rows are made once, at its first case.
    if (shared && shared.cis.length > 1 && shared.cis[0] !== ci) return [];
    const group = shared && shared.cis.length > 1 ? shared : undefined;
    const alts = c.counterfactual.alternatives;
    return (w.length === 2 ? [0] : w.map((_, a) => a)).map((a): TornadoInput => {
      const label = alts[a]?.label;
      const kappa = shared ? Number(shared.j.concentration) : undefined;
      const { low, high, range } = probabilityRange(w[a] as Ratio, kappa);
      const touched = group ? group.cis : [ci];
      return {
        row: {
          kind: "probability",
          input: `${group ? group.j.input : c.id}/counterfactual.alternatives[${a}]`,
          ...(group ? { judgement: group.j.reason } : { case: c.id }),
          alternative: a,
          ...(label !== undefined ? { label } : {}),
          range,
          unit: "fraction",
          low: fraction(low),
          mode: fraction(w[a] as Ratio),
          high: fraction(high),
          domain: { min: "0", max: "1" },
          cases: touched.length,
        },
        low,
        high,
        domain: { min: ZERO, max: ONE },
        cases: touched,
        variation: (x) => ({ kind: "probability", cases: touched, alt: a, x }),
      };
    });
  });
}

/**
 * @internal The price and probability inputs of a tornado, the baseline value of each rate, the key of a
 * line's uncertain price, and the rate inputs once the cases' rate classes are known.
 *
 * @example
 * ```ts
 * const judged = compileJudgements(cases, lines.shapes, undefined, []);
 * const x = tornadoInputs(cases, lines, rates, { combine: "multiplicative", roughRange: "0.3", judged });
 * const all = [...x.inputs, ...x.rateInputs(model.classes)];
 * ```
 */
export function tornadoInputs(
  cases: readonly Case[],
  lines: CompiledLines,
  rates: CompiledRates,
  how: {
    combine: AdjustmentCombination;
    roughRange: string;
    /** The uncertain probabilities, as shared judgements (compiled over these cases, in this order). */
    judged: CompiledJudgements;
  },
): {
  inputs: TornadoInput[];
  rateValues: Ratio[];
  priceKey: (ci: number, k: number) => string | undefined;
  /** The rate inputs, given the rate classes each case has lines in. */
  rateInputs: (classes: readonly ReadonlySet<number>[]) => TornadoInput[];
} {
  const bounds = rates.rates.map(exactBounds);
  const prices = priceInputs(cases, lines, how.roughRange);
  const probabilities = probabilityInputs(cases, lines.shapes, how.judged);
  return {
    inputs: [...prices.inputs, ...probabilities],
    rateValues: bounds.map((b) => b.mode),
    priceKey: prices.key,
    rateInputs: (classes) => rateInputs(rates, bounds, classes, how.combine),
  };
}
