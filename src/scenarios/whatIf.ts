import type { ProgrammeInfo } from "../cases/caseTypes.js";
import { createEvaluator, type EvaluatorOptions } from "../cases/createEvaluator.js";
import { ratioString } from "../cases/evaluate.js";
import { type Evaluation, evaluateCases } from "../cases/evaluateCases.js";
import { type CaseShape, CF, INTERVENTION, type LineSet, lineCost, TRANSFER } from "../cases/lineSet.js";
import { type ListedPm, listPm } from "../cases/listPm.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult, Figures } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { addCents, type Cents, centsFromBigint, subtractCents } from "../money/cents.js";
import { amountIssue, amountToCents } from "../money/parseDecimal.js";
import { addRatio, mulRatio, type Ratio, ratio, ratioToFixed } from "../money/ratio.js";
import type { YearBasis } from "../periods/yearSpans.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import type { PriceListStamp } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import {
  ADJUSTMENT_KINDS,
  type AdjustmentCombination,
  type AdjustmentKind,
  combinationIssue,
  lineAdjustment,
  type ResolvedRates,
  rateFor,
  resolveAdjustments,
  type SroiAdjustments,
} from "./adjustments.js";
import { datedFlows, domainOf } from "./datedFlows.js";
import { type DiscountTiming, parseDiscountRate } from "./discountFlows.js";
import { lensReturn, type ScenarioLenses } from "./lenses.js";
import { type Continuation, type FlowProjection, projectFlows } from "./projectFlows.js";
import { checkHorizon, DEFAULT_DISCOUNT_RATE } from "./projectValue.js";
import { oneMinus, powRatio, roundRatioHalfUp } from "./rounding.js";
import { unknownScopeIssue } from "./unknownScope.js";
import { resolveWellby, valueCasesWellbeing, type WellbyOptions, type WellbyValuation } from "./wellby.js";

/**
 * What a what-if changes. Everything left out keeps the base's value (and is reported as a default).
 * A `wellby` value adds the WELLBY valuation of the cases' life-satisfaction change as its own line.
 */
export interface WhatIfScenario extends WellbyOptions {
  /** Another list or list version (`id` or `id@version`). */
  readonly pricelist?: string | undefined;
  /** Another price year. */
  readonly priceYear?: number | undefined;
  /** Single prices overridden, euros by item code, e.g. `{ "justitie.detentie.dag": "250.00" }`. */
  readonly prices?: Readonly<Record<string, string>> | undefined;
  /** SROI adjustments on avoided cost. */
  readonly adjustments?: SroiAdjustments | undefined;
  /** How deadweight, displacement and attribution combine (default multiplicative; named in the assumptions). */
  readonly combine?: AdjustmentCombination | undefined;
  /** Real discount rate for the projection, −0.05 to 0.20 (default 0.0225). */
  readonly discountRate?: string | number | undefined;
  /** When in a year its flows fall for discounting: `start` (default; year 1 undiscounted) or `mid`. */
  readonly timing?: DiscountTiming | undefined;
  /** How the projection counts years: `calendar` (default) or `case` (years since each case's start). */
  readonly basis?: YearBasis | undefined;
  /**
   * Outcomes that continue beyond the observed period, per domain or item; without `dropOff` the
   * drop-off adjustment of the scope applies (item over domain over global, else 0).
   */
  readonly continuation?: readonly Continuation[] | undefined;
  /** Years of the projection from the first year with flows (default: the observed years and any continuation). */
  readonly horizon?: number | undefined;
}

/** One assumption of a what-if, named, with whether it was a default. */
export interface Assumption {
  /** e.g. `pricelist`, `price`, `deadweight`, `discountRate`. */
  readonly name: string;
  /** `global`, `domain:<domain>`, `item:<code>`, or absent. */
  readonly scope?: string | undefined;
  /** The value used, as text: a list reference, euros (`"250.00"`), a fraction (`"0.25"`), a year count. */
  readonly value: string;
  /** True when the scenario left it out and the base's value (or the method's default) was used. */
  readonly default: boolean;
}

