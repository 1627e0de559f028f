/**
 * The inputs a tornado varies: prices with a range in their list, SROI rates
 * given as a distribution, and the probabilities of counterfactual
 * alternatives; each with its low, baseline and high value, its allowed
 * domain and the cases it touches.
 * @internal
 */
import type { CompiledLines } from "../cases/compileCases.js";
import type { CaseShape } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Case } from "../cases/schema.js";
import type { Issue } from "../errors/issue.js";
import { amountToCents } from "../money/parseDecimal.js";
import { addRatio, mulRatio, ONE, type Ratio, ratio, ratioToNumber, ZERO } from "../money/ratio.js";
import { type AdjustmentCombination, parseRate } from "./adjustments.js";
import type { CompiledRates, SimRate } from "./compileRates.js";
import type { Variation } from "./tornadoModel.js";
import type { TornadoRow } from "./tornadoTypes.js";
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

function priceInputs(lines: CompiledLines): {
  inputs: TornadoInput[];
  key: (ci: number, k: number) => string | undefined;
} {
  const { set, shapes, tables } = lines;
  const keyOf = (ci: number, k: number): string | undefined => {
    const it = set.item[k]?.item;
    const t = tables[ci] as PriceTable | undefined;
    return it?.range && t ? `${it.code}@${t.list.id}@${t.list.version}` : undefined;
  };
  const found = new Map<string, { ci: Set<number>; k: number; list: string }>();
  shapes.forEach((shape, ci) => {
    for (let k = shape.from; k < shape.to; k++) {
      const key = keyOf(ci, k);
      if (key === undefined) continue;
      const t = tables[ci] as PriceTable;
      const e = found.get(key) ?? { ci: new Set<number>(), k, list: `${t.list.id}@${t.list.version}` };
      e.ci.add(ci);
      found.set(key, e);
    }
  });
  const inputs = [...found].map(([key, e]): TornadoInput => {
    const it = set.item[e.k]?.item as NonNullable<(typeof set.item)[number]>["item"];
    const range = it.range as { low: string; high: string };
    return {
      row: {
        kind: "price",
        input: it.code,
        item: it.code,
        pricelist: e.list,
        range: "list",
        unit: "euro",
        low: range.low,
        mode: it.amount,
        high: range.high,
        domain: { min: "0.00" },
        cases: e.ci.size,
      },
      low: ratio(amountToCents(range.low)),
      high: ratio(amountToCents(range.high)),
      domain: { min: ZERO },
      cases: [...e.ci],
      variation: (x) => ({ kind: "price", key, x }),
    };
  });
  return { inputs, key: keyOf };
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

/** Each case's alternatives: one row for a set of two (the other is its complement), one per alternative beyond. */
function probabilityInputs(cases: readonly Case[], shapes: readonly CaseShape[]): TornadoInput[] {
  return shapes.flatMap((shape, ci) => {
    const w = shape.weights;
    const c = cases[ci] as Case;
    if (!w || w.length < 2 || Array.isArray(c.counterfactual)) return [];
    const alts = c.counterfactual.alternatives;
    return (w.length === 2 ? [0] : w.map((_, a) => a)).map((a): TornadoInput => {
      const label = alts[a]?.label;
      return {
        row: {
          kind: "probability",
          input: `${c.id}/counterfactual.alternatives[${a}]`,
          case: c.id,
          alternative: a,
          ...(label !== undefined ? { label } : {}),
          range: "unit",
          unit: "fraction",
          low: "0",
          mode: fraction(w[a] as Ratio),
          high: "1",
          domain: { min: "0", max: "1" },
          cases: 1,
        },
        low: ZERO,
        high: ONE,
        domain: { min: ZERO, max: ONE },
        cases: [ci],
        variation: (x) => ({ kind: "probability", ci, alt: a, x }),
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
 * const x = tornadoInputs(cases, lines, rates, "multiplicative");
 * const all = [...x.inputs, ...x.rateInputs(model.classes)];
 * ```
 */
export function tornadoInputs(
  cases: readonly Case[],
  lines: CompiledLines,
  rates: CompiledRates,
  combine: AdjustmentCombination,
): {
  inputs: TornadoInput[];
  rateValues: Ratio[];
  priceKey: (ci: number, k: number) => string | undefined;
  /** The rate inputs, given the rate classes each case has lines in. */
  rateInputs: (classes: readonly ReadonlySet<number>[]) => TornadoInput[];
} {
  const bounds = rates.rates.map(exactBounds);
  const prices = priceInputs(lines);
  const probabilities = probabilityInputs(cases, lines.shapes);
  return {
    inputs: [...prices.inputs, ...probabilities],
    rateValues: bounds.map((b) => b.mode),
    priceKey: prices.key,
    rateInputs: (classes) => rateInputs(rates, bounds, classes, combine),
  };
}
