/**
 * Sums a simulation's lines once, before any draw. In a draw only the sum of quantity × (drawn − list price) per
 * uncertain price matters, so the lines of each group (and of each payer-and-lens cell) are folded into fixed cents
 * and one net quantity per uncertain price, per rate class: a draw then costs O(uncertain prices × slots) instead of
 * O(lines), and the groups and every cell are drawn in one pass. Alternatives keep their own sums, since each draw
 * picks one of them per case.
 * @internal
 */
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, lineRatio, TRANSFER } from "../cases/lineSet.js";
import type { Case, Line } from "../cases/schema.js";
import { addRatio, type Ratio } from "../money/ratio.js";
import type { ResolvedPriceItem } from "../pricelists/types.js";
import type { CertaintyTally } from "./certainty.js";
import { type CompiledRates, lineDomain } from "./compileRates.js";
import { LENS_NAMES, type LensName } from "./lenses.js";
import type { LineYears } from "./simulationYears.js";

/** @internal One payer in one lens: the sum of only its lines (transfers left out in the societal lens). */
export interface SimCell {
  /** `budget` or `societal`. */
  readonly lens: LensName;
  /** The payer. */
  readonly payer: string;
}

/** @internal What {@link sumDrawTerms} reads: the compiled lines in canonical case order. */
export interface DrawTermsInput {
  readonly cases: readonly Case[];
  readonly set: LineSet;
  readonly shapes: readonly (CaseShape | undefined)[];
  /** The uncertain price of each line, by key (undefined: fixed). */
  readonly lineKey: readonly (string | undefined)[];
  readonly paramIndex: ReadonlyMap<string, number>;
  readonly rates: CompiledRates;
  readonly tally: CertaintyTally;
  /** The group of each case. */
  readonly caseGroup: Int32Array;
  readonly nGroups: number;
  /** Over several years: each slot has a year index, and lines fall in the years of their parts. */
  readonly years?: DrawYearsInput | undefined;
}

/** @internal The years of {@link DrawTermsInput}: lines' parts per year, and the year class of each line. */
export interface DrawYearsInput {
  readonly nYears: number;
  readonly parts: LineYears;
  /** The year class of line k with rate class `rateClass` (read before the class count). */
  classOf(k: number, rateClass: number): number;
  /** How many year classes there are, once every line's class was asked. */
  nClasses(): number;
}

/** @internal The summed model: the slots a draw adds up, the drawn terms, the alternatives and the cells. */
export interface DrawTerms {
  /**
   * Where a draw adds up, in slots: every group of the model, then every payer-and-lens cell (a sink each), has one
   * slot per rate class for its avoided cost and one last slot for its intervention cost: slot
   * `sink × (nClasses + 1) + class`, the intervention cost at class `nClasses`. Over several years each of
   * these has one slot per year: `(sink × (nClasses + 1) + class) × nYears + year`, the classes being year classes.
   */
  readonly nSinks: number;
  /** The fixed cents of every slot outside alternatives (lines at their exact rounded cost, summed exactly). */
  readonly slotFixed: Float64Array;
  /**
   * Drawn terms outside alternatives, sorted by slot and parameter: a draw adds termQuantity × (drawn − list price)
   * of termParam to termSlot. The quantity is the exact net quantity of all the slot's lines with that price
   * (+ counterfactual, − actual, + intervention), then read as a float.
   */
  readonly termSlot: Int32Array;
  readonly termParam: Int32Array;
  readonly termQuantity: Float64Array;
  /** Cases with alternatives, in case order: choice j owns alternatives choiceAlt0[j] … choiceAlt0[j+1]−1. */
  readonly choiceAlt0: Int32Array;
  /** Cumulative probability of each alternative (the last of a case is exactly 1). */
  readonly altCum: Float64Array;
  /**
   * What alternative a adds when drawn: entries altEntry0[a] … altEntry0[a+1]−1, each adding to entrySlot either
   * fixed cents (entryParam −1) or entryValue × (drawn − list price) of entryParam. A probability that varies per
   * draw only changes which alternative is drawn, never these entries.
   */
  readonly altEntry0: Int32Array;
  readonly entrySlot: Int32Array;
  readonly entryParam: Int32Array;
  readonly entryValue: Float64Array;
  /**
   * The payer-and-lens cells, drawn in the same pass as the groups (sinks nGroups …): the per-payer figures of
   * each draw, over all cases.
   */
  readonly cells: readonly SimCell[];
}