/** Totals of a set of cases, in integer cents. */
export interface WhatIfTotals {
  /** Σ counterfactual cost of the cases, cents. */
  readonly counterfactualCost: Cents;
  /** Σ actual cost (intervention included), cents. */
  readonly actualCost: Cents;
  /** Σ intervention cost, cents. */
  readonly interventionCost: Cents;
  /** Σ avoided cost (counterfactual − actual + intervention), cents. */
  readonly avoidedCost: Cents;
  /** Σ net return (counterfactual − actual), cents. */
  readonly netReturn: Cents;
  /** avoidedCost / interventionCost to 4 decimals, half-up; absent where the intervention cost is 0. */
  readonly ratio?: string | undefined;
}

/** Scenario totals with the SROI adjustments applied (year 1). */
export interface AdjustedTotals extends WhatIfTotals {
  /** Avoided cost after deadweight, displacement and attribution, cents. */
  readonly adjustedAvoidedCost: Cents;
  /** adjustedAvoidedCost − interventionCost, cents. */
  readonly adjustedNetReturn: Cents;
  /** adjustedAvoidedCost / interventionCost to 4 decimals, half-up; absent where the intervention cost is 0. */
  readonly adjustedRatio?: string | undefined;
}

/** One case beside its base. */
export interface WhatIfCase {
  /** The case's id. */
  readonly id: string;
  /** The case's wijk. */
  readonly wijk: string;
  /** The case as the base prices it. */
  readonly base: {
    /** Avoided cost, cents. */
    readonly avoidedCost: Cents;
    /** Net return, cents. */
    readonly netReturn: Cents;
  };
  /** The case under the scenario. */
  readonly scenario: {
    /** Avoided cost with the scenario's list and prices, before adjustments, cents. */
    readonly avoidedCost: Cents;
    /** Net return with the scenario's list and prices, before adjustments, cents. */
    readonly netReturn: Cents;
    /** Avoided cost after the SROI adjustments (year 1), rounded half-up to cents once per payer. */
    readonly adjustedAvoidedCost: Cents;
    /** adjustedAvoidedCost − intervention cost, cents. */
    readonly adjustedNetReturn: Cents;
  };
}

/** The WELLBY valuation of a what-if, beside (never inside) its euros of cost. */
export interface WhatIfWellby extends WellbyValuation {
  /**
   * (adjusted avoided cost + the WELLBY value) / intervention cost, to 4 decimals half-up: only with
   * `includeWellbeing`, and absent where the intervention cost is 0. The plain ratios never include it.
   */
  readonly ratioIncludingWellbeing?: string | undefined;
}

/** The result of {@link whatIf}. */
export interface WhatIfResult {
  /** Every assumption of the scenario, each marked whether it was a default: nothing changes unsaid. */
  readonly assumptions: readonly Assumption[];
  /** The cases as the options price them. */
  readonly base: {
    /** The lists that priced them. */
    readonly lists: readonly PriceListStamp[];
    /** Their totals. */
    readonly totals: WhatIfTotals;
  };
  /** The cases under the scenario. */
  readonly scenario: {
    /** The lists that priced them under the scenario. */
    readonly lists: readonly PriceListStamp[];
    /** Their totals, with the adjusted figures. */
    readonly totals: AdjustedTotals;
  };
  /** scenario adjusted − base: avoided cost and net return. */
  readonly difference: {
    /** Adjusted avoided cost − base avoided cost, cents. */
    readonly avoidedCost: Cents;
    /** Adjusted net return − base net return, cents. */
    readonly netReturn: Cents;
  };
  /** The WELLBY valuation, present only when the scenario gives a `wellby` value. */
  readonly wellby?: WhatIfWellby | undefined;
  /** Each case beside its base, in input order. */
  readonly cases: readonly WhatIfCase[];
  /**
   * Who invests and who gains in the scenario (SROI adjustments applied, over the cases' whole figures), per
   * payer, in the budget lens and in the societal lens (transfers left out). The budget lens's totals are the
   * adjusted totals above.
   */
  readonly lenses: ScenarioLenses;
  /**
   * The scenario's dated flows (adjusted avoided cost and intervention cost in the year each falls in)
   * discounted, per payer and lens, with the timing, rate and continuation assumptions it rests on.
   */
  readonly projection: FlowProjection;
  /** How the adjusted figures were computed, in words (rounding included), for the report. */
  readonly method: string;
  /** The PM (pro memorie) effects of the cases and of the programmes: listed, never priced. */
  readonly pm: readonly ListedPm[];
}

