/**
 * Reads the engine's compiled lines into flat typed arrays so that a draw is
 * a tight loop of multiply-adds (no trail is built or parsed). The base cost
 * of every line is the engine's exact rounded cost; a draw adds quantity × (drawn price − list price) for lines whose
 * price is uncertain, and multiplies each rate class's avoided cost by its drawn SROI factor.
 * With zero-width ranges and rates 0 the added terms are exactly zero and the
 * factors exactly 1, so a draw equals the exact evaluation to the cent.
 * @internal
 */

import { createEvaluator, type EvaluatorOptions } from "../cases/createEvaluator.js";
import { evaluateCases } from "../cases/evaluateCases.js";
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, lineRatio, TRANSFER } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Case, Line } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { amountToCents } from "../money/parseDecimal.js";
import { relativeRange } from "../pricelists/relativeRange.js";
import type { ResolvedPriceItem, ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { type CertaintyFacts, type CertaintyTally, createTally } from "./certainty.js";
import {
  compileRates,
  distributionCode,
  lineDomain,
  rateScopes,
  type SimRate,
  type SimulationAdjustments,
} from "./compileRates.js";
import { type CorrelationGroup, checkCorrelationGroups } from "./correlationGroups.js";
import { type GroupField, groupValue } from "./groupKey.js";
import { LENS_NAMES, type LensName } from "./lenses.js";

/** @internal Where an uncertain price's range comes from. */
export type RangeFrom = "source" | "relative" | "simulation" | "case";

/** @internal One uncertain price: an item of one list version, or an ad-hoc line with a range. */
export interface SimParameter {
  /** `code@list@version`, or `CASE-ID/actual[1]` for an ad-hoc line. */
  readonly key: string;
  readonly item: string;
  readonly pricelist: string;
  /** Cents. */
  readonly low: number;
  readonly mode: number;
  readonly high: number;
  /**
   * `source`: the list's own range; `relative`: the item's or the list's
   * stated relative range; `simulation`: a rough item without any, drawn
   * within the simulation's `roughRange`; `case`: an ad-hoc line's range.
   */
  readonly rangeFrom: RangeFrom;
  readonly reliability?: "solid" | "rough" | undefined;
  /** The correlation group it is drawn with. */
  readonly group?: string | undefined;
}

/** @internal The compiled model. Plain data of typed arrays: it can be posted to a worker. */
export interface CompiledSimulation {
  readonly params: readonly SimParameter[];
  readonly pLow: Float64Array;
  readonly pMode: Float64Array;
  readonly pHigh: Float64Array;
  /** Correlation group of each parameter (−1: drawn on its own). */
  readonly pGroup: Int32Array;
  readonly correlationGroups: readonly CorrelationGroup[];
  /** SROI rate settings; rDist: 0 triangular, 1 uniform, 2 PERT. */
  readonly rates: readonly SimRate[];
  readonly rLow: Float64Array;
  readonly rMode: Float64Array;
  readonly rHigh: Float64Array;
  readonly rDist: Int8Array;
  /** Rate classes: three rate indices each (−1 none), flat. */
  readonly classRates: Int32Array;
  readonly nClasses: number;
  readonly additive: boolean;
  readonly nCases: number;
  readonly nGroups: number;
  readonly groups: readonly Readonly<Record<string, string>>[];
  readonly caseGroup: Int32Array;
  /** Fixed intervention cents per case. */
  readonly caseI: Float64Array;
  /** Fixed avoided cents per rate class: case c owns entries caseFix0[c] … caseFix1[c]−1. */
  readonly caseFix0: Int32Array;
  readonly caseFix1: Int32Array;
  readonly fixClass: Int32Array;
  readonly fixB: Float64Array;
  /** Lines with a drawn price: case c owns lines caseLine0[c] … caseLine1[c]−1. */
  readonly caseLine0: Int32Array;
  readonly caseLine1: Int32Array;
  readonly lineParam: Int32Array;
  readonly lineClass: Int32Array;
  /** Quantity × sign for avoided cost (+ counterfactual, − actual non-intervention, 0 intervention). */
  readonly lineQB: Float64Array;
  /** Quantity for intervention lines, else 0. */
  readonly lineQI: Float64Array;
  /** Alternatives: case c owns caseAlt0[c] … caseAlt0[c+1]−1 (none: a plain counterfactual). */
  readonly caseAlt0: Int32Array;
  /** Cumulative probability of each alternative (the last is exactly 1). */
  readonly altCum: Float64Array;
  /** Fixed counterfactual cents of alternative a per class: fix entries altFix0[a] … altFix1[a]−1. */
  readonly altFix0: Int32Array;
  readonly altFix1: Int32Array;
  /** Lines of alternative a: altLine0[a] … altLine1[a]−1, in the same line arrays (counterfactual side). */
  readonly altLine0: Int32Array;
  readonly altLine1: Int32Array;
  /** What varied and what stayed fixed (for the certainty statement). */
  readonly certainty: CertaintyFacts;
  /** The relative half-width given to rough items without a range. */
  readonly roughRange: string;
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
  /** Relative half-width for rough items without a range (default "0.3"; "0" keeps them fixed). */
  readonly roughRange?: string | undefined;
  /** SROI rates, fixed or drawn. */
  readonly adjustments?: SimulationAdjustments | undefined;
  /** How the three rates combine (default multiplicative). */
  readonly combine?: "multiplicative" | "additive" | undefined;
  /** Items drawn together (one uniform per group per draw). */
  readonly correlationGroups?: readonly CorrelationGroup[] | undefined;
}

/** The default relative half-width of a rough item without a range, and why. */
export const ROUGH_RANGE = {
  relative: "0.3",
  reason:
    "a rough figure whose list gives it no range: ±30%, the convention the 2026 lists state for such figures, so that the result shows how much it leans on the figure",
} as const;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The float quantity of a compiled line (the simulation's arithmetic is floating point by design). */
function quantityFloat(set: LineSet, k: number): number {
  const q = lineRatio(set, k);
  return Number(q.n) / Number(q.d);
}

/** A line's path inside its case, as people write it. */
function linePath(set: LineSet, k: number): string {
  const i = set.index[k] as number;
  const alt = set.alt[k] as number;
  if (!((set.flags[k] as number) & CF)) return `actual[${i}]`;
  return alt >= 0 ? `counterfactual.alternatives[${alt}].lines[${i}]` : `counterfactual[${i}]`;
}

function itemParameter(it: ResolvedPriceItem, listKey: string, roughRange: string): SimParameter | undefined {
  const range =
    it.range ??
    (it.reliability === "rough" && Number(roughRange) > 0
      ? relativeRange(it.amount, { relative: roughRange, reason: ROUGH_RANGE.reason })
      : undefined);
  if (!range) return undefined;
  return {
    key: `${it.code}@${listKey}`,
    item: it.code,
    pricelist: listKey,
    low: amountToCents(range.low),
    mode: amountToCents(it.amount),
    high: amountToCents(range.high),
    rangeFrom: it.range ? (it.range.relative !== undefined ? "relative" : "source") : "simulation",
    reliability: it.reliability,
  };
}

function adHocParameter(caseId: string, line: Line, path: string): SimParameter | undefined {
  if (!line.range || line.amount === undefined) return undefined;
  const key = `${caseId}/${path}`;
  return {
    key,
    item: key,
    pricelist: "",
    low: amountToCents(line.range.low),
    mode: amountToCents(line.amount),
    high: amountToCents(line.range.high),
    rangeFrom: "case",
  };
}

/**
 * @internal The uncertain price of compiled line `k`, if it has one: its item's range (the list's own or
 * stated relative one, or `roughRange` for a rough item without one), or an ad-hoc line's own range. The
 * simulation draws these and the tornado varies them: one rule for both.
 *
 * @example
 * ```ts
 * lineParameter(set, k, { table, caseId: "c1", roughRange: "0.3" })?.key; // "justitie.detentie.dag@sociaal-domein@2024"
 * ```
 */
export function lineParameter(
  set: LineSet,
  k: number,
  at: { table: PriceTable | undefined; caseId: string; roughRange: string },
): SimParameter | undefined {
  const it = set.item[k]?.item;
  return it && at.table
    ? itemParameter(it, `${at.table.list.id}@${at.table.list.version}`, at.roughRange)
    : adHocParameter(at.caseId, set.source[k] as Line, linePath(set, k));
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
  const roughRange = options.roughRange ?? ROUGH_RANGE.relative;
  const groupBy = options.groupBy ?? [];
  const n = cases.length;
  // Groups and parameters in a canonical order, whatever the order of the cases.
  const caseKeys = cases.map((c) => JSON.stringify(groupBy.map((f) => groupValue(c, f))));
  const groupKeys = [...new Set(caseKeys)].sort(byString);
  const groupIndex = new Map(groupKeys.map((k, g) => [k, g]));
  const groups = groupKeys.map((k) => {
    const values = JSON.parse(k) as string[];
    return Object.fromEntries(groupBy.map((f, i) => [f, values[i] as string]));
  });
  // The parameter of each line (by line index), found once.
  const paramOf = new Map<string, SimParameter>();
  const lineKey: (string | undefined)[] = new Array(set.length);
  tables.forEach((t, ci) => {
    const shape = shapes[ci] as CaseShape;
    for (let k = shape.from; k < shape.to; k++) {
      const p = lineParameter(set, k, { table: t, caseId: (cases[ci] as Case).id, roughRange });
      if (!p) continue;
      lineKey[k] = p.key;
      if (!paramOf.has(p.key)) paramOf.set(p.key, p);
    }
  });
  const issues: Issue[] = [];
  const known = rateScopes(ev.lists, set);
  const corr = checkCorrelationGroups(options.correlationGroups ?? [], [...paramOf.values()], known.items, issues);
  const params = [...paramOf.values()]
    .map((p) => (corr.groupOf.has(p.item) ? { ...p, group: corr.groupOf.get(p.item) as string } : p))
    .sort((x, y) => byString(x.key, y.key));
  const paramIndex = new Map(params.map((p, i) => [p.key, i]));
  const additive = options.combine === "additive";
  const rates = compileRates(options.adjustments, additive, known, issues);
  const tally = createTally();
  const inputs: CaseInputs = { cases, set, shapes, tables, lineKey, paramIndex, rates, tally };
  const arrays = compileCases(inputs);
  if (issues.length > 0) throw new InputError(issues);
  const caseGroup = Int32Array.from(caseKeys, (k) => groupIndex.get(k) as number);
  const drawn = {
    params,
    pLow: Float64Array.from(params, (p) => p.low),
    pMode: Float64Array.from(params, (p) => p.mode),
    pHigh: Float64Array.from(params, (p) => p.high),
    pGroup: Int32Array.from(params, (p) => (p.group !== undefined ? corr.index.get(p.group) : -1) as number),
    correlationGroups: corr.groups,
    rates: rates.rates,
    rLow: Float64Array.from(rates.rates, (r) => r.low),
    rMode: Float64Array.from(rates.rates, (r) => r.mode),
    rHigh: Float64Array.from(rates.rates, (r) => r.high),
    rDist: Int8Array.from(rates.rates, (r) => distributionCode(r.distribution)),
    classRates: Int32Array.from(rates.classRates.flat()),
    nClasses: rates.classRates.length,
    additive,
    roughRange,
  };
  return {
    ...drawn,
    nCases: n,
    nGroups: groups.length,
    groups,
    caseGroup,
    ...arrays,
    certainty: tally.facts(),
    exact,
    lists: ev.lists,
    cells: lensCells(inputs, drawn),
  };
}

interface CaseArrays {
  caseI: Float64Array;
  caseFix0: Int32Array;
  caseFix1: Int32Array;
  fixClass: Int32Array;
  fixB: Float64Array;
  caseLine0: Int32Array;
  caseLine1: Int32Array;
  lineParam: Int32Array;
  lineClass: Int32Array;
  lineQB: Float64Array;
  lineQI: Float64Array;
  caseAlt0: Int32Array;
  altCum: Float64Array;
  altFix0: Int32Array;
  altFix1: Int32Array;
  altLine0: Int32Array;
  altLine1: Int32Array;
}

interface CaseInputs {
  cases: readonly Case[];
  set: LineSet;
  shapes: readonly (CaseShape | undefined)[];
  tables: readonly (PriceTable | undefined)[];
  lineKey: readonly (string | undefined)[];
  paramIndex: ReadonlyMap<string, number>;
  rates: ReturnType<typeof compileRates>;
  tally: CertaintyTally;
  /** The cases to compile, by index (default all, in order). */
  which?: readonly number[] | undefined;
  /** The lines to compile (default all): a payer-and-lens cell keeps its own. */
  keep?: ((k: number) => boolean) | undefined;
}

/** The per-case arrays: fixed cents per rate class, drawn lines, alternatives. */
function compileCases(x: CaseInputs): CaseArrays {
  const { cases, set, shapes, lineKey, paramIndex, rates, tally, which, keep } = x;
  const n = which?.length ?? cases.length;
  const out = {
    caseI: new Float64Array(n),
    caseFix0: new Int32Array(n),
    caseFix1: new Int32Array(n),
    caseLine0: new Int32Array(n),
    caseLine1: new Int32Array(n),
    caseAlt0: new Int32Array(n + 1),
  };
  const fixClass: number[] = [];
  const fixB: number[] = [];
  const line = { param: [] as number[], cls: [] as number[], qB: [] as number[], qI: [] as number[] };
  const alt = {
    cum: [] as number[],
    fix0: [] as number[],
    fix1: [] as number[],
    line0: [] as number[],
    line1: [] as number[],
  };
  const push = (param: number, cls: number, qB: number, qI: number): void => {
    line.param.push(param);
    line.cls.push(cls);
    line.qB.push(qB);
    line.qI.push(qI);
  };
  const pushFixed = (sums: Map<number, number>): void => {
    for (const [cls, cents] of [...sums].sort(([a], [b]) => a - b)) {
      fixClass.push(cls);
      fixB.push(cents);
    }
  };
  for (let j = 0; j < n; j++) {
    const ci = which ? (which[j] as number) : j;
    const c = cases[ci] as Case;
    const shape = shapes[ci] as CaseShape;
    let inter = 0;
    const own = new Map<number, number>();
    const nAlts = shape.weights?.length ?? 0;
    const altSums = Array.from({ length: nAlts }, () => new Map<number, number>());
    const altLines: { alt: number; param: number; cls: number; q: number }[] = [];
    out.caseLine0[j] = line.param.length;
    for (let k = shape.from; k < shape.to; k++) {
      if (keep && !keep(k)) continue;
      const cost = lineCost(set, k);
      const it = set.item[k]?.item;
      const key = lineKey[k];
      const param = key !== undefined ? (paramIndex.get(key) as number) : -1;
      const q = param >= 0 ? quantityFloat(set, k) : 0;
      const f = set.flags[k] as number;
      const a = set.alt[k] as number;
      const cls = rates.classOf(it?.code, lineDomain(it, set.source[k] as Line));
      tally.line({
        cost,
        cf: (f & CF) !== 0,
        weight: a >= 0 ? shape.weights?.[a] : undefined,
        item: it,
        drawn: param >= 0,
      });
      if (f & INTERVENTION) {
        inter += cost;
        if (param >= 0) push(param, cls, 0, q);
      } else if (f & CF && a >= 0) {
        const m = altSums[a] as Map<number, number>;
        m.set(cls, (m.get(cls) ?? 0) + cost);
        if (param >= 0) altLines.push({ alt: a, param, cls, q });
      } else {
        const sign = f & CF ? 1 : -1;
        own.set(cls, (own.get(cls) ?? 0) + sign * cost);
        if (param >= 0) push(param, cls, sign * q, 0);
      }
    }
    out.caseI[j] = inter;
    out.caseLine1[j] = line.param.length;
    out.caseFix0[j] = fixClass.length;
    pushFixed(own);
    out.caseFix1[j] = fixClass.length;
    if (!Array.isArray(c.counterfactual)) {
      const alts = c.counterfactual.alternatives;
      let cum = 0;
      alts.forEach((al, ai) => {
        cum += Number(al.probability);
        alt.cum.push(ai === alts.length - 1 ? 1 : cum);
        alt.fix0.push(fixClass.length);
        pushFixed(altSums[ai] as Map<number, number>);
        alt.fix1.push(fixClass.length);
        alt.line0.push(line.param.length);
        for (const l of altLines) if (l.alt === ai) push(l.param, l.cls, l.q, 0);
        alt.line1.push(line.param.length);
      });
      tally.alternatives(alts.length);
    }
    out.caseAlt0[j + 1] = alt.cum.length;
  }
  return {
    ...out,
    fixClass: Int32Array.from(fixClass),
    fixB: Float64Array.from(fixB),
    lineParam: Int32Array.from(line.param),
    lineClass: Int32Array.from(line.cls),
    lineQB: Float64Array.from(line.qB),
    lineQI: Float64Array.from(line.qI),
    altCum: Float64Array.from(alt.cum),
    altFix0: Int32Array.from(alt.fix0),
    altFix1: Int32Array.from(alt.fix1),
    altLine0: Int32Array.from(alt.line0),
    altLine1: Int32Array.from(alt.line1),
  };
}

/** The parts of a model every cell shares with it: what is drawn and how, so each cell reads the same stream. */
type DrawnPart = Pick<
  CompiledSimulation,
  | "params"
  | "pLow"
  | "pMode"
  | "pHigh"
  | "pGroup"
  | "correlationGroups"
  | "rates"
  | "rLow"
  | "rMode"
  | "rHigh"
  | "rDist"
  | "classRates"
  | "nClasses"
  | "additive"
  | "roughRange"
>;

/**
 * The payer-and-lens cells of a model. A cell keeps the cases with a line of its payer and every case with
 * alternatives (whose draw of an alternative reads the random stream whether or not the payer has a line there),
 * and shares what is drawn with the whole model, so a cell's draw k prices exactly what draw k of the model prices.
 */
function lensCells(inputs: CaseInputs, drawn: DrawnPart): SimCell[] {
  const { cases, set, shapes } = inputs;
  const payers = new Set<number>();
  for (let k = 0; k < set.length; k++) payers.add(set.payer[k] as number);
  const order = [...payers].sort((a, b) => byString(set.payers[a] as string, set.payers[b] as string));
  const cells: SimCell[] = [];
  for (const lens of LENS_NAMES)
    for (const p of order) {
      const keep = (k: number): boolean =>
        set.payer[k] === p && (lens === "budget" || ((set.flags[k] as number) & TRANSFER) === 0);
      const which = shapes.flatMap((shape, ci) => {
        if (!Array.isArray((cases[ci] as Case).counterfactual)) return [ci];
        for (let k = (shape as CaseShape).from; k < (shape as CaseShape).to; k++) if (keep(k)) return [ci];
        return [];
      });
      // A cell's own tally is thrown away: the certainty statement is the whole model's.
      const arrays = compileCases({ ...inputs, tally: createTally(), which, keep });
      const model: CompiledSimulation = {
        ...drawn,
        nCases: which.length,
        nGroups: 1,
        groups: [{}],
        caseGroup: new Int32Array(which.length),
        ...arrays,
        certainty: createTally().facts(),
        exact: [],
        lists: [],
      };
      cells.push({ lens, payer: set.payers[p] as string, model });
    }
  return cells;
}
