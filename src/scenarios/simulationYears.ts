/**
 * The simulation over several years: each line's cost in the years its dates cover (as the what-if's projection
 * shares it), outcomes continued beyond the observed years by the continuation assumptions with a drop-off that may
 * be drawn, every year discounted at a rate that may be drawn. Compiled once into plain arrays (a year index beside
 * each slot); a draw then costs O(slots × years), never a line.
 * @internal
 */
import type { CompiledLines } from "../cases/compileCases.js";
import { lineYearCents } from "../cases/foldFlows.js";
import { isPeriodUnit } from "../cases/lineQuantity.js";
import { type CaseShape, type LineSet, lineRatio } from "../cases/lineSet.js";
import { lineYearQuantities } from "../cases/lineYearQuantities.js";
import type { Case, Line } from "../cases/schema.js";
import type { Issue } from "../errors/issue.js";
import type { Cents } from "../money/cents.js";
import { addRatio, mulRatio, type Ratio, ratio } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";
import { resolveAdjustments } from "./adjustments.js";
import {
  compileDropOff,
  distributionCode,
  type ScopedRates,
  type SimRate,
  type SimulationAdjustments,
} from "./compileRates.js";
import { datedFlows, domainOf } from "./datedFlows.js";
import type { DiscountTiming } from "./discountFlows.js";
import { type LensName, type LensReturn, lensReturn } from "./lenses.js";
import {
  type Continuation,
  type ContinuationScope,
  continuationScopes,
  type ProjectionFlow,
  parseTiming,
  projectFlows,
} from "./projectFlows.js";
import { checkHorizon, DEFAULT_DISCOUNT_RATE } from "./projectValue.js";
import {
  pointText,
  type ResolvedUncertainAmount,
  resolveUncertainDiscountRate,
  type UncertainRate,
} from "./uncertainRate.js";

/** The years of a simulation: any of these (or a drop-off) turns them on; without, the simulation is of year 1. */
export interface SimulationYearOptions {
  /** Years from the first year with flows, 1 to 100 (default: the observed years and any continuation). */
  readonly horizon?: number | undefined;
  /** Real discount rate, fixed or a distribution, each bound from −0.05 to 0.20 (default 0.0225). */
  readonly discountRate?: UncertainRate | undefined;
  /** When in a year its flows fall for discounting: `start` (default; year 1 undiscounted) or `mid`. */
  readonly timing?: DiscountTiming | undefined;
  /**
   * Outcomes that continue beyond the observed years, as the what-if takes them; without its own `dropOff` a
   * continuation loses the drop-off of its scope (`adjustments.dropOff`, item over domain over global, else 0),
   * which may be drawn.
   */
  readonly continuation?: readonly Continuation[] | undefined;
}

/**
 * @internal Whether a simulation runs over years: a horizon, discount rate, timing, continuation or drop-off given.
 *
 * @example
 * ```ts
 * wantsYears({ horizon: 3 }); // true
 * wantsYears({});             // false: year 1, as before
 * ```
 */
export function wantsYears(o: SimulationYearOptions & { readonly adjustments?: SimulationAdjustments | undefined }) {
  return (
    o.horizon !== undefined ||
    o.discountRate !== undefined ||
    o.timing !== undefined ||
    (o.continuation?.length ?? 0) > 0 ||
    o.adjustments?.dropOff !== undefined
  );
}

/** @internal The year options checked without the cases. */
export interface CheckedYears {
  readonly horizon?: number | undefined;
  readonly discount: ResolvedUncertainAmount;
  readonly timing: DiscountTiming;
  readonly options: SimulationYearOptions;
}

/**
 * @internal Checks horizon, discount rate and timing with the what-if's rules (paths `horizon`, `discountRate`,
 * `discountRate.mode`, `timing`); undefined when something is wrong (the issues say what).
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * checkYears({ horizon: 3, discountRate: "uniform:0:0.04" }, issues)?.discount.high; // 0.04
 * checkYears({ horizon: 0 }, issues); // undefined; issues[0].path is ["horizon"]
 * ```
 */
export function checkYears(o: SimulationYearOptions, issues: Issue[]): CheckedYears | undefined {
  const n0 = issues.length;
  const horizon = o.horizon !== undefined ? checkHorizon(o.horizon, ["horizon"], issues) : undefined;
  const discount = resolveUncertainDiscountRate(o.discountRate ?? DEFAULT_DISCOUNT_RATE, ["discountRate"], issues);
  const timing = o.timing !== undefined ? parseTiming(o.timing, ["timing"], issues) : "start";
  if (issues.length > n0 || !discount) return undefined;
  return { ...(horizon !== undefined ? { horizon } : {}), discount, timing, options: o };
}