/** Options of {@link whatIf}: the base evaluation. */
export type WhatIfOptions = Omit<EvaluatorOptions, "trail" | "overrides"> & {
  /** The case file's name, for messages. */
  readonly file?: string | undefined;
  /** The case file's programmes: their PM effects are listed beside the cases' own. */
  readonly programmes?: readonly ProgrammeInfo[] | undefined;
};

/** @internal */
export const WHATIF_METHOD =
  "Adjusted avoided cost of a case, per payer: round half-up (halves toward +∞) to cents once of Σ over lines of (the line's contribution to avoided cost: + counterfactual cost × probability of its alternative, − cost of non-intervention actual lines) × (1 − deadweight) × (1 − displacement) × (1 − attribution), each rate the line's item's, else its domain's, else the global one, else 0. The case's figure is the sum over payers; totals are sums of cases. Projection: each line's cost falls in the years its dates cover (shared by largest remainder); per year, payer, lens and domain the adjusted avoided cost is rounded half-up to cents. Beyond the observed years an outcome continues only by a continuation assumption: its domain's (or item's) avoided cost in its last observed year, × (1 − drop-off)^k in the k-th year after. Year t is discounted by (1 + r)^(t − 1) (timing start) or (1 + r)^(t − ½) (timing mid), per payer and rounded to cents; lens totals are sums of payers.";

const stamp = (l: Evaluation["lists"][number]): PriceListStamp => ({
  id: l.id,
  version: l.version,
  priceYear: l.priceYear,
  fingerprint: l.fingerprint,
});

function totals(rs: readonly CaseResult[]): { c: number; a: number; i: number } {
  let c = 0,
    a = 0,
    i = 0;
  for (const r of rs) {
    c = addCents(c, r.counterfactualCost);
    a = addCents(a, r.actualCost);
    i = addCents(i, r.interventionCost);
  }
  return { c, a, i };
}

function figures(t: { c: number; a: number; i: number }): WhatIfTotals {
  const avoided = addCents(subtractCents(t.c, t.a), t.i);
  const r = ratioString(avoided, t.i);
  return {
    counterfactualCost: t.c,
    actualCost: t.a,
    interventionCost: t.i,
    avoidedCost: avoided,
    netReturn: subtractCents(t.c, t.a),
    ...(r !== undefined ? { ratio: r } : {}),
  };
}

/** Adjusted avoided cost of one compiled case per payer and lens: cents per year 1 … horizon. */
interface CaseYears {
  /** Budget lens, per payer. */
  readonly budget: Map<string, bigint[]>;
  /** Societal lens (transfers left out), per payer. */
  readonly societal: Map<string, bigint[]>;
}

type Groups = Map<string, { sum: Ratio; f: Ratio; keep: Ratio }>;

function addTo(cells: Map<string, Groups>, payer: string, key: string, g: { sum: Ratio; f: Ratio; keep: Ratio }): void {
  let m = cells.get(payer);
  if (!m) {
    m = new Map();
    cells.set(payer, m);
  }
  const e = m.get(key);
  if (e) e.sum = addRatio(e.sum, g.sum);
  else m.set(key, { ...g });
}

