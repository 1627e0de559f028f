/**
 * The case engine: one case against one resolved price list.
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { warning } from "../errors/warning.js";
import { MoneyOverflowError } from "../money/cents.js";
import { ratio, ratioToFixed, ratioToString } from "../money/ratio.js";
import { dayToIso, isoToDay } from "../periods/calendarDate.js";
import type { YearBasis } from "../periods/yearSpans.js";
import { coverageWarnings } from "../pricelists/coverageWarnings.js";
import type { PriceListStamp } from "../pricelists/types.js";
import { evaluateWellbeing } from "../wellbeing/evaluateWellbeing.js";
import type { Instrument } from "../wellbeing/schema.js";
import type { CaseFlows, YearFlows } from "./flowTypes.js";
import { foldFlows } from "./foldFlows.js";
import {
  type CaseTotals,
  createFolder,
  type Folder,
  foldInto,
  foldLines,
  type PayerSums,
  totalsOf,
} from "./foldLines.js";
import { lineQuantity } from "./lineQuantity.js";
import {
  type CaseShape,
  CF,
  CLASS_SHIFT,
  clearLineSet,
  compileCase,
  createLineSet,
  INTERVENTION,
  type LineSet,
  lineCost,
  linePath,
  lineRatio,
  TRANSFER,
  UNEXPLAINED,
} from "./lineSet.js";
import type { PriceTable } from "./priceTable.js";
import type { Case, Line } from "./schema.js";
import type { CaseResult, Figures, LineTrail, RelapseResult, Warning } from "./types.js";

export type { CaseTotals, PayerSums } from "./foldLines.js";

/** @internal Options of one evaluation. */
export interface EvaluateOptions {
  readonly trail?: boolean | undefined;
  readonly instruments?: ReadonlyMap<string, Instrument> | undefined;
}

function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw new MoneyOverflowError("a case total");
  return x;
}

/** @internal The engine's reusable state: the line set and the kernel's scratch space. */
export interface Engine {
  readonly lines: LineSet;
  readonly folder: Folder;
  /** Where the last case evaluated in full sits in `lines` (valid until the next case). */
  shape?: CaseShape | undefined;
}

/** @internal */
export function createEngine(): Engine {
  return { lines: createLineSet(), folder: createFolder() };
}

/** @internal What one full evaluation works with: its options, where issues go, and the engine. */
export interface EvaluationRun {
  readonly opts: EvaluateOptions;
  readonly issues: Issue[];
  readonly engine: Engine;
}

/**
 * @internal Compiles a case into the engine's lines and folds them into cent
 * totals, collecting issues instead of throwing so that a whole file's
 * problems are reported together.
 */
export function evaluateTotals(c: Case, table: PriceTable, issues: Issue[], engine: Engine): CaseTotals {
  foldCase(c, table, issues, engine);
  return totalsOf(engine.lines, engine.folder);
}

/**
 * @internal Compiles a case into the engine's lines and folds them into the
 * engine's buffer only (no totals object): the roll-up's per-case step.
 */
export function foldCase(c: Case, table: PriceTable, issues: Issue[], engine: Engine): void {
  clearLineSet(engine.lines);
  foldInto(engine.lines, engine.folder, compileCase(engine.lines, c, table, issues));
}

/**
 * @internal Compiles a case into the engine's lines and folds them into cents per year (see
 * `foldFlows`); issues are pushed like {@link evaluateTotals} does.
 */
export function evaluateFlows(
  c: Case,
  table: PriceTable,
  issues: Issue[],
  engine: Engine,
  basis: YearBasis,
): CaseFlows {
  clearLineSet(engine.lines);
  const shape = compileCase(engine.lines, c, table, issues);
  const years: YearFlows[] = [];
  if (issues.length > 0) return { id: c.id, basis, start: c.start, years };
  const start = isoToDay(c.start) as number;
  for (const [year, payers] of foldFlows(engine.lines, shape, { basis, start })) years.push({ year, payers });
  return { id: c.id, basis, start: c.start, years };
}

/** Dates outside the case: a warning, since the case's dates may be the thing that is wrong. */
function dateWarning(c: Case, line: Line, cf: boolean, path: (string | number)[]): Warning | undefined {
  const from = line.period?.from ?? line.date;
  const through = line.period?.through ?? line.date;
  if (from === undefined || through === undefined) return undefined;
  if (!cf && c.end !== undefined && through > c.end) return warning("actual_after_end", path, { through, end: c.end });
  // A counterfactual may run past the end on purpose (a year of detention avoided); the audit checks its horizon.
  if (from < c.start) return warning("period_outside_case", path, { from, start: c.start });
  return undefined;
}

