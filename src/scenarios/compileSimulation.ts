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
import { type CaseShape, CF, type LineSet } from "../cases/lineSet.js";
import type { PriceTable } from "../cases/priceTable.js";
import type { Case, Line } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { amountToCents } from "../money/parseDecimal.js";
import { relativeRange } from "../pricelists/relativeRange.js";
import type { ResolvedPriceItem, ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { type CertaintyFacts, createTally } from "./certainty.js";
import {
  compileRates,
  distributionCode,
  rateScopes,
  type SimRate,
  type SimulationAdjustments,
} from "./compileRates.js";
import {
  type CorrelationGroup,
  checkCorrelationGroups,
  checkListGroups,
  combineCorrelationGroups,
  type ListGroups,
} from "./correlationGroups.js";
import { type GroupField, groupValue } from "./groupKey.js";
import { type CheckedYears, type CompiledYears, compileYears, type YearModel } from "./simulationYears.js";
import { type DrawTerms, type SimCell, sumDrawTerms } from "./sumDrawTerms.js";
import { type CompiledJudgements, compileJudgements, type ProbabilityOptions } from "./uncertainProbabilities.js";

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
export interface CompiledSimulation extends DrawTerms, CompiledJudgements {
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
  /** What varied and what stayed fixed (for the certainty statement). */
  readonly certainty: CertaintyFacts;
  /** The relative half-width given to rough items without a range. */
  readonly roughRange: string;
  /** Exact per-case results (point estimates). */
  readonly exact: readonly CaseResult[];
  readonly lists: readonly ResolvedPriceList[];
  /** Over several years (present values); absent: year 1, the cases' whole figures. */
  readonly years?: YearModel | undefined;
}

export type { SimCell };

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
  /** Uncertain probabilities of alternatives, over the case file's own. */
  readonly probabilities?: ProbabilityOptions | undefined;
  /** The years, checked: the draws are then of present values over them. */
  readonly years?: CheckedYears | undefined;
}

/** The default relative half-width of a rough item without a range, and why. */
export const ROUGH_RANGE = {
  relative: "0.3",
  reason:
    "a rough figure whose list gives it no range: ±30%, the convention the 2026 lists state for such figures, so that the result shows how much it leans on the figure",
} as const;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** The correlation groups the lists state, each with its list's `id@version`. */
function listGroups(lists: readonly ResolvedPriceList[]): ListGroups[] {
  return lists.flatMap((l) =>
    l.correlationGroups ? [{ source: `${l.id}@${l.version}`, groups: l.correlationGroups }] : [],
  );
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
  // An item's parameter once per list version, not once per line (a range is decimal arithmetic).
  const perTable = new Map<PriceTable, Map<ResolvedPriceItem, SimParameter | undefined>>();
  const listParameter = (t: PriceTable, it: ResolvedPriceItem): SimParameter | undefined => {
    let seen = perTable.get(t);
    if (!seen) {
      seen = new Map();
      perTable.set(t, seen);
    }
    if (!seen.has(it)) seen.set(it, itemParameter(it, `${t.list.id}@${t.list.version}`, roughRange));
    return seen.get(it);
  };
  tables.forEach((t, ci) => {
    const shape = shapes[ci] as CaseShape;
    for (let k = shape.from; k < shape.to; k++) {
      // The same rule as lineParameter (which the tornado uses), with a list item's parameter found once.
      const it = set.item[k]?.item;
      const p =
        it && t
          ? listParameter(t, it)
          : lineParameter(set, k, { table: t, caseId: (cases[ci] as Case).id, roughRange });
      if (!p) continue;
      lineKey[k] = p.key;
      if (!paramOf.has(p.key)) paramOf.set(p.key, p);
    }
  });
  const issues: Issue[] = [];
  const known = rateScopes(ev.lists, set);
  for (const l of ev.lists) checkListGroups(l, catalog, issues);
  const corr = combineCorrelationGroups(
    checkCorrelationGroups(options.correlationGroups ?? [], [...paramOf.values()], known.items, issues),
    listGroups(ev.lists),
    new Set(paramOf.keys()),
  );
  const groupOf = (p: SimParameter): number => corr.indexOf(p);
  const params = [...paramOf.values()]
    .map((p) => {
      const g = corr.groups[groupOf(p)];
      return g ? { ...p, group: g.name } : p;
    })
    .sort((x, y) => byString(x.key, y.key));
  const paramIndex = new Map(params.map((p, i) => [p.key, i]));
  const additive = options.combine === "additive";
  const rates = compileRates(options.adjustments, additive, known, issues);
  const caseGroup = Int32Array.from(caseKeys, (k) => groupIndex.get(k) as number);
  const years: CompiledYears | undefined =
    options.years &&
    compileYears(
      {
        cases,
        lines: compiled,
        adjustments: options.adjustments,
        known,
        rateOffset: rates.rates.length,
        caseGroup,
        nGroups: groups.length,
      },
      options.years,
      issues,
    );
  const allRates = [...rates.rates, ...(years?.dropRates ?? [])];
  const tally = createTally();
  const inputs = {
    cases,
    set,
    shapes,
    lineKey,
    paramIndex,
    rates,
    tally,
    caseGroup,
    nGroups: groups.length,
    ...(years
      ? {
          years: {
            nYears: years.nYears,
            parts: years.parts,
            classOf: years.classOf,
            nClasses: years.nClasses,
          },
        }
      : {}),
  };
  const sums = sumDrawTerms(inputs, params.length);
  const judgements = compileJudgements(cases, shapes, options.probabilities, issues);
  if (issues.length > 0) throw new InputError(issues);
  const drawn = {
    params,
    pLow: Float64Array.from(params, (p) => p.low),
    pMode: Float64Array.from(params, (p) => p.mode),
    pHigh: Float64Array.from(params, (p) => p.high),
    pGroup: Int32Array.from(params, groupOf),
    correlationGroups: corr.groups,
    rates: allRates,
    rLow: Float64Array.from(allRates, (r) => r.low),
    rMode: Float64Array.from(allRates, (r) => r.mode),
    rHigh: Float64Array.from(allRates, (r) => r.high),
    rDist: Int8Array.from(allRates, (r) => distributionCode(r.distribution)),
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
    ...sums,
    ...judgements,
    certainty: tally.facts(),
    exact,
    lists: ev.lists,
    ...(years ? { years: years.model() } : {}),
  };
}
