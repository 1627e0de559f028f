/**
 * The one compile step of the engine: a case becomes lines in flat typed
 * arrays (exact quantity as a fraction, unit price in cents, payer, side,
 * alternative, lens flags). Evaluation, totals, compiled cases, the roll-up,
 * what-if and the simulation all read these lines; nothing re-parses a
 * result or a trail.
 * @internal
 */
import type { Issue, IssueParams } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";
import { MoneyOverflowError } from "../money/cents.js";
import { multiplyCents } from "../money/multiplyCents.js";
import { amountIssue, parseDecimal, validatedAmountCents } from "../money/parseDecimal.js";
import { type Ratio, ratio } from "../money/ratio.js";
import { divideRoundedSafe } from "../money/rounding.js";
import { isIsoDate } from "../periods/calendarDate.js";
import type { Unit } from "../pricelists/schema.js";
import { fastQuantity } from "./fastLineCost.js";
import { lineQuantity } from "./lineQuantity.js";
import type { PricedItem, PriceTable } from "./priceTable.js";
import { cutAtRelapse, type Relapse, relapseOf } from "./relapseCut.js";
import type { Case, Line } from "./schema.js";

/** @internal Line flag: a counterfactual line (else actual). */
export const CF = 1;
/** @internal Line flag: an intervention line. */
export const INTERVENTION = 2;
/** @internal Line flag: a transfer (left out of the societal lens). */
export const TRANSFER = 4;
/** @internal Line flag: a counterfactual line without a reason. */
export const UNEXPLAINED = 8;
/** @internal Line flag: an ad-hoc amount line (its price is the amount, its quantity 1, or its periods when it recurs). */
export const AMOUNT = 64;
/** @internal Bits 4–5 of the flags: cashable class 0 not, 1 yes, 2 unspecified. */
export const CLASS_SHIFT = 4;
/** @internal Line flag: the case's first line of its payer (the kernel starts that payer's sums here). */
export const FIRST = 128;

/**
 * @internal Lines of one or many cases as struct-of-arrays, growable. Line
 * `k` costs `price[k] × qn[k] / qd[k]` cents rounded half-up; a quantity
 * beyond safe integers is NaN in `qn` and exact in `big`.
 */
export interface LineSet {
  length: number;
  price: Float64Array;
  qn: Float64Array;
  qd: Float64Array;
  /** The line's cost in cents, rounded once when it is compiled (the kernel only adds). */
  cost: Float64Array;
  payer: Int32Array;
  flags: Uint8Array;
  /** Alternative index of a counterfactual line of a probability-weighted case; −1 otherwise. */
  alt: Int32Array;
  /** Index of the line inside its side (or alternative), for paths. */
  index: Int32Array;
  /** The case line and the priced item, for the trail and the simulation. */
  source: Line[];
  item: (PricedItem | undefined)[];
  big: Map<number, Ratio>;
  /** Counterfactual lines cut at a relapse: the line as written, by line index (its `source` is the cut line). */
  cut: Map<number, Line>;
  /** Payer names by index. */
  readonly payers: string[];
  readonly payerIndex: Map<string, number>;
  /**
   * Per price table: the payer index in this set of each of its items, by the item's ordinal (−1 until
   * first priced), so a line's payer is read, not looked up by name.
   */
  readonly itemPayers: Map<PriceTable, Int32Array>;
  /** Per payer index: the number of the case that last had a line of it (for {@link FIRST}). */
  payerCase: Float64Array;
  /** The number of the case being compiled (1, 2, …). */
  caseCount: number;
  /** Scratch space of the quantity fast path, owned by this set (no global state). */
  readonly scratch: Float64Array;
}