/** Per payer: the year loop multiplies the grouped sums and rounds each payer's year once. */
function yearsOf(cells: Map<string, Groups>, horizon: number): Map<string, bigint[]> {
  const out = new Map<string, bigint[]>();
  for (const [payer, m] of cells)
    out.set(
      payer,
      Array.from({ length: horizon }, (_, t) => {
        let x = ratio(0);
        for (const g of m.values()) x = addRatio(x, mulRatio(mulRatio(g.sum, g.f), powRatio(g.keep, t)));
        return roundRatioHalfUp(x);
      }),
    );
  return out;
}

/** The resolved rates and how they combine. */
interface Adjust {
  readonly rates: Record<AdjustmentKind, ResolvedRates>;
  readonly combine: AdjustmentCombination;
}

/** A line's factor on avoided cost from its three rates (item over domain over global). */
function lineFactor(adj: Adjust, item: string | undefined, domain: string): Ratio {
  return lineAdjustment(adj.rates, { item, domain }, adj.combine);
}

/** An additive combination above 1 would turn a saving into a cost: refused, once. */
function checkAdditive(adj: Adjust, set: LineSet, issues: Issue[]): void {
  if (adj.combine !== "additive") return;
  for (let k = 0; k < set.length; k++)
    if (lineFactor(adj, set.item[k]?.item.code, domainOf(set, k)).n < 0n) {
      issues.push({
        code: "additive_above_one",
        path: ["adjustments"],
        message:
          "added up, the deadweight, displacement and attribution of a line exceed 1: its avoided cost would turn negative",
        expected: "rates that add up to at most 1, or the multiplicative combination",
        params: { rule: "line" },
      });
      return;
    }
}

/** @internal Adjusted avoided cost of one compiled case, per payer and lens, per year 1 … horizon, in cents. */
function adjustedYears(set: LineSet, shape: CaseShape, adj: Adjust, horizon: number): CaseYears {
  const { rates } = adj;
  // Per payer, group contributions by (factor, keep) so the year loop multiplies sums, not lines.
  const budget = new Map<string, Groups>();
  const societal = new Map<string, Groups>();
  for (let k = shape.from; k < shape.to; k++) {
    const flags = set.flags[k] as number;
    const cf = (flags & CF) !== 0;
    if (!cf && flags & INTERVENTION) continue;
    let contrib = ratio(lineCost(set, k) * (cf ? 1 : -1));
    const alt = set.alt[k] as number;
    if (alt >= 0) contrib = mulRatio(contrib, shape.weights?.[alt] as Ratio);
    const item = set.item[k]?.item.code;
    const domain = domainOf(set, k);
    const f = lineFactor(adj, item, domain);
    const keep = oneMinus(rateFor(rates.dropOff, item, domain));
    const key = `${f.n}/${f.d}|${keep.n}/${keep.d}`;
    const payer = set.payers[set.payer[k] as number] as string;
    addTo(budget, payer, key, { sum: contrib, f, keep });
    if (!(flags & TRANSFER)) addTo(societal, payer, key, { sum: contrib, f, keep });
  }
  return { budget: yearsOf(budget, horizon), societal: yearsOf(societal, horizon) };
}

/** Adds one case's per-payer figures of one lens into the running per-payer cents. */
function addLens(
  into: Map<string, { invested: bigint; gained: bigint }>,
  years: Map<string, bigint[]>,
  figures: Readonly<Record<string, Figures>>,
): void {
  const cell = (payer: string) => {
    let c = into.get(payer);
    if (!c) {
      c = { invested: 0n, gained: 0n };
      into.set(payer, c);
    }
    return c;
  };
  for (const [payer, y] of years) cell(payer).gained += y[0] as bigint;
  for (const payer of Object.keys(figures))
    cell(payer).invested += BigInt((figures[payer] as Figures).interventionCost);
}