/** A continuation as the simulation applied it. */
export interface SimulatedContinuation {
  /** `domain:<name>` or `item:<code>`. */
  readonly scope: string;
  /** Years it continues after its last observed year. */
  readonly years: number;
  /** The drop-off: the continuation's own (fixed), else its scope's setting (`dropOff@domain:zorg`) or `0`. */
  readonly dropOff: string;
  /** The drop-off setting it follows, when it is one of `adjustments.dropOff` (then it may be drawn). */
  readonly rate?: string | undefined;
  /** The last observed year of the scope, whose avoided cost continues. */
  readonly fromYear: number;
  /** The reason given, if any. */
  readonly reason?: string | undefined;
}

/** @internal Exact point figures over the years (present values), per group, in total and per lens. */
export interface YearsExact {
  readonly groups: readonly PresentFigures[];
  readonly total: PresentFigures;
  readonly lenses: Readonly<Record<LensName, LensReturn>>;
}

/** @internal A group's exact present values, in the shape of a group's point estimate. */
export interface PresentFigures {
  readonly avoidedCost: Cents;
  readonly interventionCost: Cents;
  readonly netReturn: Cents;
  readonly ratio?: string | undefined;
}

/** @internal The compiled years: plain arrays and text, posted to workers with the model. */
export interface YearModel {
  /** Years drawn, year 1 first. */
  readonly nYears: number;
  readonly firstYear: number;
  readonly lastObservedYear: number;
  /** 0: flows at the start of each year; 1: half-way through it. */
  readonly mid: number;
  readonly timing: DiscountTiming;
  readonly discount: { readonly text: string; readonly low: number; readonly mode: number; readonly high: number };
  readonly discountDist: number;
  readonly discountDistribution: ResolvedUncertainAmount["distribution"];
  /** The discount rate of the point estimate (a uniform one's midpoint). */
  readonly discountPoint: string;
  readonly given: { readonly horizon: boolean; readonly discountRate: boolean; readonly timing: boolean };
  /** Year classes: each a rate class (its SROI factor) and a continuation (−1: none). */
  readonly nClasses: number;
  readonly classRate: Int32Array;
  readonly classScope: Int32Array;
  /** Per continuation: the year index it continues from, how many years, its drop-off rate index (−1: fixed keep). */
  readonly contFrom: Int32Array;
  readonly contYears: Int32Array;
  readonly contRate: Int32Array;
  readonly contKeep: Float64Array;
  readonly continuation: readonly SimulatedContinuation[];
  readonly notes: readonly string[];
  readonly exact: YearsExact;
}

/** @internal How a line falls over the years: parts `partFrom[k]` … `partFrom[k+1]−1`. */
export interface LineYears {
  readonly partFrom: Int32Array;
  /** The year index (from the first year) of each part. */
  readonly partYear: Int32Array;
  readonly partCents: Float64Array;
  /** The part's share of the line's quantity, exact. */
  readonly partQuantity: readonly Ratio[];
}

/** Every line's parts: its rounded cost shared by largest remainder (as the projection), its quantity likewise. */
function splitLines(cases: readonly Case[], lines: CompiledLines): { parts: LineYears; first: number; last: number } {
  const { set } = lines;
  const year: number[] = [];
  const cents: number[] = [];
  const qs: Ratio[] = [];
  const partFrom = new Int32Array(set.length + 1);
  cases.forEach((c, ci) => {
    const shape = lines.shapes[ci] as CaseShape;
    const timeline = { basis: "calendar" as const, start: isoToDay(c.start) as number };
    for (let k = shape.from; k < shape.to; k++) {
      partFrom[k] = year.length;
      const split = lineYearCents(set, k, timeline);
      const q = lineRatio(set, k);
      const shares = split.length > 1 ? quantityShares(set, k, timeline) : undefined;
      split.forEach((p, i) => {
        year.push(p.year);
        cents.push(p.cents);
        qs.push(shares ? mulRatio(q, shares[i] as Ratio) : q);
      });
    }
    partFrom[shape.to] = year.length;
  });
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const y of year) {
    first = Math.min(first, y);
    last = Math.max(last, y);
  }
  if (!Number.isFinite(first)) {
    first = cases.reduce((m, c) => Math.min(m, Number(c.start.slice(0, 4))), Number.POSITIVE_INFINITY);
    if (!Number.isFinite(first)) first = 1;
    last = first;
  }
  return {
    parts: {
      partFrom,
      partYear: Int32Array.from(year, (y) => y - first),
      partCents: Float64Array.from(cents),
      partQuantity: qs,
    },
    first,
    last,
  };
}

