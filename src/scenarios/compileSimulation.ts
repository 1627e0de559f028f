/**
 * Reads the engine's compiled lines into flat typed arrays so that a draw is
 * a tight loop of multiply-adds (no trail is built or parsed). The base cost
 * of every line is the engine's exact rounded cost; a draw adds quantity × (drawn price − list price) for lines whose
 * item has a range. With zero-width ranges the added terms are exactly zero,
 * so a draw equals the exact evaluation to the cent.
 * @internal
 */

import { createEvaluator, type EvaluatorOptions } from "../cases/createEvaluator.js";
import { evaluateCases } from "../cases/evaluateCases.js";
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, lineRatio, TRANSFER } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import { amountToCents } from "../money/parseDecimal.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { type GroupField, groupValue } from "./groupKey.js";
import { LENS_NAMES, type LensName } from "./lenses.js";

/** @internal One uncertain price: an item of one list version. */
export interface SimParameter {
  /** `code@list@version`. */
  readonly key: string;
  readonly item: string;
  readonly pricelist: string;
  /** Cents. */
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/** @internal The compiled model. Plain data of typed arrays: it can be posted to a worker. */
export interface CompiledSimulation {
  readonly params: readonly SimParameter[];
  readonly pLow: Float64Array;
  readonly pMode: Float64Array;
  readonly pHigh: Float64Array;
  readonly nCases: number;
  readonly nGroups: number;
  readonly groups: readonly Readonly<Record<string, string>>[];
  readonly caseGroup: Int32Array;
  /** Fixed cents per case: net (C − A without alternatives) and I. */
  readonly caseNet: Float64Array;
  readonly caseI: Float64Array;
  /** Lines with a drawn price: case c owns lines caseLine0[c] … caseLine1[c]−1. */
  readonly caseLine0: Int32Array;
  readonly caseLine1: Int32Array;
  readonly lineParam: Int32Array;
  /** Quantity × sign for the net return (+ counterfactual, − actual). */
  readonly lineQNet: Float64Array;
  /** Quantity for intervention lines, else 0. */
  readonly lineQI: Float64Array;
  /** Alternatives: case c owns caseAlt0[c] … caseAlt0[c+1]−1 (none: a plain counterfactual). */
  readonly caseAlt0: Int32Array;
  /** Cumulative probability of each alternative (the last is exactly 1). */
  readonly altCum: Float64Array;
  /** Exact counterfactual cents of the alternative's lines at list prices. */
  readonly altC: Float64Array;
  /** Lines of alternative a: altLine0[a] … altLine1[a]−1, in the same line arrays (counterfactual side). */
  readonly altLine0: Int32Array;
  readonly altLine1: Int32Array;
  /** Exact per-case results (point estimates). */
  readonly exact: readonly CaseResult[];
  readonly lists: readonly ResolvedPriceList[];
  /**
   * One model per payer and lens, over all cases as one group, drawn with the same seed beside the whole model:
   * the per-payer figures of each draw. Absent in a cell's own model.
   */
  readonly cells?: readonly SimCell[] | undefined;
}

/** @internal One payer in one lens: the model of only its lines (transfers left out in the societal lens). */
export interface SimCell {
  /** `budget` or `societal`. */
  readonly lens: LensName;
  /** The payer. */
  readonly payer: string;
  /** The model of the payer's lines: one group, no exact results (those are the whole model's). */
  readonly model: CompiledSimulation;
}

/** @internal Options of a compilation. */
export interface CompileOptions extends Omit<EvaluatorOptions, "trail" | "overrides"> {
  /** The fields to group by. */
  readonly groupBy?: readonly GroupField[] | undefined;
  /** The case file's name, for messages. */
  readonly file?: string | undefined;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The float quantity of a compiled line (the simulation's arithmetic is floating point by design). */
function quantityFloat(set: LineSet, k: number): number {
  const q = lineRatio(set, k);
  return Number(q.n) / Number(q.d);
}

/**
 * @internal Evaluates the cases exactly and compiles them for drawing, in a
 * canonical order (by case id), with parameters sorted by key and groups by
 * their values: the same cases in any order give the same draws. Throws
 * InputError like evaluateCases, with paths in the caller's order.
 */
export function compileSimulation(input: readonly Case[], options: CompileOptions): CompiledSimulation {
  const instruments = options.instruments ?? loadInstruments();
  const ev = evaluateCases(input, { ...options, instruments });
  const order = input.map((_, i) => i).sort((x, y) => byString((input[x] as Case).id, (input[y] as Case).id) || x - y);
  const cases = order.map((i) => input[i] as Case);
  const exact = order.map((i) => ev.cases[i] as CaseResult);
  const { pricelist, priceYear, catalog } = options;
  const compiled = createEvaluator({
    catalog,
    ...(pricelist !== undefined ? { pricelist } : {}),
    ...(priceYear !== undefined ? { priceYear } : {}),
  }).compileLines(cases);
  if (compiled.issues.length > 0) throw new InputError([...compiled.issues]);
  const { set, shapes, tables } = compiled;
  const groupBy = options.groupBy ?? [];
  // Groups and parameters in a canonical order, whatever the order of the cases.
  const caseKeys = cases.map((c) => JSON.stringify(groupBy.map((f) => groupValue(c, f))));
  const groupKeys = [...new Set(caseKeys)].sort(byString);
  const groupIndex = new Map(groupKeys.map((k, g) => [k, g]));
  const groups = groupKeys.map((k) => {
    const values = JSON.parse(k) as string[];
    return Object.fromEntries(groupBy.map((f, i) => [f, values[i] as string]));
  });
  const paramOf = new Map<string, SimParameter>();
  tables.forEach((t, ci) => {
    const shape = shapes[ci] as CaseShape;
    for (let k = shape.from; k < shape.to; k++) {
      const it = set.item[k]?.item;
      if (!it?.range || !t) continue;
      const listKey = `${t.list.id}@${t.list.version}`;
      const key = `${it.code}@${listKey}`;
      if (!paramOf.has(key))
        paramOf.set(key, {
          key,
          item: it.code,
          pricelist: listKey,
          low: amountToCents(it.range.low),
          mode: amountToCents(it.amount),
          high: amountToCents(it.range.high),
        });
    }
  });
  const params = [...paramOf.values()].sort((x, y) => byString(x.key, y.key));
  const paramIndex = new Map(params.map((p, i) => [p.key, i]));
  const src: ArraySource = { cases, set, shapes, tables, paramIndex };
  const all = cases.map((_, ci) => ci);
  const model = {
    params,
    pLow: Float64Array.from(params, (p) => p.low),
    pMode: Float64Array.from(params, (p) => p.mode),
    pHigh: Float64Array.from(params, (p) => p.high),
    nGroups: groups.length,
    groups,
    exact,
    lists: ev.lists,
  };
  return {
    ...model,
    ...drawArrays(
      src,
      all,
      (ci) => groupIndex.get(caseKeys[ci] as string) as number,
      () => true,
    ),
    cells: lensCells(src, model),
  };
}

/** The arrays a draw reads: the per-case, per-line and per-alternative part of a model. */
type DrawArrays = Omit<
  CompiledSimulation,
  "params" | "pLow" | "pMode" | "pHigh" | "nGroups" | "groups" | "exact" | "lists" | "cells"
>;

/** What {@link drawArrays} reads its lines from. */
interface ArraySource {
  readonly cases: readonly Case[];
  readonly set: LineSet;
  readonly shapes: readonly CaseShape[];
  readonly tables: readonly (PriceTable | undefined)[];
  readonly paramIndex: ReadonlyMap<string, number>;
}

/**
 * The draw arrays of the cases `which` (indices into the compiled cases, in order), with only the lines `keep`
 * accepts: the whole model keeps every line; a payer's cell keeps that payer's lines (and no transfers in the
 * societal lens). Alternatives are kept whole, so every model draws the same random numbers in the same order.
 */
function drawArrays(
  src: ArraySource,
  which: readonly number[],
  groupOf: (ci: number) => number,
  keep: (k: number) => boolean,
): DrawArrays {
  const { cases, set, shapes, tables, paramIndex } = src;
  const n = which.length;
  const caseGroup = new Int32Array(n);
  const caseNet = new Float64Array(n);
  const caseI = new Float64Array(n);
  const caseLine0 = new Int32Array(n);
  const caseLine1 = new Int32Array(n);
  const caseAlt0 = new Int32Array(n + 1);
  const lineParam: number[] = [];
  const lineQNet: number[] = [];
  const lineQI: number[] = [];
  const altCum: number[] = [];
  const altC: number[] = [];
  const altLine0: number[] = [];
  const altLine1: number[] = [];
  const push = (param: number, qNet: number, qI: number): void => {
    lineParam.push(param);
    lineQNet.push(qNet);
    lineQI.push(qI);
  };

  for (let j = 0; j < n; j++) {
    const ci = which[j] as number;
    const c = cases[ci] as Case;
    const shape = shapes[ci] as CaseShape;
    const t = tables[ci] as PriceTable;
    const listKey = `${t.list.id}@${t.list.version}`;
    caseGroup[j] = groupOf(ci);
    let net = 0;
    let inter = 0;
    caseLine0[j] = lineParam.length;
    // Alternatives are compiled after the case's own lines, so their lines come last.
    const nAlts = shape.weights?.length ?? 0;
    const altBase: number[] = new Array(nAlts).fill(0);
    const altLines: { alt: number; param: number; q: number }[] = [];
    for (let k = shape.from; k < shape.to; k++) {
      if (!keep(k)) continue;
      const cost = lineCost(set, k);
      const it = set.item[k]?.item;
      const param = it?.range ? (paramIndex.get(`${it.code}@${listKey}`) as number) : -1;
      const q = param >= 0 ? quantityFloat(set, k) : 0;
      const f = set.flags[k] as number;
      const alt = set.alt[k] as number;
      if (f & CF) {
        if (alt >= 0) {
          altBase[alt] = (altBase[alt] as number) + cost;
          if (param >= 0) altLines.push({ alt, param, q });
        } else {
          net += cost;
          if (param >= 0) push(param, q, 0);
        }
      } else {
        net -= cost;
        if (f & INTERVENTION) inter += cost;
        if (param >= 0) push(param, -q, f & INTERVENTION ? q : 0);
      }
    }
    caseNet[j] = net;
    caseI[j] = inter;
    caseLine1[j] = lineParam.length;
    if (!Array.isArray(c.counterfactual)) {
      const alts = c.counterfactual.alternatives;
      let cum = 0;
      alts.forEach((a, ai) => {
        cum += Number(a.probability);
        altCum.push(ai === alts.length - 1 ? 1 : cum);
        altC.push(altBase[ai] as number);
        altLine0.push(lineParam.length);
        for (const x of altLines) if (x.alt === ai) push(x.param, x.q, 0);
        altLine1.push(lineParam.length);
      });
    }
    caseAlt0[j + 1] = altCum.length;
  }
  return {
    nCases: n,
    caseGroup,
    caseNet,
    caseI,
    caseLine0,
    caseLine1,
    lineParam: Int32Array.from(lineParam),
    lineQNet: Float64Array.from(lineQNet),
    lineQI: Float64Array.from(lineQI),
    caseAlt0,
    altCum: Float64Array.from(altCum),
    altC: Float64Array.from(altC),
    altLine0: Int32Array.from(altLine0),
    altLine1: Int32Array.from(altLine1),
  };
}

/**
 * The payer-and-lens cells of a model. A cell keeps the cases with a line of its payer and every case with
 * alternatives (whose draw of an alternative uses the random stream whether or not the payer has a line there),
 * so a cell's draw k prices exactly what draw k of the whole model prices.
 */
function lensCells(
  src: ArraySource,
  model: Pick<CompiledSimulation, "params" | "pLow" | "pMode" | "pHigh">,
): SimCell[] {
  const { cases, set, shapes } = src;
  const cells: SimCell[] = [];
  const payers = new Set<number>();
  for (let k = 0; k < set.length; k++) payers.add(set.payer[k] as number);
  const order = [...payers].sort((a, b) => byString(set.payers[a] as string, set.payers[b] as string));
  for (const lens of LENS_NAMES)
    for (const p of order) {
      const keep = (k: number): boolean =>
        set.payer[k] === p && (lens === "budget" || ((set.flags[k] as number) & TRANSFER) === 0);
      const which = shapes.flatMap((shape, ci) => {
        if (!Array.isArray((cases[ci] as Case).counterfactual)) return [ci];
        for (let k = shape.from; k < shape.to; k++) if (keep(k)) return [ci];
        return [];
      });
      cells.push({
        lens,
        payer: set.payers[p] as string,
        model: { ...model, nGroups: 1, groups: [{}], exact: [], lists: [], ...drawArrays(src, which, () => 0, keep) },
      });
    }
  return cells;
}