/** Fixed cents and exact quantities per (slot, parameter), added up line by line. */
interface Sums {
  readonly fixed: Map<number, number>;
  readonly terms: Map<number, Ratio>;
}

const newSums = (): Sums => ({ fixed: new Map(), terms: new Map() });

/** Per line: its cost in cents, its uncertain price (−1: fixed) and its rate class; the tally sees every line. */
function classifyLines(x: DrawTermsInput): { cost: Float64Array; param: Int32Array; cls: Int32Array } {
  const { cases, set, shapes, lineKey, paramIndex, rates, tally } = x;
  const cost = new Float64Array(set.length);
  const param = new Int32Array(set.length).fill(-1);
  const cls = new Int32Array(set.length);
  // A listed item's class depends on the item alone: found once per item, not once per line.
  const itemClass = new Map<ResolvedPriceItem, number>();
  const classOf = (it: ResolvedPriceItem | undefined, k: number): number => {
    if (!it) return rates.classOf(undefined, lineDomain(it, set.source[k] as Line));
    let c = itemClass.get(it);
    if (c === undefined) {
      c = rates.classOf(it.code, lineDomain(it, set.source[k] as Line));
      itemClass.set(it, c);
    }
    return c;
  };
  cases.forEach((c, ci) => {
    const shape = shapes[ci] as CaseShape;
    for (let k = shape.from; k < shape.to; k++) {
      const it = set.item[k]?.item;
      const key = lineKey[k];
      const f = set.flags[k] as number;
      const a = set.alt[k] as number;
      const lineCents = lineCost(set, k);
      cost[k] = lineCents;
      if (key !== undefined) param[k] = paramIndex.get(key) as number;
      cls[k] = classOf(it, k);
      const weight = a >= 0 ? shape.weights?.[a] : undefined;
      tally.line({ cost: lineCents, cf: (f & CF) !== 0, weight, item: it, drawn: key !== undefined });
    }
    if (!Array.isArray(c.counterfactual)) tally.alternatives(c.counterfactual.alternatives.length);
  });
  return { cost, param, cls };
}

/** a + b, without a gcd when the denominators agree (the common case: whole or halved quantities). */
function addExact(a: Ratio | undefined, b: Ratio): Ratio {
  if (!a) return b;
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : addRatio(a, b);
}

/** Adds `sign × (cost + quantity × Δprice)` of line k to `slot` of `sums`. */
function addLine(sums: Sums, slot: number, line: { cost: number; param: number; q: Ratio | undefined }, P: number) {
  if (line.cost !== 0) sums.fixed.set(slot, (sums.fixed.get(slot) ?? 0) + line.cost);
  if (line.param < 0 || !line.q) return;
  const key = slot * P + line.param;
  sums.terms.set(key, addExact(sums.terms.get(key), line.q));
}

/** Adds line k's parts, each in its year's slot of every sink (years beyond the horizon left out). */
function addYears(
  sums: Sums,
  at: {
    sinks: readonly number[];
    slot: number;
    W: number;
    P: number;
    ys: DrawYearsInput;
    k: number;
    sign: number;
    param: number;
  },
): void {
  const { partFrom, partYear, partCents, partQuantity } = at.ys.parts;
  const { sign, param } = at;
  const Y = at.ys.nYears;
  for (let p = partFrom[at.k] as number; p < (partFrom[at.k + 1] as number); p++) {
    const y = partYear[p] as number;
    if (y >= Y) continue;
    const q = param >= 0 ? (partQuantity[p] as Ratio) : undefined;
    const part = {
      cost: sign * (partCents[p] as number),
      param,
      q: q && sign < 0 ? { n: -q.n, d: q.d } : q,
    };
    for (const s of at.sinks) addLine(sums, (s * at.W + at.slot) * Y + y, part, at.P);
  }
}

