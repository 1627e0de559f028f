import { mapPayers } from "../cases/caseResultJson.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { amountsToText } from "../money/amountsToText.js";
import { type Cents, centsFromBigint } from "../money/cents.js";
import { type Ratio, ratio } from "../money/ratio.js";
import { parseRate } from "./adjustments.js";
import {
  DISCOUNT_TIMINGS,
  type DiscountedFlows,
  type DiscountedFlowsJson,
  type DiscountTiming,
  discountedFlowsToJson,
  parseDiscountRate,
  presentValues,
  summariseDiscounted,
  type YearFlow,
} from "./discountFlows.js";
import { type PayerReturn, type PayerReturnJson, payerReturnToJson } from "./lenses.js";
import { checkHorizon } from "./projectValue.js";
import { oneMinus, powRatio, roundRatio } from "./rounding.js";
import { unknownScopeIssue } from "./unknownScope.js";

/** The two lenses of a projection: what the payers' budgets see, and society without transfers (MKBA). */
export type ProjectionLens = "budget" | "societal";

/** One dated flow: what falls in one year for one payer in one lens, in integer cents. */
export interface ProjectionFlow {
  /** The year it falls in: a calendar year (2026) or a case year (1 for the first). */
  readonly year: number;
  /** Who pays or gains. */
  readonly payer: string;
  /** `budget`, or `societal` (transfers left out). */
  readonly lens: ProjectionLens;
  /** Avoided cost that falls in the year: counterfactual − actual other than the intervention. */
  readonly benefit: bigint;
  /** Intervention cost that falls in the year. */
  readonly cost: bigint;
  /** The domain the benefit comes from, where the flows are split by domain (for continuation assumptions). */
  readonly domain?: string | undefined;
  /** The price item it comes from, where the flows are split by item. */
  readonly item?: string | undefined;
}

/**
 * An explicit assumption that an outcome continues beyond the observed period: the avoided cost of one
 * domain (or item) in its last observed year recurs for `years` more years, losing `dropOff` each year.
 */
export interface Continuation {
  /** The domain whose avoided cost continues (give a domain or an item). */
  readonly domain?: string | undefined;
  /** Or the price item whose avoided cost continues; an item's assumption wins over its domain's. */
  readonly item?: string | undefined;
  /** How many years beyond its last observed year, 1 to 100. */
  readonly years: number;
  /** Share of the continued avoided cost lost each year, 0 to 1 (default 0): year k after the last keeps (1 − d)^k. */
  readonly dropOff?: string | number | undefined;
  /** Why the outcome is taken to continue (a source, a follow-up), repeated in the result. */
  readonly reason?: string | undefined;
}

/** Input of {@link projectFlows}. */
export interface ProjectFlowsInput {
  /** The dated flows; years without flows between the first and the last count as zero. */
  readonly flows: readonly ProjectionFlow[];
  /** Real discount rate from −0.05 to 0.20, e.g. `"0.0225"` or `"-0.01"`. */
  readonly discountRate: string | number;
  /** `start` (year 1 undiscounted) or `mid` (every year's flows half-way through it). */
  readonly timing: DiscountTiming;
  /** Explicit continuation beyond the observed period; without one, outcomes end with it. */
  readonly continuation?: readonly Continuation[] | undefined;
  /** Years to report, 1 to 100, from the first year: longer adds empty years, shorter leaves later years out. */
  readonly horizon?: number | undefined;
  /**
   * The first year when there may be no flows at all (cases without a priced line): the projection is then
   * zero over the horizon (or over no years), and says so, instead of refusing the empty input.
   */
  readonly firstYear?: number | undefined;
}

/** One lens of a projection: its totals year by year, and each payer's present values (adding up to them). */
export interface LensProjection extends DiscountedFlows {
  /**
   * Per payer, payers sorted, as present values (the one per-payer shape of every scenario): invested = PV
   * of the payer's intervention cost, gained = PV of its avoided cost; they add up exactly to the lens's.
   */
  readonly byPayer: Readonly<Record<string, PayerReturn>>;
}