/** Each year's share of a line's quantity (the parts of its quantity over their sum), exact. */
function quantityShares(set: LineSet, k: number, timeline: { basis: "calendar"; start: number }): Ratio[] {
  const line = set.source[k] as Line;
  const unit = set.item[k]?.item.unit ?? line.per;
  const parts = lineYearQuantities(line, unit !== undefined && isPeriodUnit(unit) ? unit : undefined, timeline);
  const total = parts.reduce<Ratio>((s, p) => addRatio(s, p.quantity), ratio(0));
  if (total.n === 0n) return parts.map((_, i) => ratio(i === 0 ? 1 : 0));
  return parts.map((p) => mulRatio(p.quantity, ratio(total.d, total.n)));
}

/** @internal What {@link compileYears} needs beside the checked options. */
export interface YearsInput {
  readonly cases: readonly Case[];
  readonly lines: CompiledLines;
  readonly adjustments: SimulationAdjustments | undefined;
  readonly known: { items: ReadonlySet<string>; domains: ReadonlySet<string> };
  /** Index of the first drop-off rate in the model's rates (after the SROI rates). */
  readonly rateOffset: number;
  /** The group of each case, and the groups. */
  readonly caseGroup: Int32Array;
  readonly nGroups: number;
}

/** @internal The compiled years before the draws' slots are summed: line parts, the class map, the model's data. */
export interface CompiledYears {
  /** Years drawn (the horizon, or the observed years and continuations). */
  readonly nYears: number;
  readonly parts: LineYears;
  /** The drop-off settings, appended to the model's rates. */
  readonly dropRates: readonly SimRate[];
  /** The year class of line k given its rate class; call for every line, then read `model()`. */
  classOf(k: number, rateClass: number): number;
  /** How many year classes were made. */
  nClasses(): number;
  /** The model's data (once the problems are known to be none: it projects the point estimate). */
  model(): YearModel;
}

/**
 * @internal Compiles the years of a simulation: the lines' parts per year, the continuations (checked against the
 * lines' domains and items, paths `continuation[i]…`), the drop-off settings and the exact present values at
 * the point values (list prices, no SROI rates, as the year-1 point estimate; discount and drop-off at their modes).
 *
 * @example
 * ```ts
 * const y = compileYears({ cases, lines, adjustments, known, rateOffset: 0, caseGroup, nGroups: 1 }, checked, issues);
 * y.nYears; // the horizon, or the observed years and continuations
 * ```
 */