function assumptionsOf(
  options: WhatIfOptions,
  scenario: WhatIfScenario,
  rates: Record<AdjustmentKind, ResolvedRates>,
  horizon: number,
  rateText: string,
  continuation: readonly Continuation[],
): Assumption[] {
  const out: Assumption[] = [];
  out.push({
    name: "pricelist",
    value: scenario.pricelist ?? options.pricelist ?? "sociaal-domein (version by case start date)",
    default: scenario.pricelist === undefined,
  });
  out.push({
    name: "priceYear",
    value: String(scenario.priceYear ?? options.priceYear ?? "the list's own"),
    default: scenario.priceYear === undefined,
  });
  for (const code of Object.keys(scenario.prices ?? {}).sort())
    out.push({ name: "price", scope: `item:${code}`, value: String(scenario.prices?.[code]), default: false });
  for (const kind of ADJUSTMENT_KINDS) {
    const r = rates[kind];
    out.push({ name: kind, scope: "global", value: r.global?.text ?? "0", default: r.global === undefined });
    for (const [k, v] of [...r.domains].sort(([a], [b]) => a.localeCompare(b)))
      out.push({ name: kind, scope: `domain:${k}`, value: v.text, default: false });
    for (const [k, v] of [...r.items].sort(([a], [b]) => a.localeCompare(b)))
      out.push({ name: kind, scope: `item:${k}`, value: v.text, default: false });
  }
  out.push({ name: "combine", value: scenario.combine ?? "multiplicative", default: scenario.combine === undefined });
  out.push({ name: "discountRate", value: rateText, default: scenario.discountRate === undefined });
  out.push({ name: "timing", value: scenario.timing ?? "start", default: scenario.timing === undefined });
  out.push({ name: "basis", value: scenario.basis ?? "calendar", default: scenario.basis === undefined });
  out.push({ name: "horizon", value: String(horizon), default: scenario.horizon === undefined });
  for (const c of continuation)
    out.push({
      name: "continuation",
      scope: c.item !== undefined ? `item:${c.item}` : `domain:${c.domain}`,
      value: `${c.years} × (1 − ${c.dropOff ?? "0"})`,
      default: false,
    });
  return out;
}

/**
 * Evaluates the same cases under another list version, price year, single
 * price overrides and SROI adjustments (deadweight, displacement,
 * attribution, then drop-off per year and discounting), and reports the
 * result beside the base with every assumption named and whether it was a
 * default. Exact arithmetic throughout; see `docs/scenarios.md` for the
 * rounding rule and worked examples.
 *
 * @throws {@link InputError} for invalid rates, prices or cases.
 *
 * @example
 * ```ts
 * const w = whatIf(cases, { catalog: bundledCatalog(), pricelist: "thuis-in-zuidoost@voorbeeld-2026" }, {
 *   adjustments: { deadweight: { global: "0.2" }, attribution: { global: "0.25" } },
 * });
 * w.scenario.totals.adjustedAvoidedCost; // 3656913 cents (60948.55 × 0.8 × 0.75 = € 36.569,13)
 * ```
 */
