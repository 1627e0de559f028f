/**
 * @internal The mutable accumulator behind every roll-up function: integer
 * cents (checked safe integers) and exact bigint fractions while folding;
 * plain JSON with sorted keys when it is read out.
 */
import type { CaseFold } from "../cases/createEvaluator.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import { addCents, centsToString } from "../money/cents.js";
import { amountToCents } from "../money/parseDecimal.js";
import { addRatio, type Ratio, ratio, ratioFromNumber, ratioToString, ZERO } from "../money/ratio.js";
import type { PriceListStamp } from "../pricelists/types.js";
import type { WellbeingResult } from "../wellbeing/types.js";
import { FOLLOW_UP_KEYS, followUpAt } from "./followUpCounts.js";
import { periodOf } from "./periodOf.js";
import type { FollowUpState, GroupDimension, GroupState, RollupAggregate, WellbeingState } from "./types.js";

/** @internal */
export interface WellbeingAcc {
  hist: Map<string, number>;
  sumBefore: Ratio;
  sumAfter: Ratio;
  beforeOnly: number;
}

/** @internal Budget c, a, i then societal sc, sa, si, in cents. */
export type PayerCents = [number, number, number, number, number, number];

/** @internal */
export interface GroupAcc {
  by: Partial<Record<GroupDimension, string>>;
  cases: number;
  unexplainedCases: number;
  unexplainedLines: number;
  counterfactualLines: number;
  payers: Map<string, PayerCents>;
  wellbeing: Map<string, WellbeingAcc>;
  /** Per horizon (6, 12, 24 months): [followed up, held]. */
  followUp: [number, number][];
  pm: number;
  /**
   * The group's sums again by an evaluator's payer index (`slots[p]` is `payers.get(slotNames[p])`), so a
   * folded case's money finds its cells without a lookup by name; `slotNames` is the evaluator's payer list.
   */
  slotNames: readonly string[] | undefined;
  slots: (PayerCents | undefined)[];
}

/** @internal What a case contributes to its groups: where it belongs, its cents, its counts and wellbeing. */
export interface ParsedCase {
  readonly meta: {
    readonly wijk: string;
    readonly programme?: string | undefined;
    readonly start: string;
    readonly pricelist: PriceListStamp;
    readonly counterfactualLines: number;
    readonly unexplainedCounterfactualLines: number;
  };
  readonly payers: readonly (readonly [string, PayerCents])[];
  readonly wellbeing: readonly (readonly [string, { delta: Ratio; before: Ratio; after: Ratio } | undefined])[];
  /** Per horizon (6, 12, 24 months): [followed up, held] as 0 or 1. */
  readonly followUp: readonly (readonly [number, number])[];
  /** The case's PM effects. */
  readonly pm: number;
}

const FAST = /^-?\d{1,13}\.\d\d$/;

/** @internal Euro string to cents; the common two-decimal form without BigInt. */
export function centsOf(s: string): number {
  // A string of at most 15 digits converts to a safe integer exactly.
  return FAST.test(s) ? Number(s.slice(0, -3) + s.slice(-2)) : amountToCents(s);
}

/** @internal "n/d" or "n" back to a fraction. */
export function parseRatio(s: string): Ratio {
  const m = /^(-?\d+)(?:\/(\d+))?$/.exec(s);
  if (!m)
    throw new InputError([
      {
        code: "invalid_aggregate",
        path: [],
        message: `"${s}" is not a fraction such as "7/5"`,
        expected: "n or n/d",
        params: { rule: "fraction", value: s },
      },
    ]);
  return ratio(BigInt(m[1] as string), BigInt(m[2] ?? "1"));
}