/** @internal An empty line set. */
export function createLineSet(capacity = 64): LineSet {
  return {
    length: 0,
    price: new Float64Array(capacity),
    qn: new Float64Array(capacity),
    qd: new Float64Array(capacity),
    cost: new Float64Array(capacity),
    payer: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    alt: new Int32Array(capacity),
    index: new Int32Array(capacity),
    source: [],
    item: [],
    big: new Map(),
    cut: new Map(),
    payers: [],
    payerIndex: new Map(),
    itemPayers: new Map(),
    payerCase: new Float64Array(16),
    caseCount: 0,
    scratch: new Float64Array(1),
  };
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function ensure(s: LineSet, need: number): void {
  if (need <= s.price.length) return;
  const size = Math.max(need, s.price.length * 2);
  s.price = grown(s.price, size);
  s.qn = grown(s.qn, size);
  s.qd = grown(s.qd, size);
  s.cost = grown(s.cost, size);
  s.payer = grown(s.payer, size);
  s.flags = grown(s.flags, size);
  s.alt = grown(s.alt, size);
  s.index = grown(s.index, size);
}

/** @internal Empties a line set for reuse (its payers are kept: indexes stay stable). */
export function clearLineSet(s: LineSet): void {
  s.length = 0;
  // source and item keep their length: truncating them gave each case new backing stores to grow again.
  // Entries past `length` are the previous case's, never read (every reader stops at `length`).
  if (s.big.size > 0) s.big.clear();
  if (s.cut.size > 0) s.cut.clear();
}

function payerOf(s: LineSet, name: string): number {
  const known = s.payerIndex.get(name);
  if (known !== undefined) return known;
  const k = s.payers.push(name) - 1;
  s.payerIndex.set(name, k);
  if (k >= s.payerCase.length) s.payerCase = grown(s.payerCase, 2 * k);
  return k;
}

/** @internal Where line `index` of a side (or alternative) is in its case. */
export function linePath(cf: boolean, alt: number, index: number): (string | number)[] {
  if (!cf) return ["actual", index];
  return alt < 0 ? ["counterfactual", index] : ["counterfactual", "alternatives", alt, "lines", index];
}

/** Where a line is (its side, alternative (−1 for none) and index there) and what its case is priced with. */
interface LineAt {
  cf: boolean;
  alt: number;
  index: number;
  readonly table: PriceTable;
  /** The payer index of each of the table's items in the set (see {@link LineSet.itemPayers}). */
  readonly payers: Int32Array;
  readonly issues: Issue[];
}

/** The payer indexes `s` gave the items of `table` (one lookup per case, not one per line). */
function itemPayersOf(s: LineSet, table: PriceTable): Int32Array {
  let p = s.itemPayers.get(table);
  if (!p) {
    p = new Int32Array(table.list.items.length).fill(-1);
    s.itemPayers.set(table, p);
  }
  return p;
}

/** @internal Compiles one line; false (and an issue) when it cannot be priced. */
function addLine(s: LineSet, line: Line, at: LineAt): boolean {
  const { table, issues } = at;
  // Read once: case lines come in many shapes, so every field read is a megamorphic lookup.
  const item = line.item;
  let f = at.cf ? CF : 0;
  if (at.cf && line.reason === undefined) f |= UNEXPLAINED;
  if (line.intervention === true) f |= INTERVENTION;
  const k = s.length;
  ensure(s, k + 1);
  let priced: PricedItem | undefined;
  if (item !== undefined) {
    priced = table.items.get(item);
    if (!priced) {
      const path = linePath(at.cf, at.alt, at.index);
      const near = suggest(item, table.items.keys());
      issues.push({
        code: "unknown_item",
        path: [...path, "item"],
        message: `unknown price item "${item}"${near ? `; did you mean "${near}"?` : ""}`,
        expected: `a code of price list ${table.list.id}@${table.list.version}`,
        params: { item, list: `${table.list.id}@${table.list.version}`, ...(near ? { near } : {}) },
      });
      return false;
    }
    const unit = priced.item.unit;
    if (!priced.periodUnit && line.period && !line.rate) {
      issues.push({
        code: "rate_required",
        path: [...linePath(at.cf, at.alt, at.index), "rate"],
        message: `item "${item}" is priced per ${unit}; a period needs a rate such as {"quantity": 4, "per": "week"}`,
        expected: "rate with a period for hour, dagdeel and each items",
        params: { item, unit },
      });
      return false;
    }
    if (!setQuantity(s, k, line, unit, at)) return false;
    s.price[k] = priced.cents;
    const o = priced.ordinal;
    if ((at.payers[o] as number) < 0) at.payers[o] = payerOf(s, priced.payer);
    s.payer[k] = at.payers[o] as number;
    if (priced.transfer) f |= TRANSFER;
    f |= (priced.cashable === -1 ? 2 : priced.cashable) << CLASS_SHIFT;
  } else {
    const cents = typeof line.amount === "string" ? validatedAmountCents(line.amount) : Number.NaN;
    if (Number.isNaN(cents) || typeof line.payer !== "string") {
      const path = linePath(at.cf, at.alt, at.index);
      const problem = typeof line.payer !== "string" ? undefined : amountIssue(line.amount);
      issues.push({
        code: "invalid_line",
        path: problem || line.payer === undefined ? [...path, problem ? "amount" : "payer"] : path,
        message: problem?.message ?? "an amount line needs an amount and a payer",
        params: problem?.params ?? { rule: "needs_amount_and_payer" },
        expected:
          'a validated case line: an item with a quantity or period, or an amount such as "1234.56" with a payer',
      });
      return false;
    }
    if (line.per !== undefined || line.period !== undefined) {
      // A recurring amount: priced exactly like a list item whose unit is `per`, over the period.
      const path = linePath(at.cf, at.alt, at.index);
      if (!RECURRENCE.has(line.per as Unit)) {
        issues.push({
          code: "invalid_line",
          path: [...path, "per"],
          message: `"${String(line.per)}" is not a recurrence of an ad-hoc amount over its period`,
          expected: '"per": "day", "week", "month" or "year" with a period',
          params: { rule: "recurrence", per: String(line.per) },
        });
        return false;
      }
      if (!setQuantity(s, k, line, line.per as Unit, at)) return false;
    } else {
      s.qn[k] = 1;
      s.qd[k] = 1;
    }
    s.price[k] = cents;
    s.payer[k] = payerOf(s, line.payer as string);
    f |= AMOUNT;
    if (line.transfer) f |= TRANSFER;
    f |= (line.cashable === undefined ? 2 : line.cashable ? 1 : 0) << CLASS_SHIFT;
  }
  s.cost[k] = priceLine(s, k);
  const p = s.payer[k] as number;
  if (s.payerCase[p] !== s.caseCount) {
    s.payerCase[p] = s.caseCount;
    f |= FIRST;
  }
  s.flags[k] = f;
  s.alt[k] = at.alt;
  s.index[k] = at.index;
  s.source[k] = line;
  s.item[k] = priced;
  s.length = k + 1;
  return true;
}

/** The units an ad-hoc amount may recur per (a line's `per`). */
const RECURRENCE = /* @__PURE__ */ new Set<Unit>(["day", "week", "month", "year"]);

/**
 * @internal Sets the exact quantity of line `k` in `unit`: safe integers on the fast path,
 * an exact fraction beyond; false (and an issue) when the line's quantity cannot be read.
 */
function setQuantity(s: LineSet, k: number, line: Line, unit: Unit, at: LineAt): boolean {
  const n = fastQuantity(line, unit, s.scratch);
  const d = s.scratch[0] as number;
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
    s.qn[k] = n;
    s.qd[k] = d;
    return true;
  }
  // Beyond the fast path: a quantity past safe integers, or input that was never validated.
  const problem = quantityProblem(line, linePath(at.cf, at.alt, at.index));
  if (problem) {
    at.issues.push(problem);
    return false;
  }
  s.qn[k] = Number.NaN;
  s.qd[k] = 1;
  s.big.set(k, lineQuantity(line, unit).quantity);
  return true;
}