export function whatIf(cases: readonly Case[], options: WhatIfOptions, scenario: WhatIfScenario): WhatIfResult {
  const issues: Issue[] = [];
  const rates = resolveAdjustments(scenario.adjustments, issues);
  const rate = parseDiscountRate(scenario.discountRate ?? DEFAULT_DISCOUNT_RATE, ["discountRate"], issues);
  if (scenario.horizon !== undefined) checkHorizon(scenario.horizon, ["horizon"], issues);
  if (scenario.pricelist !== undefined && !parsePriceListRef(scenario.pricelist))
    issues.push({
      code: "invalid_pricelist_ref",
      path: ["pricelist"],
      message: `"${scenario.pricelist}" is not a list id or id@version`,
      params: { value: scenario.pricelist },
    });
  if (
    scenario.priceYear !== undefined &&
    !(Number.isInteger(scenario.priceYear) && scenario.priceYear >= 1900 && scenario.priceYear <= 2200)
  )
    issues.push({
      code: "invalid_price_year",
      path: ["priceYear"],
      message: `${String(scenario.priceYear)} is not a price year`,
      params: { value: String(scenario.priceYear) },
    });
  const combination = combinationIssue(scenario.combine);
  if (combination) issues.push(combination);
  const instruments = options.instruments ?? loadInstruments();
  const wellby = resolveWellby(scenario, instruments, issues);
  const overrides = new Map<string, number>();
  for (const [code, amount] of Object.entries(scenario.prices ?? {})) {
    const p = amountIssue(amount);
    if (p) issues.push({ code: "invalid_amount", path: ["prices", code], ...p });
    else overrides.set(code, amountToCents(amount));
  }
  if (issues.length > 0 || !rate) throw new InputError(issues);
  const base = evaluateCases(cases, { ...options, instruments });
  const pricelist = scenario.pricelist ?? options.pricelist;
  const priceYear = scenario.priceYear ?? options.priceYear;
  const { pricelist: _p, priceYear: _y, ...rest } = options;
  const scenarioOptions = {
    ...rest,
    ...(pricelist !== undefined ? { pricelist } : {}),
    ...(priceYear !== undefined ? { priceYear } : {}),
    instruments,
    overrides,
  };
  const scen = evaluateCases(cases, scenarioOptions);
  // The scenario's lines as the engine compiled them: the adjustments apply per line, never read from a trail.
  const lines = createEvaluator(scenarioOptions).compileLines(cases);
  // An override of an item no list used is a typo, not an assumption.
  const known = new Set(scen.lists.flatMap((l) => l.items.map((i) => i.code)));
  for (const code of overrides.keys())
    if (!known.has(code))
      issues.push(unknownScopeIssue({ kind: "item", name: code, known, path: ["prices", code], among: "lists" }));
  // Likewise a rate scoped to an item or domain nothing has: it would change nothing yet be reported as an assumption.
  const domains = new Set([
    ...scen.lists.flatMap((l) => l.items.map((i) => i.domain)),
    ...Array.from({ length: lines.set.length }, (_, k) => domainOf(lines.set, k)),
  ]);
  for (const kind of ADJUSTMENT_KINDS) {
    for (const d of rates[kind].domains.keys())
      if (!domains.has(d)) {
        const path = ["adjustments", kind, "domains", d];
        issues.push(unknownScopeIssue({ kind: "domain", name: d, known: domains, path, among: "lists" }));
      }
    for (const code of rates[kind].items.keys())
      if (!known.has(code)) {
        const path = ["adjustments", kind, "items", code];
        issues.push(unknownScopeIssue({ kind: "item", name: code, known, path, among: "lists" }));
      }
  }
  const adjust: Adjust = { rates, combine: scenario.combine ?? "multiplicative" };
  checkAdditive(adjust, lines.set, issues);
  if (issues.length > 0) throw new InputError(issues);

  let adj = 0n;
  const caseRows: WhatIfCase[] = [];
  const budget = new Map<string, { invested: bigint; gained: bigint }>();
  const societal = new Map<string, { invested: bigint; gained: bigint }>();
  scen.cases.forEach((r, k) => {
    const cy = adjustedYears(lines.set, lines.shapes[k] as CaseShape, adjust, 1);
    const y = [0n];
    for (const py of cy.budget.values()) y[0] = (y[0] as bigint) + (py[0] as bigint);
    adj += y[0] as bigint;
    addLens(budget, cy.budget, r.byPayer);
    addLens(societal, cy.societal, r.societal.byPayer);
    const b = base.cases[k] as CaseResult;
    const inter = BigInt(r.interventionCost);
    caseRows.push({
      id: r.id,
      wijk: r.wijk,
      base: { avoidedCost: b.avoidedCost, netReturn: b.netReturn },
      scenario: {
        avoidedCost: r.avoidedCost,
        netReturn: r.netReturn,
        adjustedAvoidedCost: centsFromBigint(y[0] as bigint),
        adjustedNetReturn: centsFromBigint((y[0] as bigint) - inter),
      },
    });
  });
  const bt = totals(base.cases);
  const st = totals(scen.cases);
  const inter = BigInt(st.i);
  const continuation = continuationOf(scenario.continuation ?? [], rates);
  const projection = projectionOf(cases, lines, {
    scenario,
    rates,
    combine: adjust.combine,
    rate: rate.text,
    continuation,
  });
  return {
    assumptions: [
      ...assumptionsOf(options, scenario, rates, projection.years, rate.text, continuation),
      ...(wellby ? [{ name: "wellby", value: wellby.value.text, default: false }] : []),
    ],
    base: { lists: base.lists.map(stamp), totals: figures(bt) },
    scenario: {
      lists: scen.lists.map(stamp),
      totals: {
        ...figures(st),
        adjustedAvoidedCost: centsFromBigint(adj),
        adjustedNetReturn: centsFromBigint(adj - inter),
        ...(inter !== 0n ? { adjustedRatio: ratioToFixed(ratio(adj, inter), 4) } : {}),
      },
    },
    difference: {
      avoidedCost: centsFromBigint(adj - BigInt(bt.c - bt.a + bt.i)),
      netReturn: centsFromBigint(adj - inter - BigInt(bt.c - bt.a)),
    },
    ...(wellby ? { wellby: whatIfWellby(valueCasesWellbeing(scen.cases, wellby), adj, inter) } : {}),
    cases: caseRows,
    lenses: { budget: lensReturn(budget), societal: lensReturn(societal) },
    projection,
    method: WHATIF_METHOD,
    pm: listPm(cases, options.programmes),
  };
}

