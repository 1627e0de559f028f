/**
 * The exact kernel: a compiled case's lines folded into its totals per payer,
 * both lenses and the cashable split, in integer cents.
 * @internal
 */
import { allocateCents } from "../money/allocateCents.js";
import { addCents, MoneyOverflowError } from "../money/cents.js";
import type { Ratio } from "../money/ratio.js";
import { divideRounded } from "../money/rounding.js";
import {
  type CaseShape,
  CF,
  CLASS_SHIFT,
  FIRST,
  INTERVENTION,
  type LineSet,
  lineCost,
  TRANSFER,
  UNEXPLAINED,
} from "./lineSet.js";

/** Sums of one payer in integer cents, in the budget lens and the societal lens (transfers left out). */
export interface PayerSums {
  /** Budget lens: what would have been paid without the intervention. */
  counterfactualCost: number;
  /** Budget lens: what was paid with it. */
  actualCost: number;
  /** Budget lens: the actual lines marked `intervention`. */
  interventionCost: number;
  /** Societal lens (transfers left out): counterfactual cost. */
  societalCounterfactualCost: number;
  /** Societal lens: actual cost. */
  societalActualCost: number;
  /** Societal lens: intervention cost. */
  societalInterventionCost: number;
}

/** @internal The six sums of {@link PayerSums}, in one fixed order (the kernel's cells, the aggregate's check). */
export const PAYER_SUMS_FIELDS = [
  "counterfactualCost",
  "actualCost",
  "interventionCost",
  "societalCounterfactualCost",
  "societalActualCost",
  "societalInterventionCost",
] as const satisfies readonly (keyof PayerSums)[];

/** @internal Sums of a payer with nothing in them. */
export function emptyPayerSums(): PayerSums {
  return {
    counterfactualCost: 0,
    actualCost: 0,
    interventionCost: 0,
    societalCounterfactualCost: 0,
    societalActualCost: 0,
    societalInterventionCost: 0,
  };
}

/** @internal Adds `x` into `to`, field by field, exactly (the money module's overflow check). */
export function addPayerSums(to: PayerSums, x: PayerSums): PayerSums {
  for (const k of PAYER_SUMS_FIELDS) to[k] = addCents(to[k], x[k]);
  return to;
}

/**
 * Everything a case adds up to, exactly, in integer cents (the minor unit,
 * always safe integers, so sums are exact). The compact form for roll-ups and
 * simulations over many cases; `CaseResult` is the same with decimal strings,
 * ratios, wellbeing and warnings.
 */
export interface CaseTotals {
  /** Sums per payer. */
  readonly payers: Map<string, PayerSums>;
  /** Avoided cost per cashable class: [not cashable, cashable, unspecified]. */
  readonly avoidedByClass: [number, number, number];
  /** Number of counterfactual lines. */
  readonly counterfactualLines: number;
  /** Counterfactual lines without a reason. */
  readonly unexplained: number;
}

/**
 * A compiled case's totals written into reused memory: the exact kernel's
 * output without a single allocation per case (see `CompiledCases.totalsInto`).
 * Figures are integer cents held in doubles (always safe integers: the kernel
 * checks), valid until the next case is folded into the same buffer.
 */
export interface CaseTotalsBuffer {
  /**
   * Six sums per payer, at `payer * 6`, in the order of {@link PayerSums}
   * (budget counterfactual, actual, intervention, then the same three in the
   * societal lens). Only the payers in `touched` hold this case's figures.
   */
  readonly sums: Float64Array;
  /** The payer indexes this case has lines for: the first `touchedCount` entries. */
  readonly touched: Int32Array;
  /** How many entries of `touched` belong to this case. */
  readonly touchedCount: number;
  /** Avoided cost per cashable class: [not cashable, cashable, unspecified]. */
  readonly avoidedByClass: Float64Array;
  /** Number of counterfactual lines. */
  readonly counterfactualLines: number;
  /** Counterfactual lines without a reason. */
  readonly unexplained: number;
}

/** @internal Scratch space of the kernel, reused for every case (nothing allocated per line). */
export interface Folder extends CaseTotalsBuffer {
  sums: Float64Array;
  touched: Int32Array;
  touchedCount: number;
  /** Per class k: counterfactual at 3k, actual at 3k + 1, intervention at 3k + 2. */
  readonly cls: Float64Array;
  readonly avoidedByClass: Float64Array;
  counterfactualLines: number;
  unexplained: number;
}

/** @internal */
export function createFolder(payers = 64): Folder {
  return {
    sums: new Float64Array(payers * 6),
    touched: new Int32Array(payers),
    touchedCount: 0,
    cls: new Float64Array(9),
    avoidedByClass: new Float64Array(3),
    counterfactualLines: 0,
    unexplained: 0,
  };
}

function safe(x: number | undefined): number {
  if (x === undefined || !Number.isSafeInteger(x)) throw new MoneyOverflowError("a case total");
  return x;
}

/** Per payer and alternative of a weighted counterfactual: cost, societal cost, cost per class. */
type AltCells = Map<number, Float64Array>;

function addAlt(cells: AltCells, nAlts: number, p: number, alt: number, cost: number, f: number): void {
  let cell = cells.get(p);
  if (!cell) {
    cell = new Float64Array(nAlts * 5);
    cells.set(p, cell);
  }
  const b = alt * 5;
  cell[b] = (cell[b] as number) + cost;
  if (!(f & TRANSFER)) cell[b + 1] = (cell[b + 1] as number) + cost;
  const k = b + 2 + ((f >> CLASS_SHIFT) & 3);
  cell[k] = (cell[k] as number) + cost;
}