export function compileYears(x: YearsInput, y: CheckedYears, issues: Issue[]): CompiledYears {
  const { set } = x.lines;
  const { parts, first, last } = splitLines(x.cases, x.lines);
  const lineDomains = new Set<string>();
  const lineItems = new Set<string>();
  for (let k = 0; k < set.length; k++) {
    lineDomains.add(domainOf(set, k));
    const code = set.item[k]?.item.code;
    if (code !== undefined) lineItems.add(code);
  }
  const given = y.options.continuation ?? [];
  const scoped = continuationScopes(given, { domains: lineDomains, items: lineItems }, issues);
  const drop = compileDropOff(x.adjustments, x.known, issues);
  const scopeIndex = new Map(scoped.map((s, i) => [s.scope, i]));
  const scopeOfLine = (k: number): number => {
    const code = set.item[k]?.item.code;
    return (
      (code !== undefined ? scopeIndex.get(`item:${code}`) : undefined) ??
      scopeIndex.get(`domain:${domainOf(set, k)}`) ??
      -1
    );
  };
  // The last observed year of each continued scope (over all its lines, as the projection's flows).
  const lastOf = new Int32Array(scoped.length).fill(-1);
  for (let k = 0; k < set.length; k++) {
    const s = scopeOfLine(k);
    if (s < 0) continue;
    for (let p = parts.partFrom[k] as number; p < (parts.partFrom[k + 1] as number); p++)
      lastOf[s] = Math.max(lastOf[s] as number, parts.partYear[p] as number);
  }
  const continuedTo = scoped.reduce((m, s, i) => Math.max(m, first + (lastOf[i] as number) + s.years), last);
  const nYears = y.horizon ?? continuedTo - first + 1;
  const classRate: number[] = [];
  const classScope: number[] = [];
  const classIndex = new Map<string, number>();
  const conts = scoped.map((s, i) => continued(s, given[i] as Continuation, drop.scoped, x.rateOffset, drop.rates));
  return {
    nYears,
    parts,
    dropRates: drop.rates,
    classOf(k, rateClass) {
      const s = scopeOfLine(k);
      const key = `${rateClass},${s}`;
      let c = classIndex.get(key);
      if (c === undefined) {
        c = classRate.length;
        classRate.push(rateClass);
        classScope.push(s);
        classIndex.set(key, c);
      }
      return c;
    },
    nClasses: () => classRate.length,
    model: () => ({
      nYears,
      firstYear: first,
      lastObservedYear: last,
      mid: y.timing === "mid" ? 1 : 0,
      timing: y.timing,
      discount: { text: y.discount.text, low: y.discount.low, mode: y.discount.mode, high: y.discount.high },
      discountDist: distributionCode(y.discount.distribution),
      discountDistribution: y.discount.distribution,
      discountPoint: pointText(y.discount),
      given: {
        horizon: y.options.horizon !== undefined,
        discountRate: y.options.discountRate !== undefined,
        timing: y.options.timing !== undefined,
      },
      nClasses: classRate.length,
      classRate: Int32Array.from(classRate),
      classScope: Int32Array.from(classScope),
      contFrom: Int32Array.from(lastOf),
      contYears: Int32Array.from(scoped, (s) => s.years),
      contRate: Int32Array.from(conts, (c) => c.rate),
      contKeep: Float64Array.from(conts, (c) => c.keep),
      continuation: scoped.flatMap((s, i): SimulatedContinuation[] =>
        (lastOf[i] as number) < 0
          ? []
          : [
              {
                scope: s.scope,
                years: s.years,
                dropOff: (conts[i] as { text: string }).text,
                ...((conts[i] as { key?: string }).key !== undefined
                  ? { rate: (conts[i] as { key: string }).key }
                  : {}),
                fromYear: first + (lastOf[i] as number),
                ...(s.reason !== undefined ? { reason: s.reason } : {}),
              },
            ],
      ),
      notes: notesOf(scoped.length, { first, last, nYears, continuedTo, timing: y.timing }),
      exact: exactYears(
        x,
        { first, nYears, timing: y.timing, discount: pointText(y.discount) },
        scoped.map((s, i) => ({ scope: s, cont: conts[i] as Continued, last: first + (lastOf[i] as number) })),
      ),
    }),
  };
}

interface Continued {
  /** Index of the drop-off rate in the model's rates, −1 when fixed. */
  readonly rate: number;
  /** The share kept each year when fixed. */
  readonly keep: number;
  readonly text: string;
  readonly key?: string | undefined;
  /** The drop-off of the point estimate, exact decimal text. */
  readonly point: string;
}

/** A continuation's drop-off: its own, else its scope's setting (item or domain, else the global one), else 0. */
function continued(
  s: ContinuationScope,
  c: Continuation,
  scoped: ScopedRates,
  offset: number,
  rates: readonly SimRate[],
): Continued {
  if (c.dropOff !== undefined)
    return { rate: -1, keep: Number(s.keep.n) / Number(s.keep.d), text: s.dropOff, point: s.dropOff };
  const i = (c.item !== undefined ? scoped.items.get(c.item) : scoped.domains.get(c.domain ?? "")) ?? scoped.global;
  if (i === undefined) return { rate: -1, keep: 1, text: "0", point: "0" };
  const r = rates[i] as SimRate;
  const point = r.high > r.low ? pointText({ distribution: r.distribution, exact: exactOf(r) }) : r.text;
  return { rate: offset + i, keep: 1 - r.low, text: r.text, key: r.key, point };
}

/** A rate's bounds as decimal text (from its text form, as given). */
function exactOf(r: SimRate): ResolvedUncertainAmount["exact"] {
  const parts = r.text.split(":").filter((p) => !/^[a-z]/.test(p));
  if (r.distribution === "uniform")
    return { low: parts[0] as string, mode: parts[0] as string, high: parts[1] as string };
  return { low: parts[0] as string, mode: parts[1] as string, high: parts[2] as string };
}