/** The WELLBY valuation with, by choice only, the ratio including it. */
function whatIfWellby(v: WellbyValuation, adjusted: bigint, inter: bigint): WhatIfWellby {
  if (!v.includedInRatio || inter === 0n) return v;
  return { ...v, ratioIncludingWellbeing: ratioToFixed(ratio(adjusted + BigInt(v.value), inter), 4) };
}

/** The continuation assumptions with each one's drop-off: its own, else the scope's drop-off adjustment. */
function continuationOf(cs: readonly Continuation[], rates: Record<AdjustmentKind, ResolvedRates>): Continuation[] {
  return cs.map((c) => {
    if (c.dropOff !== undefined) return c;
    const r = c.item !== undefined ? rates.dropOff.items.get(c.item) : rates.dropOff.domains.get(c.domain ?? "");
    return { ...c, dropOff: (r ?? rates.dropOff.global)?.text ?? "0" };
  });
}

/** The scenario's dated flows projected; problems carry the scenario's paths (`continuation[0].domain`). */
function projectionOf(
  cases: readonly Case[],
  lines: ReturnType<ReturnType<typeof createEvaluator>["compileLines"]>,
  o: {
    scenario: WhatIfScenario;
    rates: Record<AdjustmentKind, ResolvedRates>;
    combine: AdjustmentCombination;
    rate: string;
    continuation: readonly Continuation[];
  },
): FlowProjection {
  const splitItems = new Set(o.continuation.flatMap((c) => (c.item !== undefined ? [c.item] : [])));
  const flows = datedFlows(cases, lines, {
    rates: o.rates,
    combine: o.combine,
    basis: o.scenario.basis ?? "calendar",
    splitItems,
  });
  return projectFlows({
    flows,
    discountRate: o.rate,
    timing: o.scenario.timing ?? "start",
    continuation: o.continuation,
    ...(o.scenario.horizon !== undefined ? { horizon: o.scenario.horizon } : {}),
    // Cases without a priced line have no flows: a zero projection, as compute gives zero totals.
    firstYear: (o.scenario.basis ?? "calendar") === "case" ? 1 : firstStartYear(cases),
  });
}

/** The calendar year of the earliest case start (1 without cases: no year is shown then). */
function firstStartYear(cases: readonly Case[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const c of cases) first = Math.min(first, Number(c.start.slice(0, 4)));
  return Number.isFinite(first) ? first : 1;
}