/** A continuation assumption as applied, named in the result. */
export interface AppliedContinuation {
  /** `domain:<name>` or `item:<code>`. */
  readonly scope: string;
  /** Years it continues. */
  readonly years: number;
  /** Share lost each year, as given (`"0"` by default). */
  readonly dropOff: string;
  /** The last observed year of the scope, whose avoided cost continues. */
  readonly fromYear: number;
  /** That year's avoided cost of the scope in the budget lens (all payers), cents: the base that continues. */
  readonly base: Cents;
  /** The reason given, if any. */
  readonly reason?: string | undefined;
}

/** The result of {@link projectFlows}. */
export interface FlowProjection {
  /** The timing convention used (always reported). */
  readonly timing: DiscountTiming;
  /** The discount rate used, as given (always reported). */
  readonly discountRate: string;
  /** The label of year 1 (a calendar year or 1), and the number of years projected. */
  readonly firstYear: number;
  /** How many years are projected. */
  readonly years: number;
  /** The last year with observed flows. */
  readonly lastObservedYear: number;
  /** The continuation assumptions applied; empty where outcomes end with the observed period. */
  readonly continuation: readonly AppliedContinuation[];
  /** Budget lens: every flow, transfers included. */
  readonly budget: LensProjection;
  /** Societal lens (MKBA): transfers left out. */
  readonly societal: LensProjection;
  /** The choices the figures rest on, in words. */
  readonly notes: readonly string[];
}

/** @internal A checked continuation: its scope (`domain:NAME`, `item:CODE`), years, the share kept each year. */
export interface ContinuationScope {
  readonly scope: string;
  readonly years: number;
  readonly keep: Ratio;
  readonly dropOff: string;
  readonly reason?: string | undefined;
}

type Scoped = ContinuationScope;

/** @internal Parses a timing, pushing an issue with `path` when it is not one. */
export function parseTiming(v: unknown, path: readonly (string | number)[], issues: Issue[]): DiscountTiming {
  if (typeof v === "string" && (DISCOUNT_TIMINGS as readonly string[]).includes(v)) return v as DiscountTiming;
  const value = JSON.stringify(v) ?? String(v);
  const known = DISCOUNT_TIMINGS.map((t) => `"${t}"`).join(" or ");
  issues.push({
    code: "invalid_timing",
    path,
    message: `${value} is not a discounting timing`,
    expected: known,
    params: { value, known },
  });
  return "start";
}

/** The years a continuation lasts (the horizon has its own check, the one of projectValue). */
function continuationYears(v: unknown, path: readonly (string | number)[], issues: Issue[]): number {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 100) return v;
  const value = JSON.stringify(v) ?? String(v);
  issues.push({
    code: "invalid_horizon",
    path,
    message: `a continuation must be a whole number of years from 1 to 100 (got ${value})`,
    expected: "e.g. 5",
    params: { rule: "continuation", value },
  });
  return 1;
}

/** Validates the continuation assumptions against the domains and items the flows have. */
function scopes(input: ProjectFlowsInput, issues: Issue[]): Scoped[] {
  const domains = new Set(input.flows.flatMap((f) => (f.domain !== undefined ? [f.domain] : [])));
  const items = new Set(input.flows.flatMap((f) => (f.item !== undefined ? [f.item] : [])));
  return continuationScopes(input.continuation ?? [], { domains, items }, issues);
}

/**
 * @internal Validates continuation assumptions against the domains and items that have flows (the simulation's
 * lines as much as the what-if's flows): each names a domain or an item that exists, once, for 1 to 100 years,
 * with a drop-off from 0 to 1; problems at `continuation[i]…`.
 *
 * @example
 * ```ts
 * continuationScopes([{ domain: "justitie", years: 2 }], { domains: new Set(["justitie"]), items: new Set() }, []);
 * // [{ scope: "domain:justitie", years: 2, keep: 1/1, dropOff: "0" }]
 * ```
 */