/** @internal A case's mean wellbeing delta, before and after score per instrument, exact. */
function wellbeingOf(results: readonly WellbeingResult[]): ParsedCase["wellbeing"] {
  return results.map((w) => {
    let k = 0n;
    let d = ZERO;
    let b = ZERO;
    let a = ZERO;
    for (const x of w.dimensions) {
      if (x.delta === undefined || x.after === undefined) continue;
      k++;
      d = addRatio(d, ratioFromNumber(x.delta));
      b = addRatio(b, ratioFromNumber(x.before));
      a = addRatio(a, ratioFromNumber(x.after));
    }
    const per = (q: Ratio): Ratio => ratio(q.n, q.d * k);
    return [w.instrument, k === 0n ? undefined : { delta: per(d), before: per(b), after: per(a) }] as const;
  });
}

/**
 * @internal What a case adds to its groups besides money, straight from the
 * engine's fold: nothing is formatted or parsed on the way into the roll-up
 * (its cents stay in the fold's buffer, see {@link foldCaseFold}).
 */
function caseCounts(c: Case, f: CaseFold): ParsedCase {
  return {
    meta: {
      wijk: c.wijk,
      programme: c.programme,
      start: c.start,
      pricelist: f.stamp,
      counterfactualLines: f.totals.counterfactualLines,
      unexplainedCounterfactualLines: f.totals.unexplained,
    },
    payers: [],
    wellbeing: f.wellbeing.length === 0 ? [] : wellbeingOf(f.wellbeing),
    followUp: followUpAt(c.start, c.followUp),
    pm: Array.isArray(c.pm) ? c.pm.length : 0,
  };
}

/** @internal A case result's payer figures as the roll-up folds them. */
export function parseCase(r: CaseResult): ParsedCase {
  const soc = r.societal.byPayer;
  const payers = Object.keys(r.byPayer).map((p) => {
    const b = r.byPayer[p] as CaseResult["byPayer"][string];
    const s = soc[p];
    const cents: PayerCents = [
      b.counterfactualCost,
      b.actualCost,
      b.interventionCost,
      s ? s.counterfactualCost : 0,
      s ? s.actualCost : 0,
      s ? s.interventionCost : 0,
    ];
    return [p, cents] as const;
  });
  return {
    meta: r,
    payers,
    wellbeing: wellbeingOf(r.wellbeing),
    followUp: followUpAt(r.start, r.followUp),
    pm: r.pm?.length ?? 0,
  };
}