/** @internal The warnings of a compiled case's lines, in line order. */
function lineWarnings(s: LineSet, c: Case, from: number, to: number, warnings: Warning[]): void {
  for (let k = from; k < to; k++) {
    const cf = ((s.flags[k] as number) & CF) !== 0;
    const path = linePath(cf, s.alt[k] as number, s.index[k] as number);
    if ((s.flags[k] as number) & UNEXPLAINED) warnings.push(warning("counterfactual_without_reason", path, {}));
    const w = dateWarning(c, s.source[k] as Line, cf, path);
    if (w) warnings.push(w);
  }
}

/** @internal One compiled line as the auditor reads it. */
function trailLine(s: LineSet, k: number, c: Case, listName: string): LineTrail {
  const line = s.source[k] as Line;
  const f = s.flags[k] as number;
  const cf = (f & CF) !== 0;
  const altIndex = s.alt[k] as number;
  const alt = altIndex >= 0 && !Array.isArray(c.counterfactual) ? c.counterfactual.alternatives[altIndex] : undefined;
  const it = s.item[k]?.item;
  const cls = (f >> CLASS_SHIFT) & 3;
  return {
    side: cf ? "counterfactual" : "actual",
    ...(alt
      ? {
          alternative: {
            index: altIndex,
            ...(alt.label !== undefined ? { label: alt.label } : {}),
            probability: String(alt.probability),
          },
        }
      : {}),
    path: linePath(cf, altIndex, s.index[k] as number),
    ...(it ? { item: it.code } : {}),
    description: it ? it.label.nl : (line.description as string),
    ...(it ? { label: { nl: it.label.nl, en: it.label.en } } : {}),
    ...(it ? { unit: it.unit, unitPrice: s.price[k] as number } : {}),
    ...(it ? { quantity: ratioToString(lineRatio(s, k)), derivation: lineQuantity(line, it.unit).derivation } : {}),
    ...(!it && line.per !== undefined
      ? {
          unit: line.per,
          unitPrice: s.price[k] as number,
          quantity: ratioToString(lineRatio(s, k)),
          derivation: lineQuantity(line, line.per).derivation,
        }
      : {}),
    cost: lineCost(s, k),
    payer: s.payers[s.payer[k] as number] as string,
    domain: it ? it.domain : (line.domain as string),
    transfer: (f & TRANSFER) !== 0,
    ...(cls === 2 ? {} : { cashable: cls === 1 }),
    intervention: (f & INTERVENTION) !== 0,
    ...(line.reason !== undefined ? { reason: line.reason } : {}),
    ...(line.date !== undefined ? { date: line.date } : {}),
    ...(line.period ? { period: { from: line.period.from, through: line.period.through } } : {}),
    ...relapseTrail(s, k),
    ...(it
      ? {
          reliability: it.reliability,
          source: { title: it.source.title, year: it.source.year },
          pricelist: listName,
        }
      : {}),
  };
}

function relapseTrail(s: LineSet, k: number): Pick<LineTrail, "relapseCut"> {
  const written = s.cut.get(k)?.period;
  const cutTo = (s.source[k] as Line).period;
  if (!written || !cutTo) return {};
  const relapseDate = dayToIso((isoToDay(cutTo.through) as number) + 1);
  return { relapseCut: { relapseDate, written: { from: written.from, through: written.through } } };
}

/** @internal What a relapse cut, and the warnings that say it (one per line, at the line's path). */
function relapseResult(s: LineSet, shape: CaseShape, warnings: Warning[]): RelapseResult | undefined {
  const r = shape.relapse;
  if (!r) return undefined;
  const cut: (string | number)[][] = [];
  for (let k = shape.from; k < shape.to; k++) {
    const written = s.cut.get(k)?.period;
    if (!written) continue;
    const path = linePath(true, s.alt[k] as number, s.index[k] as number);
    cut.push(path);
    warnings.push(
      warning("counterfactual_cut_at_relapse", path, {
        relapseDate: r.date,
        from: written.from,
        through: dayToIso(r.day - 1),
        written: written.through,
      }),
    );
  }
  const dropped = (shape.dropped ?? []).map((p) => [...p]);
  for (const path of dropped)
    warnings.push(warning("counterfactual_dropped_at_relapse", path, { relapseDate: r.date }));
  return { date: r.date, path: ["followUp", r.index], cut, dropped };
}

/** @internal The five figures of DESIGN from C, A and I in cents. */
export function figures(c: number, a: number, i: number): Figures {
  return {
    counterfactualCost: c,
    actualCost: a,
    interventionCost: i,
    avoidedCost: safe(c - a + i),
    netReturn: safe(c - a),
  };
}

