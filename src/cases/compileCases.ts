/**
 * Cases compiled into flat typed arrays for repeated exact evaluation.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { MoneyOverflowError } from "../money/cents.js";
import { validatedAmountCents } from "../money/parseDecimal.js";
import { divideRoundedSafe } from "../money/rounding.js";
import type { CaseTotals, PayerSums } from "./evaluate.js";
import { fastQuantity } from "./fastLineCost.js";
import type { PriceTable } from "./priceTable.js";
import type { Case, Line } from "./schema.js";

/**
 * Cases compiled once for exact evaluation many times: every line's exact
 * quantity (a fraction of safe integers), price slot, payer and flags in flat
 * typed arrays, so `totals(i)` is a tight integer loop. The result equals
 * `Evaluator.totals` to the cent (a property test proves it). Cases the fast
 * path cannot take exactly (a probability-weighted counterfactual, a
 * quantity beyond safe integers) are evaluated through the evaluator instead.
 */
export interface CompiledCases {
  /** Number of cases. */
  readonly length: number;
  /** Number of priced lines. */
  readonly lines: number;
  /** Exact totals of case `i`, in integer cents. */
  totals(i: number): CaseTotals;
}

const CF = 1;
const INTERVENTION = 2;
const TRANSFER = 4;
const UNEXPLAINED = 8;
// bits 4–5: cashable class 0 not, 1 yes, 2 unspecified