export function continuationScopes(
  cs: readonly Continuation[],
  known: { readonly domains: ReadonlySet<string>; readonly items: ReadonlySet<string> },
  issues: Issue[],
): ContinuationScope[] {
  const { domains, items } = known;
  const seen = new Set<string>();
  const out: Scoped[] = [];
  cs.forEach((c, i) => {
    const path = ["continuation", i];
    if ((c.domain === undefined) === (c.item === undefined)) {
      issues.push({
        code: "invalid_continuation",
        path,
        message: "a continuation names either a domain or an item",
        expected: '{ "domain": "wonen", "years": 3 } or { "item": "<code>", "years": 3 }',
      });
      return;
    }
    const [kind, name, known] =
      c.item !== undefined ? (["item", c.item, items] as const) : (["domain", c.domain as string, domains] as const);
    if (!known.has(name)) issues.push(unknownScopeIssue({ kind, name, known, path: [...path, kind], among: "flows" }));
    const scope = `${kind}:${name}`;
    if (seen.has(scope))
      issues.push({
        code: "duplicate_continuation",
        path: [...path, kind],
        message: `${scope} continues twice`,
        params: { scope },
      });
    seen.add(scope);
    const years = continuationYears(c.years, [...path, "years"], issues);
    const drop = parseRate(c.dropOff ?? "0", [...path, "dropOff"], issues);
    out.push({
      scope,
      years,
      keep: oneMinus(drop?.r ?? ratio(0)),
      dropOff: drop?.text ?? "0",
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
    });
  });
  return out;
}

/** The continuation scope a flow's benefit follows: its item's own, else its domain's. */
function scopeOf(f: ProjectionFlow, scoped: ReadonlyMap<string, Scoped>): Scoped | undefined {
  return (
    (f.item !== undefined ? scoped.get(`item:${f.item}`) : undefined) ??
    (f.domain !== undefined ? scoped.get(`domain:${f.domain}`) : undefined)
  );
}

type Series = Map<string, YearFlow[]>; // payer → year index → flow

function add(series: Series, payer: string, k: number, length: number, benefit: bigint, cost: bigint): void {
  let ys = series.get(payer);
  if (!ys) {
    ys = Array.from({ length }, () => ({ benefit: 0n, cost: 0n }));
    series.set(payer, ys);
  }
  const y = ys[k];
  if (y) ys[k] = { benefit: y.benefit + benefit, cost: y.cost + cost };
}

/**
 * Projects dated flows: the present value of the benefits (avoided cost) and of the costs (intervention
 * cost), each discounted by the year it falls in under the timing convention, the net present value, the
 * benefit–cost ratio (PV benefits / PV costs) and the payback, per payer and in both lenses (budget;
 * societal without transfers). Beyond the last observed year outcomes continue only by the explicit
 * continuation assumptions, each named in the result: a domain's (or item's) avoided cost in its last
 * observed year recurs for the years given, losing the drop-off each year (rounded half-up to cents per
 * payer and year). Each year's present value is rounded half-up to cents per payer; lens totals are
 * exact sums of the payers'.
 *
 * @throws {@link InputError} for a rate outside −0.05..0.20, an unknown timing, or a continuation that
 * names a domain or item no flow has, each with its path.
 *
 * @example
 * ```ts
 * const flows = [2026, 2027].map((year) => ({ year, payer: "gemeente", lens: "budget" as const, benefit: 100_000n, cost: 50_000n }));
 * const p = projectFlows({ flows, discountRate: "0", timing: "start" });
 * p.budget.benefitPresentValue; // 200000 (cents)
 * p.budget.netPresentValue;     // 100000
 * p.budget.byPayer.gemeente;    // { invested: 100000, gained: 200000, net: 100000 }
 * ```
 */