/** The payers of the lines, sorted by name, as cells (every payer in each lens). */
function cellsOf(set: LineSet): { cells: SimCell[]; rank: Int32Array } {
  const used = new Set<number>();
  for (let k = 0; k < set.length; k++) used.add(set.payer[k] as number);
  const order = [...used].sort((a, b) => {
    const x = set.payers[a] as string;
    const y = set.payers[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Int32Array(set.payers.length);
  order.forEach((p, i) => {
    rank[p] = i;
  });
  const cells = LENS_NAMES.flatMap((lens) => order.map((p) => ({ lens, payer: set.payers[p] as string })));
  return { cells, rank };
}

/** Sorted (slot, parameter) terms as flat arrays; exact zero sums are left out (they add nothing). */
function flatTerms(terms: Map<number, Ratio>, P: number, out: { slot: number[]; param: number[]; value: number[] }) {
  for (const key of [...terms.keys()].sort((a, b) => a - b)) {
    const q = terms.get(key) as Ratio;
    if (q.n === 0n) continue;
    out.slot.push(Math.floor(key / P));
    out.param.push(key % P);
    out.value.push(Number(q.n) / Number(q.d));
  }
}

/**
 * @internal Folds every line into the sinks it counts in (its group; its payer's budget cell; its payer's societal
 * cell unless it is a transfer), per rate class, exactly; the float quantities are read from the exact sums.
 */
export function sumDrawTerms(x: DrawTermsInput, nParams: number): DrawTerms {
  const { cases, set, shapes, caseGroup, nGroups } = x;
  const line = classifyLines(x);
  const ys = x.years;
  const cls = ys ? line.cls.map((c, k) => ys.classOf(k, c)) : line.cls;
  const W = (ys ? ys.nClasses() : x.rates.classRates.length) + 1;
  const Y = ys ? ys.nYears : 1;
  const P = Math.max(1, nParams);
  const { cells, rank } = cellsOf(set);
  const nPayers = cells.length / LENS_NAMES.length;
  const base = newSums();
  const choices: { cum: number[]; alts: Sums[] }[] = [];
  cases.forEach((c, ci) => {
    const shape = shapes[ci] as CaseShape;
    const alts = Array.isArray(c.counterfactual) ? [] : c.counterfactual.alternatives.map(newSums);
    for (let k = shape.from; k < shape.to; k++) {
      const f = set.flags[k] as number;
      const a = set.alt[k] as number;
      const own = nGroups + (rank[set.payer[k] as number] as number);
      const sinks = [caseGroup[ci] as number, own, ...(f & TRANSFER ? [] : [own + nPayers])];
      const param = line.param[k] as number;
      const q = param >= 0 ? lineRatio(set, k) : undefined;
      const inter = (f & INTERVENTION) !== 0;
      const sums = !inter && f & CF && a >= 0 ? (alts[a] as Sums) : base;
      const sign = inter || f & CF ? 1 : -1;
      const signed = {
        cost: sign * (line.cost[k] as number),
        param,
        q: q && sign < 0 ? { n: -q.n, d: q.d } : q,
      };
      const slot = inter ? W - 1 : (cls[k] as number);
      if (!ys) for (const s of sinks) addLine(sums, s * W + slot, signed, P);
      else addYears(sums, { sinks, slot, W, P, ys, k, sign, param });
    }
    if (!Array.isArray(c.counterfactual)) {
      const list = c.counterfactual.alternatives;
      let cum = 0;
      const cumulative = list.map((al, ai) => {
        cum += Number(al.probability);
        return ai === list.length - 1 ? 1 : cum;
      });
      choices.push({ cum: cumulative, alts });
    }
  });
  const nSinks = nGroups + cells.length;
  const slotFixed = new Float64Array(nSinks * W * Y);
  for (const [slot, cents] of base.fixed) slotFixed[slot] = cents;
  const terms = { slot: [] as number[], param: [] as number[], value: [] as number[] };
  flatTerms(base.terms, P, terms);
  const entries = { slot: [] as number[], param: [] as number[], value: [] as number[] };
  const choiceAlt0 = [0];
  const altCum: number[] = [];
  const altEntry0: number[] = [];
  for (const ch of choices) {
    ch.alts.forEach((sums, ai) => {
      altCum.push(ch.cum[ai] as number);
      altEntry0.push(entries.slot.length);
      for (const slot of [...sums.fixed.keys()].sort((a, b) => a - b)) {
        entries.slot.push(slot);
        entries.param.push(-1);
        entries.value.push(sums.fixed.get(slot) as number);
      }
      flatTerms(sums.terms, P, entries);
    });
    choiceAlt0.push(altCum.length);
  }
  altEntry0.push(entries.slot.length);
  return {
    nSinks,
    slotFixed,
    termSlot: Int32Array.from(terms.slot),
    termParam: Int32Array.from(terms.param),
    termQuantity: Float64Array.from(terms.value),
    choiceAlt0: Int32Array.from(choiceAlt0),
    altCum: Float64Array.from(altCum),
    altEntry0: Int32Array.from(altEntry0),
    entrySlot: Int32Array.from(entries.slot),
    entryParam: Int32Array.from(entries.param),
    entryValue: Float64Array.from(entries.value),
    cells,
  };
}