const isQuantity = (v: unknown): boolean => {
  const p = typeof v === "string" || typeof v === "number" ? parseDecimal(v) : undefined;
  return p !== undefined && !p.negative;
};

/**
 * @internal Why an item line's quantity cannot be priced, or undefined: the
 * engine's own check, so that a case object that was never validated gets an
 * issue, never a figure.
 */
function quantityProblem(line: Line, path: (string | number)[]): Issue | undefined {
  const issue = (where: (string | number)[], message: string, expected: string, params: IssueParams): Issue => ({
    code: "invalid_quantity",
    path: [...path, ...where],
    message,
    expected,
    params,
  });
  if (line.quantity !== undefined)
    return isQuantity(line.quantity)
      ? undefined
      : issue(["quantity"], `"${String(line.quantity)}" is not a quantity`, "a decimal of zero or more, e.g. 2.5", {
          rule: "not_quantity",
          value: String(line.quantity),
        });
  const p = line.period;
  if (!p)
    return line.item === undefined
      ? issue(["period"], '"per" needs a period', "period with from and through", { rule: "per_needs_period" })
      : issue([], "an item line needs a quantity or a period", "quantity, or period with from and through", {
          rule: "needs_quantity",
        });
  if (typeof p.from !== "string" || typeof p.through !== "string" || !isIsoDate(p.from) || !isIsoDate(p.through))
    return issue(["period"], "the period's dates are not real calendar dates", "from and through as YYYY-MM-DD", {
      rule: "period_dates",
    });
  if (p.through < p.from)
    return issue(["period"], "the period ends before it starts", "through on or after from", {
      rule: "period_reversed",
    });
  if (line.rate && !isQuantity(line.rate.quantity))
    return issue(
      ["rate", "quantity"],
      `"${String(line.rate.quantity)}" is not a quantity`,
      "a decimal of zero or more",
      { rule: "not_quantity", value: String(line.rate.quantity) },
    );
  return undefined;
}

/** @internal The shape of a compiled case: its lines `from … to − 1` and its alternatives' weights. */
export interface CaseShape {
  readonly from: number;
  readonly to: number;
  readonly counterfactualLines: number;
  /** Probabilities of the alternatives, exact; absent for a plain counterfactual. */
  readonly weights?: readonly Ratio[] | undefined;
  /** False when a line could not be priced (the issues say why). */
  readonly ok: boolean;
  /** The relapse that cut the counterfactual, if the case has one. */
  readonly relapse?: Relapse | undefined;
  /** Paths of counterfactual lines dropped because they fall on or after the relapse (not compiled). */
  readonly dropped?: readonly (readonly (string | number)[])[] | undefined;
}