export function projectFlows(input: ProjectFlowsInput): FlowProjection {
  const issues: Issue[] = [];
  const rate = parseDiscountRate(input.discountRate, ["discountRate"], issues);
  const timing = parseTiming(input.timing, ["timing"], issues);
  const scoped = scopes(input, issues);
  const horizon = input.horizon !== undefined ? checkHorizon(input.horizon, ["horizon"], issues) : undefined;
  if (input.flows.length === 0 && input.firstYear === undefined)
    issues.push({ code: "no_flows", path: ["flows"], message: "there are no dated flows to project" });
  if (issues.length > 0 || !rate) throw new InputError(issues);
  if (input.flows.length === 0) return zeroProjection(input.firstYear as number, horizon ?? 0, { rate, timing });

  const first = Math.min(...input.flows.map((f) => f.year));
  const last = Math.max(...input.flows.map((f) => f.year));
  const byScope = new Map(scoped.map((s) => [s.scope, s]));
  // The last observed year of each scope, and per lens and payer its avoided cost that year.
  const lastOf = new Map<Scoped, number>();
  for (const f of input.flows) {
    const s = scopeOf(f, byScope);
    if (s) lastOf.set(s, Math.max(lastOf.get(s) ?? f.year, f.year));
  }
  const bases = new Map<string, bigint>(); // JSON [scope, lens, payer] → cents
  for (const f of input.flows) {
    const s = scopeOf(f, byScope);
    if (!s || f.year !== lastOf.get(s)) continue;
    const k = JSON.stringify([s.scope, f.lens, f.payer]);
    bases.set(k, (bases.get(k) ?? 0n) + f.benefit);
  }
  const continuedTo = Math.max(last, ...scoped.map((s) => (lastOf.get(s) ?? last) + s.years));
  const length = horizon ?? continuedTo - first + 1;

  const lens = (which: ProjectionLens): LensProjection => {
    const series: Series = new Map();
    for (const f of input.flows) if (f.lens === which) add(series, f.payer, f.year - first, length, f.benefit, f.cost);
    for (const s of scoped) {
      const from = lastOf.get(s);
      if (from === undefined) continue;
      for (const [k, cents] of bases) {
        const [scope, l, payer] = JSON.parse(k) as [string, string, string];
        if (scope !== s.scope || l !== which) continue;
        for (let t = 1; t <= s.years; t++) {
          const f = powRatio(s.keep, t);
          add(series, payer, from + t - first, length, roundRatio(ratio(cents * f.n, f.d)), 0n);
        }
      }
    }
    return lensProjection(series, length, { rate, timing, firstYear: first });
  };

  const budget = lens("budget");
  return {
    timing,
    discountRate: rate.text,
    firstYear: first,
    years: length,
    lastObservedYear: last,
    continuation: scoped.flatMap((s) => applied(s, lastOf.get(s), bases)),
    budget,
    societal: lens("societal"),
    notes: notesOf(scoped, { first, last, length, continuedTo, timing }),
  };
}

/** No flows at all: zero in every year of the horizon, for every lens, and a note that says why. */
function zeroProjection(
  first: number,
  length: number,
  how: { rate: { readonly text: string; readonly r: Ratio }; timing: DiscountTiming },
): FlowProjection {
  const lens = lensProjection(new Map(), length, { ...how, firstYear: first });
  return {
    timing: how.timing,
    discountRate: how.rate.text,
    firstYear: first,
    years: length,
    lastObservedYear: first,
    continuation: [],
    budget: lens,
    societal: lens,
    notes: [
      ...notesOf([], { first, last: first, length, continuedTo: first, timing: how.timing }).slice(0, 1),
      "no case has a priced line: there are no flows, so every year is zero",
    ],
  };
}