/** @internal Compiles cases against the tables an evaluator chose for them. */
export function compileCases(
  cases: readonly Case[],
  tableFor: (c: Case) => PriceTable,
  fallback: (c: Case) => CaseTotals,
): CompiledCases {
  let total = 0;
  for (const c of cases) total += c.actual.length + (Array.isArray(c.counterfactual) ? c.counterfactual.length : 0);
  const lineStart = new Int32Array(cases.length + 1);
  const slot = new Int32Array(total);
  const num = new Float64Array(total);
  const den = new Float64Array(total);
  const payer = new Int32Array(total);
  const flags = new Uint8Array(total);
  const slow = new Uint8Array(cases.length);
  const cfLines = new Int32Array(cases.length);
  // Prices by slot: one block per table, so a case priced by date uses its own version.
  const slots = new Map<PriceTable, Map<string, number>>();
  const prices: number[] = [];
  const payers: string[] = [];
  const payerIndex = new Map<string, number>();
  const payerOf = (name: string): number => {
    let k = payerIndex.get(name);
    if (k === undefined) payerIndex.set(name, (k = payers.push(name) - 1));
    return k;
  };
  const scratch = new Float64Array(1);
  const issues: Issue[] = [];
  let l = 0;
  cases.forEach((c, ci) => {
    lineStart[ci] = l;
    const start = l;
    let table: PriceTable;
    try {
      table = tableFor(c);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues.map((i) => (i.file !== undefined ? i : { ...i, path: ["cases", ci, ...i.path] })));
      slow[ci] = 1;
      return;
    }
    let bySlot = slots.get(table);
    if (!bySlot) {
      bySlot = new Map();
      for (const [code, p] of table.items) bySlot.set(code, prices.push(p.cents) - 1);
      slots.set(table, bySlot);
    }
    let ok = Array.isArray(c.counterfactual);
    const add = (line: Line, cf: boolean): void => {
      if (!ok) return;
      let f = cf ? CF : 0;
      if (cf && line.reason === undefined) f |= UNEXPLAINED;
      if (line.intervention === true) f |= INTERVENTION;
      if (line.item !== undefined) {
        const priced = table.items.get(line.item);
        if (!priced || (line.period && !line.rate && !priced.periodUnit)) {
          ok = false; // the evaluator reports the problem with its path
          return;
        }
        const n = fastQuantity(line, priced.item.unit, scratch);
        if (!Number.isSafeInteger(n) || !Number.isSafeInteger(scratch[0])) {
          ok = false;
          return;
        }
        slot[l] = bySlot.get(line.item) as number;
        num[l] = n;
        den[l] = scratch[0] as number;
        payer[l] = payerOf(priced.payer);
        if (priced.transfer) f |= TRANSFER;
        f |= (priced.cashable === -1 ? 2 : priced.cashable) << 4;
      } else {
        // An ad-hoc amount: its cents as the numerator over 1, with no price slot.
        slot[l] = -1;
        num[l] = validatedAmountCents(line.amount as string);
        den[l] = 1;
        payer[l] = payerOf(line.payer as string);
        if (line.transfer) f |= TRANSFER;
        f |= (line.cashable === undefined ? 2 : line.cashable ? 1 : 0) << 4;
      }
      flags[l] = f;
      l++;
    };
    for (const line of c.actual) add(line, false);
    if (Array.isArray(c.counterfactual)) {
      for (const line of c.counterfactual) add(line, true);
      cfLines[ci] = c.counterfactual.length;
    }
    if (!ok) {
      l = start;
      slow[ci] = 1;
      // Price it once now, so that a problem is reported at compile time with its path.
      try {
        fallback(c);
      } catch (e) {
        if (e instanceof InputError)
          issues.push(...e.issues.map((i) => (i.file !== undefined ? i : { ...i, path: ["cases", ci, ...i.path] })));
        else if (e instanceof MoneyOverflowError)
          issues.push({ code: "amount_overflow", path: ["cases", ci], message: e.message });
        else throw e;
      }
    }
  });
  lineStart[cases.length] = l;
  if (issues.length > 0) throw new InputError(issues);

  const price = Float64Array.from(prices);
  const acc = new Float64Array(payers.length * 6);
  const seen = new Float64Array(payers.length);
  const touched = new Int32Array(payers.length);
  const cls = new Float64Array(9);
  let epoch = 0; // marks the payers seen by the current call, without clearing
  return {
    length: cases.length,
    lines: l,
    totals(i) {
      if (slow[i] === 1) return fallback(cases[i] as Case);
      const from = lineStart[i] as number;
      const to = lineStart[i + 1] as number;
      let nt = 0;
      epoch++;
      cls.fill(0);
      let unexplained = 0;
      for (let k = from; k < to; k++) {
        const s = slot[k] as number;
        const cost =
          s < 0
            ? (num[k] as number)
            : divideRoundedSafe((price[s] as number) * (num[k] as number), den[k] as number, "halfUp");
        if (cost !== cost) return fallback(cases[i] as Case); // NaN: beyond the exact fast path
        const p = payer[k] as number;
        if (seen[p] !== epoch) {
          seen[p] = epoch;
          touched[nt++] = p;
          acc.fill(0, p * 6, p * 6 + 6);
        }
        const f = flags[k] as number;
        const b = p * 6;
        const c3 = ((f >> 4) & 3) * 3;
        if (f & CF) {
          acc[b] = (acc[b] as number) + cost;
          if (!(f & TRANSFER)) acc[b + 3] = (acc[b + 3] as number) + cost;
          cls[c3] = (cls[c3] as number) + cost;
          if (f & UNEXPLAINED) unexplained++;
        } else {
          acc[b + 1] = (acc[b + 1] as number) + cost;
          if (!(f & TRANSFER)) acc[b + 4] = (acc[b + 4] as number) + cost;
          cls[c3 + 1] = (cls[c3 + 1] as number) + cost;
          if (f & INTERVENTION) {
            acc[b + 2] = (acc[b + 2] as number) + cost;
            if (!(f & TRANSFER)) acc[b + 5] = (acc[b + 5] as number) + cost;
            cls[c3 + 2] = (cls[c3 + 2] as number) + cost;
          }
        }
      }
      const map = new Map<string, PayerSums>();
      for (let t = 0; t < nt; t++) {
        const p = touched[t] as number;
        const b = p * 6;
        const sums: PayerSums = {
          c: safe(acc[b]),
          a: safe(acc[b + 1]),
          i: safe(acc[b + 2]),
          sc: safe(acc[b + 3]),
          sa: safe(acc[b + 4]),
          si: safe(acc[b + 5]),
        };
        map.set(payers[p] as string, sums);
      }
      const avoided = (k: number): number => safe(safe(cls[k * 3]) - safe(cls[k * 3 + 1]) + safe(cls[k * 3 + 2]));
      return {
        payers: map,
        avoidedByClass: [avoided(0), avoided(1), avoided(2)],
        counterfactualLines: cfLines[i] as number,
        unexplained,
      };
    },
  };
}

function safe(x: number | undefined): number {
  if (x === undefined || !Number.isSafeInteger(x)) throw new MoneyOverflowError("a case total");
  return x;
}