/** @internal B / I to 4 decimals, or undefined where I is 0. */
export function ratioString(avoided: number, intervention: number): string | undefined {
  return intervention === 0 ? undefined : ratioToFixed(ratio(avoided, intervention), 4);
}

/** @internal Builds the public result of a case from its totals. */
export function caseResult(
  c: Case,
  stamp: PriceListStamp,
  t: CaseTotals,
  more: {
    readonly warnings: Warning[];
    readonly opts: EvaluateOptions;
    readonly issues: Issue[];
    readonly trail?: LineTrail[] | undefined;
    readonly relapse?: RelapseResult | undefined;
  },
): CaseResult {
  const { warnings, opts, issues, trail, relapse } = more;
  let C = 0,
    A = 0,
    I = 0,
    SC = 0,
    SA = 0,
    SI = 0;
  const byPayer: Record<string, Figures> = {};
  const socByPayer: Record<string, Figures> = {};
  for (const payer of [...t.payers.keys()].sort()) {
    const s = t.payers.get(payer) as PayerSums;
    C = safe(C + s.counterfactualCost);
    A = safe(A + s.actualCost);
    I = safe(I + s.interventionCost);
    SC = safe(SC + s.societalCounterfactualCost);
    SA = safe(SA + s.societalActualCost);
    SI = safe(SI + s.societalInterventionCost);
    byPayer[payer] = figures(s.counterfactualCost, s.actualCost, s.interventionCost);
    socByPayer[payer] = figures(s.societalCounterfactualCost, s.societalActualCost, s.societalInterventionCost);
  }
  const budget = figures(C, A, I);
  const societal = figures(SC, SA, SI);
  const r = ratioString(C - A + I, I);
  const sr = ratioString(SC - SA + SI, SI);
  const wellbeing = evaluateWellbeing(c.wellbeing ?? [], opts.instruments, issues);
  return {
    id: c.id,
    wijk: c.wijk,
    ...(c.programme !== undefined ? { programme: c.programme } : {}),
    start: c.start,
    ...(c.end !== undefined ? { end: c.end } : {}),
    pricelist: stamp,
    ...budget,
    ...(r !== undefined ? { ratio: r } : {}),
    byPayer,
    societal: { ...societal, ...(sr !== undefined ? { ratio: sr } : {}), byPayer: socByPayer },
    cashable: {
      cashable: t.avoidedByClass[1],
      nonCashable: t.avoidedByClass[0],
      unspecified: t.avoidedByClass[2],
    },
    counterfactualLines: t.counterfactualLines,
    unexplainedCounterfactualLines: t.unexplained,
    wellbeing,
    ...(relapse ? { relapse } : {}),
    ...(Array.isArray(c.followUp) && c.followUp.length > 0 ? { followUp: c.followUp } : {}),
    ...(Array.isArray(c.pm) && c.pm.length > 0 ? { pm: c.pm } : {}),
    ...(trail ? { lines: trail } : {}),
    warnings,
  };
}

/** @internal Evaluates a case fully; issues are pushed, with paths relative to the case. */
export function evaluateInto(c: Case, table: PriceTable, run: EvaluationRun): CaseResult {
  const { opts, issues, engine } = run;
  const warnings: Warning[] = [];
  const s = engine.lines;
  clearLineSet(s);
  const shape = compileCase(s, c, table, issues);
  engine.shape = shape;
  const t = foldLines(s, engine.folder, shape);
  lineWarnings(s, c, shape.from, shape.to, warnings);
  const relapse = relapseResult(s, shape, warnings);
  if (Array.isArray(c.counterfactual) ? c.counterfactual.length === 0 : false)
    warnings.push(warning("no_counterfactual", ["counterfactual"], {}));
  const l = table.list;
  warnings.push(...coverageWarnings(l, c.end ?? c.start, c.end !== undefined ? ["end"] : ["start"]));
  // A list named with its version prices even a case that starts before that version applied: say so.
  if (c.start < l.validFrom)
    warnings.push(
      warning("before_list_valid_from", ["start"], {
        start: c.start,
        ref: `${l.id}@${l.version}`,
        validFrom: l.validFrom,
      }),
    );
  const listName = `${l.id}@${l.version}`;
  let trail: LineTrail[] | undefined;
  if (opts.trail) {
    trail = [];
    for (let k = shape.from; k < shape.to; k++) trail.push(trailLine(s, k, c, listName));
  }
  return caseResult(c, { id: l.id, version: l.version, priceYear: l.priceYear, fingerprint: l.fingerprint }, t, {
    warnings,
    opts,
    issues,
    trail,
    relapse,
  });
}