function lensProjection(
  series: Series,
  length: number,
  how: Parameters<typeof summariseDiscounted>[2],
): LensProjection {
  const total: YearFlow[] = Array.from({ length }, () => ({ benefit: 0n, cost: 0n }));
  const pvTotal: YearFlow[] = Array.from({ length }, () => ({ benefit: 0n, cost: 0n }));
  const byPayer: Record<string, PayerReturn> = Object.create(null) as Record<string, PayerReturn>;
  for (const payer of [...series.keys()].sort()) {
    const ys = series.get(payer) as YearFlow[];
    const pv = presentValues(ys, how.rate, how.timing);
    let gained = 0n;
    let invested = 0n;
    pv.forEach((p, k) => {
      const y = ys[k] as YearFlow;
      total[k] = { benefit: (total[k] as YearFlow).benefit + y.benefit, cost: (total[k] as YearFlow).cost + y.cost };
      pvTotal[k] = {
        benefit: (pvTotal[k] as YearFlow).benefit + p.benefit,
        cost: (pvTotal[k] as YearFlow).cost + p.cost,
      };
      gained += p.benefit;
      invested += p.cost;
    });
    byPayer[payer] = {
      invested: centsFromBigint(invested),
      gained: centsFromBigint(gained),
      net: centsFromBigint(gained - invested),
    };
  }
  return { ...summariseDiscounted(total, pvTotal, how), byPayer };
}

function applied(s: Scoped, from: number | undefined, bases: ReadonlyMap<string, bigint>): AppliedContinuation[] {
  if (from === undefined) return [];
  let base = 0n;
  for (const [k, cents] of bases) {
    const [scope, lens] = JSON.parse(k) as [string, string];
    if (scope === s.scope && lens === "budget") base += cents;
  }
  return [
    {
      scope: s.scope,
      years: s.years,
      dropOff: s.dropOff,
      fromYear: from,
      base: centsFromBigint(base),
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
    },
  ];
}

function notesOf(
  scoped: readonly Scoped[],
  y: { first: number; last: number; length: number; continuedTo: number; timing: DiscountTiming },
): string[] {
  const notes = [
    y.timing === "start"
      ? "timing start: each year's flows fall at its start, year 1 undiscounted"
      : "timing mid: each year's flows fall half-way through it, year 1 discounted by half a year",
    scoped.length === 0
      ? `outcomes end with the observed period (${y.first}–${y.last}): no continuation assumption was given`
      : `outcomes continue beyond ${y.last} only as the continuation assumptions say`,
  ];
  const end = y.first + y.length - 1;
  if (end < y.continuedTo) notes.push(`the horizon ends with ${end}: flows after it are left out`);
  return notes;
}

/** A {@link LensProjection} as written to a file. */
export interface LensProjectionJson extends DiscountedFlowsJson {
  /** Per payer, payers sorted, present values as two-decimal euro strings. */
  readonly byPayer: Readonly<Record<string, PayerReturnJson>>;
}

/** A {@link FlowProjection} as written to a file: every amount a two-decimal euro string. */
export interface FlowProjectionJson extends Omit<FlowProjection, "continuation" | "budget" | "societal"> {
  /** The continuation assumptions applied, each base as a string. */
  readonly continuation: readonly (Omit<AppliedContinuation, "base"> & {
    /** The base that continues, e.g. `"3000.00"`. */
    readonly base: string;
  })[];
  /** Budget lens. */
  readonly budget: LensProjectionJson;
  /** Societal lens. */
  readonly societal: LensProjectionJson;
}

/**
 * A projection as written to a file, keys in their order.
 *
 * @example
 * ```ts
 * flowProjectionToJson(whatIfResult.projection).budget.netPresentValue; // e.g. "2394.54"
 * ```
 */
export function flowProjectionToJson(p: FlowProjection): FlowProjectionJson {
  const lens = (l: LensProjection): LensProjectionJson => ({
    ...discountedFlowsToJson(l),
    byPayer: mapPayers(l.byPayer, payerReturnToJson),
  });
  return {
    ...p,
    continuation: p.continuation.map((c) => amountsToText(c, ["base"])),
    budget: lens(p.budget),
    societal: lens(p.societal),
  };
}