function notesOf(
  continued: number,
  y: { first: number; last: number; nYears: number; continuedTo: number; timing: DiscountTiming },
): string[] {
  const notes = [
    y.timing === "start"
      ? "timing start: each year's flows fall at its start, year 1 undiscounted"
      : "timing mid: each year's flows fall half-way through it, year 1 discounted by half a year",
    continued === 0
      ? `outcomes end with the observed period (${y.first}–${y.last}): no continuation assumption was given`
      : `outcomes continue beyond ${y.last} only as the continuation assumptions say`,
  ];
  const end = y.first + y.nYears - 1;
  if (end < y.continuedTo) notes.push(`the horizon ends with ${end}: flows after it are left out`);
  return notes;
}

/**
 * The point estimate over the years: the what-if's projection (dated flows, continuation, discounting, each rounded
 * as it rounds) of the cases at list prices without SROI rates, at the point discount rate and drop-offs; per group
 * over the group's cases from the same first year.
 */
function exactYears(
  x: YearsInput,
  at: { first: number; nYears: number; timing: DiscountTiming; discount: string },
  continued: readonly { scope: ContinuationScope; cont: Continued; last: number }[],
): YearsExact {
  const scoped = continued.map((c) => c.scope);
  const rates = resolveAdjustments(undefined, []);
  const splitItems = new Set(scoped.flatMap((s) => (s.scope.startsWith("item:") ? [s.scope.slice(5)] : [])));
  const flowsOf = (idx: readonly number[]): ProjectionFlow[] =>
    datedFlows(
      idx.map((i) => x.cases[i] as Case),
      { ...x.lines, shapes: idx.map((i) => x.lines.shapes[i] as CaseShape) },
      { rates, combine: "multiplicative", basis: "calendar", splitItems },
    );
  // Zero flows in the first year and in each continued scope's last observed year over all cases: every group's
  // years count from the simulation's first year, and its outcomes continue from the year the draws continue them.
  const anchors: ProjectionFlow[] = [
    { year: at.first, payer: "", lens: "budget", benefit: 0n, cost: 0n },
    ...continued.flatMap(({ scope, last }): ProjectionFlow[] => {
      const [kind, name] = [
        scope.scope.slice(0, scope.scope.indexOf(":")),
        scope.scope.slice(scope.scope.indexOf(":") + 1),
      ];
      if (last < at.first) return [];
      const where = kind === "item" ? { domain: "", item: name } : { domain: name };
      return [{ year: last, payer: "", lens: "budget", benefit: 0n, cost: 0n, ...where }];
    }),
  ];
  const continuation = continued.map(({ scope, cont }): Continuation => {
    const [kind, name] = [
      scope.scope.slice(0, scope.scope.indexOf(":")),
      scope.scope.slice(scope.scope.indexOf(":") + 1),
    ];
    return { [kind]: name, years: scope.years, dropOff: cont.point };
  });
  const project = (flows: ProjectionFlow[]) => {
    return projectFlows({
      flows: [...anchors, ...flows],
      discountRate: at.discount,
      timing: at.timing,
      continuation,
      horizon: Math.max(1, at.nYears),
    });
  };
  const figures = (idx: readonly number[]): PresentFigures => {
    const b = project(flowsOf(idx)).budget;
    return {
      avoidedCost: b.benefitPresentValue,
      interventionCost: b.costPresentValue,
      netReturn: b.netPresentValue,
      ...(b.benefitCostRatio !== undefined ? { ratio: b.benefitCostRatio } : {}),
    };
  };
  const all = x.cases.map((_, i) => i);
  const whole = project(flowsOf(all));
  const lens = (name: LensName): LensReturn => {
    const cents = new Map<string, { invested: bigint; gained: bigint }>();
    for (const [payer, p] of Object.entries(whole[name].byPayer))
      if (payer !== "") cents.set(payer, { invested: BigInt(p.invested), gained: BigInt(p.gained) });
    return lensReturn(cents);
  };
  return {
    groups: Array.from({ length: x.nGroups }, (_, g) => figures(all.filter((i) => x.caseGroup[i] === g))),
    total: figures(all),
    lenses: { budget: lens("budget"), societal: lens("societal") },
  };
}