/**
 * Σ pᵢ × costᵢ per payer and lens, rounded half-up once; the cashable split
 * shares each payer's rounded total among its classes by largest remainder,
 * so that it adds up to the avoided cost.
 */
function weighAlternatives(f: Folder, p: number, cell: Float64Array, weights: readonly Ratio[]): void {
  let d = 1n;
  for (const w of weights) d *= w.d;
  const exact = (offset: number): bigint => {
    let n = 0n;
    weights.forEach((w, a) => {
      n += BigInt(safe(cell[a * 5 + offset])) * w.n * (d / w.d);
    });
    return n;
  };
  const b = p * 6;
  const c = Number(divideRounded(exact(0), d, "halfUp"));
  f.sums[b] = c;
  f.sums[b + 3] = Number(divideRounded(exact(1), d, "halfUp"));
  const shares = allocateCents(c, [exact(2), exact(3), exact(4)], d);
  for (let k = 0; k < 3; k++) f.cls[k * 3] = (f.cls[k * 3] as number) + (shares[k] as number);
}

/** Starts the sums of payer `p` at its case's first line of it ({@link FIRST}, marked at compile). */
function touch(f: Folder, p: number, nt: number): number {
  f.touched[nt] = p;
  // Six stores, not fill(): this runs for every payer of every case.
  const x = f.sums;
  const b = p * 6;
  x[b] = 0;
  x[b + 1] = 0;
  x[b + 2] = 0;
  x[b + 3] = 0;
  x[b + 4] = 0;
  x[b + 5] = 0;
  return nt + 1;
}

function reserve(f: Folder, payers: number): void {
  if (f.touched.length >= payers) return;
  const size = Math.max(payers, f.touched.length * 2);
  f.sums = new Float64Array(size * 6);
  f.touched = new Int32Array(size);
}

/**
 * @internal Folds the lines of one compiled case into `f`: its payers' sums,
 * the cashable split and the counts, every figure checked to be a safe integer.
 */
export function foldInto(s: LineSet, f: Folder, shape: CaseShape): void {
  reserve(f, s.payers.length);
  const { sums: acc, cls } = f;
  cls.fill(0);
  let nt = 0;
  let unexplained = 0;
  const weights = shape.weights;
  const cells: AltCells | undefined = weights ? new Map() : undefined;
  let span = 0;
  for (let k = shape.from; k < shape.to; k++) {
    const cost = lineCost(s, k);
    span += Math.abs(cost);
    const p = s.payer[k] as number;
    const fl = s.flags[k] as number;
    if (fl & FIRST) nt = touch(f, p, nt);
    const b = p * 6;
    const c3 = ((fl >> CLASS_SHIFT) & 3) * 3;
    if (fl & CF) {
      if (fl & UNEXPLAINED) unexplained++;
      if (cells) {
        addAlt(cells, (weights as readonly Ratio[]).length, p, s.alt[k] as number, cost, fl);
        continue;
      }
      acc[b] = (acc[b] as number) + cost;
      if (!(fl & TRANSFER)) acc[b + 3] = (acc[b + 3] as number) + cost;
      cls[c3] = (cls[c3] as number) + cost;
    } else {
      acc[b + 1] = (acc[b + 1] as number) + cost;
      if (!(fl & TRANSFER)) acc[b + 4] = (acc[b + 4] as number) + cost;
      cls[c3 + 1] = (cls[c3 + 1] as number) + cost;
      if (fl & INTERVENTION) {
        acc[b + 2] = (acc[b + 2] as number) + cost;
        if (!(fl & TRANSFER)) acc[b + 5] = (acc[b + 5] as number) + cost;
        cls[c3 + 2] = (cls[c3 + 2] as number) + cost;
      }
    }
  }
  if (cells) for (const [p, cell] of cells) weighAlternatives(f, p, cell, weights as readonly Ratio[]);
  // When Σ |cost| is a safe integer every signed sum of these lines is exact too: one check, not one per sum.
  const check = span > Number.MAX_SAFE_INTEGER || cells !== undefined;
  if (check) {
    for (let t = 0; t < nt; t++) {
      const b = (f.touched[t] as number) * 6;
      for (let k = b; k < b + 6; k++) safe(acc[k]);
    }
    for (let k = 0; k < 9; k++) safe(cls[k]);
  }
  for (let k = 0; k < 3; k++) {
    const v = (cls[k * 3] as number) - (cls[k * 3 + 1] as number) + (cls[k * 3 + 2] as number);
    f.avoidedByClass[k] = check ? safe(v) : v;
  }
  f.touchedCount = nt;
  f.counterfactualLines = shape.counterfactualLines;
  f.unexplained = unexplained;
}

/** @internal Folds the lines of one compiled case into its totals. */
export function foldLines(s: LineSet, f: Folder, shape: CaseShape): CaseTotals {
  foldInto(s, f, shape);
  return totalsOf(s, f);
}

/** @internal The totals object of the case last folded into `f` (payer names from `s`). */
export function totalsOf(s: LineSet, f: Folder): CaseTotals {
  const payers = new Map<string, PayerSums>();
  for (let t = 0; t < f.touchedCount; t++) {
    const p = f.touched[t] as number;
    const b = p * 6;
    const x = f.sums;
    payers.set(s.payers[p] as string, {
      counterfactualCost: x[b] as number,
      actualCost: x[b + 1] as number,
      interventionCost: x[b + 2] as number,
      societalCounterfactualCost: x[b + 3] as number,
      societalActualCost: x[b + 4] as number,
      societalInterventionCost: x[b + 5] as number,
    });
  }
  const a = f.avoidedByClass;
  return {
    payers,
    avoidedByClass: [a[0] as number, a[1] as number, a[2] as number],
    counterfactualLines: f.counterfactualLines,
    unexplained: f.unexplained,
  };
}