/** @internal */
export function newGroup(by: Partial<Record<GroupDimension, string>>): GroupAcc {
  return {
    by,
    cases: 0,
    unexplainedCases: 0,
    unexplainedLines: 0,
    counterfactualLines: 0,
    payers: new Map(),
    wellbeing: new Map(),
    followUp: [
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    pm: 0,
    slotNames: undefined,
    slots: [],
  };
}

function payerCents(g: GroupAcc, payer: string): PayerCents {
  let s = g.payers.get(payer);
  if (!s) g.payers.set(payer, (s = [0, 0, 0, 0, 0, 0]));
  return s;
}

function wellbeingAcc(g: GroupAcc, instrument: string): WellbeingAcc {
  let w = g.wellbeing.get(instrument);
  if (!w) g.wellbeing.set(instrument, (w = { hist: new Map(), sumBefore: ZERO, sumAfter: ZERO, beforeOnly: 0 }));
  return w;
}

/** @internal Adds a parsed case to a group; `onlyPayer` restricts the money to one payer (payer grouping). */
export function addCase(g: GroupAcc, pc: ParsedCase, onlyPayer?: string): void {
  addCounts(g, pc);
  for (const [p, x] of pc.payers) {
    if (onlyPayer !== undefined && p !== onlyPayer) continue;
    const s = payerCents(g, p);
    for (let k = 0; k < 6; k++) s[k] = addCents(s[k] as number, x[k] as number);
  }
}

/** Adds a folded case's money to a group; `onlyPayer` (a payer index) restricts it to one payer. */
function addFoldMoney(g: GroupAcc, f: CaseFold, onlyPayer?: number): void {
  const { sums, touched, touchedCount } = f.totals;
  if (g.slotNames !== f.payers) {
    g.slotNames = f.payers;
    g.slots = [];
  }
  for (let t = 0; t < touchedCount; t++) {
    const p = touched[t] as number;
    if (onlyPayer !== undefined && p !== onlyPayer) continue;
    let s = g.slots[p];
    if (s === undefined) {
      s = payerCents(g, f.payers[p] as string);
      g.slots[p] = s;
    }
    for (let k = 0; k < 6; k++) s[k] = addCents(s[k] as number, sums[p * 6 + k] as number);
  }
}

/** Adds everything of a parsed case but its money to a group. */
function addCounts(g: GroupAcc, pc: ParsedCase): void {
  g.cases++;
  g.pm += pc.pm;
  for (let k = 0; k < pc.followUp.length; k++) {
    // Indexes, not destructuring: this runs for every case and group, and array destructuring iterates.
    const x = pc.followUp[k] as readonly [number, number];
    const t = g.followUp[k] as [number, number];
    t[0] += x[0];
    t[1] += x[1];
  }
  const u = pc.meta.unexplainedCounterfactualLines;
  if (u > 0) g.unexplainedCases++;
  g.unexplainedLines += u;
  g.counterfactualLines += pc.meta.counterfactualLines;
  for (const [inst, m] of pc.wellbeing) {
    const w = wellbeingAcc(g, inst);
    if (!m) {
      w.beforeOnly++;
      continue;
    }
    const key = ratioToString(m.delta);
    w.hist.set(key, (w.hist.get(key) ?? 0) + 1);
    w.sumBefore = addRatio(w.sumBefore, m.before);
    w.sumAfter = addRatio(w.sumAfter, m.after);
  }
}

/** @internal Adds a group's state (from JSON) into an accumulator group. */
export function addState(g: GroupAcc, s: GroupState): void {
  g.cases += s.cases;
  g.unexplainedCases += s.unexplainedCases;
  g.unexplainedLines += s.unexplainedLines;
  g.counterfactualLines += s.counterfactualLines;
  g.pm += s.pm;
  FOLLOW_UP_KEYS.forEach((m, k) => {
    const t = g.followUp[k] as [number, number];
    t[0] += s.followUp[m].followedUp;
    t[1] += s.followUp[m].held;
  });
  for (const [p, x] of Object.entries(s.payers)) {
    const t = payerCents(g, p);
    const v = [
      x.counterfactualCost,
      x.actualCost,
      x.interventionCost,
      x.societalCounterfactualCost,
      x.societalActualCost,
      x.societalInterventionCost,
    ];
    for (let k = 0; k < 6; k++) t[k] = addCents(t[k] as number, centsOf(v[k] as string));
  }
  for (const [inst, x] of Object.entries(s.wellbeing)) {
    const w = wellbeingAcc(g, inst);
    w.beforeOnly += x.beforeOnly;
    for (const [key, n] of Object.entries(x.deltas)) {
      const canon = ratioToString(parseRatio(key));
      w.hist.set(canon, (w.hist.get(canon) ?? 0) + n);
    }
    w.sumBefore = addRatio(w.sumBefore, parseRatio(x.sumBefore));
    w.sumAfter = addRatio(w.sumAfter, parseRatio(x.sumAfter));
  }
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** @internal A group's state as plain JSON with sorted keys. */
export function groupState(g: GroupAcc): GroupState {
  const payers: Record<string, GroupState["payers"][string]> = {};
  for (const p of [...g.payers.keys()].sort(byString)) {
    const x = g.payers.get(p) as PayerCents;
    payers[p] = {
      counterfactualCost: centsToString(x[0]),
      actualCost: centsToString(x[1]),
      interventionCost: centsToString(x[2]),
      societalCounterfactualCost: centsToString(x[3]),
      societalActualCost: centsToString(x[4]),
      societalInterventionCost: centsToString(x[5]),
    };
  }
  const wellbeing: Record<string, WellbeingState> = {};
  for (const inst of [...g.wellbeing.keys()].sort(byString)) {
    const w = g.wellbeing.get(inst) as WellbeingAcc;
    const deltas: Record<string, number> = {};
    for (const k of [...w.hist.keys()].sort(byString)) deltas[k] = w.hist.get(k) as number;
    wellbeing[inst] = {
      deltas,
      sumBefore: ratioToString(w.sumBefore),
      sumAfter: ratioToString(w.sumAfter),
      beforeOnly: w.beforeOnly,
    };
  }
  const by: Partial<Record<GroupDimension, string>> = {};
  for (const k of Object.keys(g.by).sort(byString) as GroupDimension[]) by[k] = g.by[k] as string;
  return {
    by,
    cases: g.cases,
    unexplainedCases: g.unexplainedCases,
    unexplainedLines: g.unexplainedLines,
    counterfactualLines: g.counterfactualLines,
    payers,
    wellbeing,
    followUp: followUpState(g.followUp),
    pm: g.pm,
  };
}

function followUpState(f: readonly (readonly [number, number])[]): FollowUpState {
  const one = (k: number) => {
    const [followedUp, held] = f[k] as readonly [number, number];
    return { followedUp, held };
  };
  return { m6: one(0), m12: one(1), m24: one(2) };
}

/** @internal The values of a case for the non-payer dimensions. */
export function caseValues(
  r: ParsedCase["meta"],
  groupBy: readonly GroupDimension[],
): Partial<Record<GroupDimension, string>> {
  const by: Partial<Record<GroupDimension, string>> = {};
  for (const d of groupBy) {
    if (d === "wijk") by.wijk = r.wijk;
    else if (d === "programme") by.programme = r.programme ?? "";
    else if (d === "month" || d === "quarter" || d === "year") by[d] = periodOf(r.start, d);
  }
  return by;
}

/** @internal The key of a group: its values in grouping order, as JSON. */
export function groupKey(by: Partial<Record<GroupDimension, string>>, groupBy: readonly GroupDimension[]): string {
  return JSON.stringify(groupBy.map((d) => by[d] ?? ""));
}

/** @internal The whole accumulator. */
export interface Acc {
  readonly groupBy: readonly GroupDimension[];
  readonly lists: Map<string, { id: string; version: string; priceYear: number }>;
  readonly total: GroupAcc;
  readonly groups: Map<string, GroupAcc>;
  /** The groups again, as nested maps of their values in grouping order: found without building a key per case. */
  readonly index: Map<string, unknown>;
}

/** @internal */
export function newAcc(groupBy: readonly GroupDimension[]): Acc {
  return { groupBy: [...groupBy], lists: new Map(), total: newGroup({}), groups: new Map(), index: new Map() };
}

function groupFor(acc: Acc, by: Partial<Record<GroupDimension, string>>): GroupAcc {
  const dims = acc.groupBy;
  let m = acc.index;
  // The last map of the walk holds the group itself (with no dimensions, under "").
  for (let i = 0; i < dims.length - 1; i++) {
    const v = by[dims[i] as GroupDimension] ?? "";
    let next = m.get(v) as Map<string, unknown> | undefined;
    if (!next) {
      next = new Map();
      m.set(v, next);
    }
    m = next;
  }
  const last = dims.length === 0 ? "" : (by[dims[dims.length - 1] as GroupDimension] ?? "");
  let g = m.get(last) as GroupAcc | undefined;
  if (!g) {
    const key = groupKey(by, dims);
    g = acc.groups.get(key) ?? newGroup(by);
    acc.groups.set(key, g);
    m.set(last, g);
  }
  return g;
}

/** @internal Folds one case result into the accumulator. */
export function foldInto(acc: Acc, r: CaseResult): void {
  foldParsed(acc, parseCase(r));
}

/** @internal Folds one case's cents into the accumulator. */
export function foldParsed(acc: Acc, pc: ParsedCase): void {
  const groups = groupsOf(acc, pc, () => pc.payers.map(([p]) => p));
  addCase(acc.total, pc);
  const perPayer = acc.groupBy.includes("payer");
  for (let i = 0; i < groups.length; i++) addCase(groups[i] as GroupAcc, pc, perPayer ? pc.payers[i]?.[0] : undefined);
}

/** @internal Folds a case the evaluator folded (its cents read from the fold's buffer) into the accumulator. */
export function foldCaseFold(acc: Acc, c: Case, f: CaseFold): void {
  const pc = caseCounts(c, f);
  const t = f.totals;
  const groups = groupsOf(acc, pc, () =>
    Array.from(t.touched.subarray(0, t.touchedCount), (p) => f.payers[p] as string),
  );
  addCounts(acc.total, pc);
  addFoldMoney(acc.total, f);
  const perPayer = acc.groupBy.includes("payer");
  for (let i = 0; i < groups.length; i++) {
    addCounts(groups[i] as GroupAcc, pc);
    addFoldMoney(groups[i] as GroupAcc, f, perPayer ? t.touched[i] : undefined);
  }
}

/**
 * The groups a case adds to besides the total, its list noted: its group, or
 * with payer grouping one group per payer (in the order of `payers()`).
 */
function groupsOf(acc: Acc, pc: ParsedCase, payers: () => readonly string[]): GroupAcc[] {
  const r = pc.meta;
  const fp = r.pricelist.fingerprint;
  if (!acc.lists.has(fp))
    acc.lists.set(fp, { id: r.pricelist.id, version: r.pricelist.version, priceYear: r.pricelist.priceYear });
  const by = caseValues(r, acc.groupBy);
  if (!acc.groupBy.includes("payer")) return [groupFor(acc, by)];
  return payers().map((p) => groupFor(acc, { ...by, payer: p }));
}

function sameGroupBy(a: readonly GroupDimension[], b: readonly GroupDimension[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** @internal Adds a whole aggregate into the accumulator. */
export function mergeInto(acc: Acc, agg: RollupAggregate): void {
  if (agg.format !== "rendement-rollup" || agg.version !== 3)
    throw new InputError([
      {
        code: "invalid_aggregate",
        path: ["format"],
        message:
          "not a rendement roll-up aggregate (format rendement-rollup, version 3; read files with parseRollupAggregate)",
        params: { rule: "format" },
      },
    ]);
  if (!sameGroupBy(acc.groupBy, agg.groupBy))
    throw new InputError([
      {
        code: "incompatible_aggregates",
        path: ["groupBy"],
        message: `aggregates grouped differently cannot merge: [${acc.groupBy.join(",")}] and [${agg.groupBy.join(",")}]`,
        expected: "the same groupBy",
        params: { first: acc.groupBy.join(","), second: agg.groupBy.join(",") },
      },
    ]);
  for (const [fp, l] of Object.entries(agg.lists))
    if (!acc.lists.has(fp)) acc.lists.set(fp, { id: l.id, version: l.version, priceYear: l.priceYear });
  addState(acc.total, agg.total);
  for (const s of Object.values(agg.groups)) addState(groupFor(acc, s.by), s);
}

/** @internal The accumulator as a plain, canonical aggregate. */
export function snapshot(acc: Acc): RollupAggregate {
  const lists: Record<string, { id: string; version: string; priceYear: number }> = {};
  for (const fp of [...acc.lists.keys()].sort(byString))
    lists[fp] = acc.lists.get(fp) as { id: string; version: string; priceYear: number };
  const groups: Record<string, GroupState> = {};
  for (const k of [...acc.groups.keys()].sort(byString)) groups[k] = groupState(acc.groups.get(k) as GroupAcc);
  return {
    format: "rendement-rollup",
    version: 3,
    groupBy: [...acc.groupBy],
    lists,
    total: groupState(acc.total),
    groups,
  };
}