/** @internal A probability as an exact fraction, or undefined when it is not one from 0 to 1. */
export function probabilityRatio(p: string | number): Ratio | undefined {
  const d = typeof p === "string" || typeof p === "number" ? parseDecimal(p) : undefined;
  if (!d || d.negative) return undefined;
  const r = ratio(d.units, 10n ** BigInt(d.scale));
  return r.n <= r.d ? r : undefined;
}

/**
 * @internal Compiles a case's lines (actual first, then the counterfactual)
 * into `s`; every line that cannot be priced is an issue with its path
 * relative to the case.
 */
export function compileCase(s: LineSet, c: Case, table: PriceTable, issues: Issue[]): CaseShape {
  const from = s.length;
  s.caseCount++;
  let ok = true;
  if (typeof c.start !== "string" || !isIsoDate(c.start)) {
    issues.push({
      code: "invalid_date",
      path: ["start"],
      message: `"${String(c.start)}" is not a real date`,
      expected: "YYYY-MM-DD",
      params: { rule: "not_real", value: String(c.start) },
    });
    ok = false;
  }
  const cf = c.counterfactual as unknown;
  if (
    !Array.isArray(c.actual) ||
    !(Array.isArray(cf) || Array.isArray((cf as { alternatives?: unknown })?.alternatives))
  ) {
    issues.push({
      code: "invalid_case",
      path: [],
      message: "a case needs actual lines and counterfactual lines (or alternatives)",
      expected: "a case validated by parseCaseFile",
    });
    return { from, to: s.length, counterfactualLines: 0, ok: false };
  }
  // One mutable place per case: the hot loop allocates nothing per line.
  const at: LineAt = { cf: false, alt: -1, index: 0, table, payers: itemPayersOf(s, table), issues };
  const actual = c.actual;
  for (let i = 0; i < actual.length; i++) {
    at.index = i;
    ok = addLine(s, actual[i] as Line, at) && ok;
  }
  const relapse = relapseOf(c);
  let counterfactualLines = 0;
  let weights: Ratio[] | undefined;
  const dropped: (string | number)[][] = [];
  const addCounterfactual = (line: Line, alt: number, index: number): void => {
    const kept = relapse ? cutAtRelapse(line, relapse, c.start) : line;
    if (!kept) {
      dropped.push(linePath(true, alt, index));
      return;
    }
    const k = s.length;
    at.cf = true;
    at.alt = alt;
    at.index = index;
    const added = addLine(s, kept, at);
    if (added && kept !== line) s.cut.set(k, line);
    ok = added && ok;
  };
  if (Array.isArray(c.counterfactual)) {
    counterfactualLines = c.counterfactual.length;
    for (let i = 0; i < c.counterfactual.length; i++) addCounterfactual(c.counterfactual[i] as Line, -1, i);
  } else {
    weights = [];
    c.counterfactual.alternatives.forEach((a, alt) => {
      const w = probabilityRatio(a.probability);
      if (!w) {
        issues.push({
          code: "invalid_probability",
          path: ["counterfactual", "alternatives", alt, "probability"],
          message: `"${String(a.probability)}" is not a probability`,
          expected: "a decimal from 0 to 1",
          params: { value: String(a.probability) },
        });
        ok = false;
      }
      (weights as Ratio[]).push(w ?? ratio(0));
      counterfactualLines += a.lines.length;
      a.lines.forEach((line, index) => {
        addCounterfactual(line, alt, index);
      });
    });
  }
  return {
    from,
    to: s.length,
    counterfactualLines,
    weights,
    ok,
    ...(relapse ? { relapse, dropped } : {}),
  };
}

/**
 * @internal The cost of line `k` in cents: unit price × exact quantity,
 * rounded half-up once. Safe integers on the hot path, bigint beyond.
 */
export function lineCost(s: LineSet, k: number): number {
  return s.cost[k] as number;
}

/** Unit price × exact quantity of line `k`, rounded half-up once: safe integers on the hot path, bigint beyond. */
function priceLine(s: LineSet, k: number): number {
  const price = s.price[k] as number;
  const n = s.qn[k] as number;
  if (!Number.isNaN(n)) {
    const fast = divideRoundedSafe(price * n, s.qd[k] as number, "halfUp");
    if (!Number.isNaN(fast)) return fast;
  }
  const q = s.big.get(k) ?? ratio(BigInt(n), BigInt(s.qd[k] as number));
  try {
    return multiplyCents(price, q.n, q.d);
  } catch (e) {
    throw e instanceof MoneyOverflowError ? new MoneyOverflowError("a line cost") : e;
  }
}

/** @internal The exact quantity of line `k`, reduced. */
export function lineRatio(s: LineSet, k: number): Ratio {
  return s.big.get(k) ?? ratio(BigInt(s.qn[k] as number), BigInt(s.qd[k] as number));
}
