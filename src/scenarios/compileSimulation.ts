/**
 * Precompiles cases into flat typed arrays so that a draw is a tight loop of
 * multiply-adds. The base cost of every line is the engine's exact rounded
 * cost; a draw adds quantity × (drawn price − list price) for lines whose
 * item has a range. With zero-width ranges the added terms are exactly zero,
 * so a draw equals the exact evaluation to the cent.
 * @internal
 */

import type { EvaluatorOptions } from "../cases/createEvaluator.js";
import { evaluateCases } from "../cases/evaluateCases.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { amountToCents } from "../money/parseDecimal.js";
import type { ResolvedPriceItem, ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { type GroupField, groupValue } from "./groupKey.js";

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
}

/** @internal Options of a compilation. */
export interface CompileOptions extends Omit<EvaluatorOptions, "trail" | "overrides"> {
  readonly groupBy?: readonly GroupField[] | undefined;
  readonly file?: string | undefined;
}

function quantityFloat(q: string): number {
  const slash = q.indexOf("/");
  return slash < 0 ? Number(q) : Number(q.slice(0, slash)) / Number(q.slice(slash + 1));
}

/** @internal Evaluates the cases exactly (with trail) and compiles them. Throws InputError like evaluateCases. */
export function compileSimulation(cases: readonly Case[], options: CompileOptions): CompiledSimulation {
  const ev = evaluateCases(cases, { ...options, instruments: options.instruments ?? loadInstruments(), trail: true });
  const itemsByList = new Map<string, Map<string, ResolvedPriceItem>>();
  for (const l of ev.lists) itemsByList.set(`${l.id}@${l.version}`, new Map(l.items.map((i) => [i.code, i])));
  const params: SimParameter[] = [];
  const paramIndex = new Map<string, number>();
  const groupBy = options.groupBy ?? [];
  const groupIndex = new Map<string, number>();
  const groups: Record<string, string>[] = [];
  const n = cases.length;
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

  const paramOf = (listKey: string, code: string): number => {
    const key = `${code}@${listKey}`;
    let p = paramIndex.get(key);
    if (p === undefined) {
      const item = itemsByList.get(listKey)?.get(code) as ResolvedPriceItem;
      const r = item.range as { low: string; high: string };
      p = params.length;
      params.push({
        key,
        item: code,
        pricelist: listKey,
        low: amountToCents(r.low),
        mode: amountToCents(item.amount),
        high: amountToCents(r.high),
      });
      paramIndex.set(key, p);
    }
    return p;
  };

  for (let ci = 0; ci < n; ci++) {
    const c = cases[ci] as Case;
    const r = ev.cases[ci] as CaseResult;
    const values = groupBy.map((f) => groupValue(c, f));
    const gk = JSON.stringify(values);
    let g = groupIndex.get(gk);
    if (g === undefined) {
      g = groups.length;
      groups.push(Object.fromEntries(groupBy.map((f, k) => [f, values[k] as string])));
      groupIndex.set(gk, g);
    }
    caseGroup[ci] = g;
    const listKey = `${r.pricelist.id}@${r.pricelist.version}`;
    const items = itemsByList.get(listKey) as Map<string, ResolvedPriceItem>;
    const hasAlts = !Array.isArray(c.counterfactual);
    let net = 0;
    let inter = 0;
    caseLine0[ci] = lineParam.length;
    // Alternatives are compiled after the case's own lines, so their lines come last.
    const altLines: { alt: number; param: number; q: number }[] = [];
    const altBase: number[] = hasAlts
      ? (c.counterfactual as { alternatives: unknown[] }).alternatives.map(() => 0)
      : [];
    for (const l of r.lines ?? []) {
      const cost = amountToCents(l.cost);
      const item = l.item !== undefined ? items.get(l.item) : undefined;
      const param = item?.range ? paramOf(listKey, item.code) : -1;
      const q = param >= 0 ? quantityFloat(l.quantity as string) : 0;
      if (l.side === "counterfactual") {
        if (l.alternative) {
          altBase[l.alternative.index] = (altBase[l.alternative.index] as number) + cost;
          if (param >= 0) altLines.push({ alt: l.alternative.index, param, q });
        } else {
          net += cost;
          if (param >= 0) {
            lineParam.push(param);
            lineQNet.push(q);
            lineQI.push(0);
          }
        }
      } else {
        net -= cost;
        if (l.intervention) inter += cost;
        if (param >= 0) {
          lineParam.push(param);
          lineQNet.push(-q);
          lineQI.push(l.intervention ? q : 0);
        }
      }
    }
    caseNet[ci] = net;
    caseI[ci] = inter;
    caseLine1[ci] = lineParam.length;
    if (hasAlts) {
      const alts = (c.counterfactual as { alternatives: { probability: string | number }[] }).alternatives;
      let cum = 0;
      alts.forEach((a, ai) => {
        cum += Number(a.probability);
        altCum.push(ai === alts.length - 1 ? 1 : cum);
        altC.push(altBase[ai] as number);
        altLine0.push(lineParam.length);
        for (const x of altLines)
          if (x.alt === ai) {
            lineParam.push(x.param);
            lineQNet.push(x.q);
            lineQI.push(0);
          }
        altLine1.push(lineParam.length);
      });
    }
    caseAlt0[ci + 1] = altCum.length;
  }
  return {
    params,
    pLow: Float64Array.from(params, (p) => p.low),
    pMode: Float64Array.from(params, (p) => p.mode),
    pHigh: Float64Array.from(params, (p) => p.high),
    nCases: n,
    nGroups: groups.length,
    groups,
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
    exact: ev.cases,
    lists: ev.lists,
  };
}
