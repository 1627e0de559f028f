/**
 * The case engine: one case against one resolved price list.
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";
import { centsToString, MoneyOverflowError } from "../money/cents.js";
import { multiplyCents } from "../money/multiplyCents.js";
import { parseDecimal, validatedAmountCents } from "../money/parseDecimal.js";
import { ratio, ratioToFixed, ratioToString } from "../money/ratio.js";
import { coverageWarnings } from "../pricelists/coverageWarnings.js";
import type { PriceListStamp } from "../pricelists/types.js";
import { evaluateWellbeing } from "../wellbeing/evaluateWellbeing.js";
import type { Instrument } from "../wellbeing/schema.js";
import { fastLineCost } from "./fastLineCost.js";
import { lineQuantity } from "./lineQuantity.js";
import type { PricedItem, PriceTable } from "./priceTable.js";
import type { Case, Line } from "./schema.js";
import type { CaseResult, Figures, LineTrail, Warning } from "./types.js";

/** Per-payer sums in integer cents: budget lens c/a/i, societal lens sc/sa/si. */
export interface PayerSums {
  c: number;
  a: number;
  i: number;
  sc: number;
  sa: number;
  si: number;
}

/**
 * Everything a case adds up to, exactly, in integer cents (the minor unit,
 * as dinero.js keeps money; always safe integers, so sums are exact). The
 * compact form for roll-ups and simulations over many cases; `CaseResult`
 * is the same with decimal strings, ratios, wellbeing and warnings.
 */
export interface CaseTotals {
  readonly payers: Map<string, PayerSums>;
  /** Avoided cost per cashable class: [not cashable, cashable, unspecified]. */
  readonly avoidedByClass: [number, number, number];
  readonly counterfactualLines: number;
  readonly unexplained: number;
}

/** @internal Options of one evaluation. */
export interface EvaluateOptions {
  readonly trail?: boolean | undefined;
  readonly instruments?: ReadonlyMap<string, Instrument> | undefined;
}

/** A line's cost, half-up to cents; an overflow is named as the line's. */
function lineCost(cents: number, n: bigint, d: bigint): number {
  try {
    return multiplyCents(cents, n, d);
  } catch (e) {
    throw e instanceof MoneyOverflowError ? new MoneyOverflowError("a line cost") : e;
  }
}

function sums(): PayerSums {
  return { c: 0, a: 0, i: 0, sc: 0, sa: 0, si: 0 };
}

function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw new MoneyOverflowError("a case total");
  return x;
}

interface SideAcc {
  payers: Map<string, PayerSums>;
  /** per class [0 not, 1 yes, 2 unspecified]: counterfactual, actual, intervention cents */
  cls: number[];
  /** Counterfactual cents per payer and class; kept only for alternatives, to share out the weighted split. */
  cells?: Map<string, number[]> | undefined;
}

function newSide(): SideAcc {
  return { payers: new Map(), cls: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
}

/**
 * @internal Prices one scenario's lines into `acc`. Issues (unknown items,
 * units that need a rate) and warnings are collected, never thrown.
 */
function priceLines(
  lines: readonly Line[],
  side: "counterfactual" | "actual",
  base: readonly (string | number)[],
  table: PriceTable,
  c: Case,
  acc: SideAcc,
  issues: Issue[],
  warnings: Warning[] | undefined,
  trail: LineTrail[] | undefined,
  alternative: LineTrail["alternative"],
  scratch: Float64Array,
): number {
  let unexplained = 0;
  const listName = `${table.list.id}@${table.list.version}`;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    let cost: number;
    let payer: string;
    let transfer: boolean;
    let cls: number;
    let priced: PricedItem | undefined;
    let derivation: string | undefined;
    let quantity: string | undefined;
    if (line.item !== undefined) {
      priced = table.items.get(line.item);
      if (!priced) {
        const near = suggest(line.item, table.items.keys());
        issues.push({
          code: "unknown_item",
          path: [...base, li, "item"],
          message: `unknown price item "${line.item}"${near ? `; did you mean "${near}"?` : ""}`,
          expected: `a code of price list ${listName}`,
        });
        continue;
      }
      const unit = priced.item.unit;
      if (line.period && !line.rate && !priced.periodUnit) {
        issues.push({
          code: "rate_required",
          path: [...base, li, "rate"],
          message: `item "${line.item}" is priced per ${unit}; a period needs a rate such as {"quantity": 4, "per": "week"}`,
          expected: "rate with a period for hour, dagdeel and each items",
        });
        continue;
      }
      if (trail) {
        const q = lineQuantity(line, unit);
        cost = lineCost(priced.cents, q.quantity.n, q.quantity.d);
        derivation = q.derivation;
        quantity = ratioToString(q.quantity);
      } else {
        cost = fastLineCost(line, priced.cents, unit, scratch);
        if (Number.isNaN(cost)) {
          const q = lineQuantity(line, unit).quantity;
          cost = lineCost(priced.cents, q.n, q.d);
        }
      }
      payer = priced.payer;
      transfer = priced.transfer;
      cls = priced.cashable === -1 ? 2 : priced.cashable;
    } else {
      cost = validatedAmountCents(line.amount as string);
      payer = line.payer as string;
      transfer = line.transfer ?? false;
      cls = line.cashable === undefined ? 2 : line.cashable ? 1 : 0;
    }
    let s = acc.payers.get(payer);
    if (!s) acc.payers.set(payer, (s = sums()));
    const intervention = line.intervention === true;
    if (side === "counterfactual") {
      s.c = safe(s.c + cost);
      if (!transfer) s.sc = safe(s.sc + cost);
      acc.cls[cls * 3] = safe((acc.cls[cls * 3] as number) + cost);
      if (acc.cells) {
        let cell = acc.cells.get(payer);
        if (!cell) acc.cells.set(payer, (cell = [0, 0, 0]));
        cell[cls] = safe((cell[cls] as number) + cost);
      }
      if (line.reason === undefined) {
        unexplained++;
        warnings?.push({
          code: "counterfactual_without_reason",
          path: [...base, li],
          message: "counterfactual line without a reason: why would this have happened?",
        });
      }
    } else {
      s.a = safe(s.a + cost);
      if (!transfer) s.sa = safe(s.sa + cost);
      acc.cls[cls * 3 + 1] = safe((acc.cls[cls * 3 + 1] as number) + cost);
      if (intervention) {
        s.i = safe(s.i + cost);
        if (!transfer) s.si = safe(s.si + cost);
        acc.cls[cls * 3 + 2] = safe((acc.cls[cls * 3 + 2] as number) + cost);
      }
    }
    // Dates outside the case: a warning, since the case's dates may be the thing that is wrong.
    const from = line.period?.from ?? line.date;
    const through = line.period?.through ?? line.date;
    if (warnings && from !== undefined && through !== undefined) {
      if (side === "actual" && c.end !== undefined && through > c.end)
        warnings.push({
          code: "actual_after_end",
          path: [...base, li],
          message: `actual line runs to ${through}, after the case ended on ${c.end}`,
        });
      // A counterfactual may run past the end on purpose (a year of detention avoided); the audit checks its horizon.
      else if (from < c.start)
        warnings.push({
          code: "period_outside_case",
          path: [...base, li],
          message: `line starts ${from}, before the case started on ${c.start}`,
        });
    }
    if (trail) {
      const it = priced?.item;
      trail.push({
        side,
        ...(alternative ? { alternative } : {}),
        path: [...base, li],
        ...(it ? { item: it.code } : {}),
        description: it ? it.label.nl : (line.description as string),
        ...(it ? { label: { nl: it.label.nl, en: it.label.en } } : {}),
        ...(it ? { unit: it.unit, unitPrice: it.amount } : {}),
        ...(quantity !== undefined ? { quantity } : {}),
        ...(derivation !== undefined ? { derivation } : {}),
        cost: centsToString(cost),
        payer,
        domain: it ? it.domain : (line.domain as string),
        transfer,
        ...(cls === 2 ? {} : { cashable: cls === 1 }),
        intervention,
        ...(line.reason !== undefined ? { reason: line.reason } : {}),
        ...(line.date !== undefined ? { date: line.date } : {}),
        ...(line.period ? { period: { from: line.period.from, through: line.period.through } } : {}),
        ...(it
          ? {
              reliability: it.reliability,
              source: { title: it.source.title, year: it.source.year },
              pricelist: listName,
            }
          : {}),
      });
    }
  }
  return unexplained;
}

/**
 * @internal Evaluates one case into cent totals (and a trail when asked),
 * collecting issues instead of throwing so that a whole file's problems are
 * reported together.
 */
export function evaluateTotals(
  c: Case,
  table: PriceTable,
  issues: Issue[],
  warnings: Warning[] | undefined,
  trail: LineTrail[] | undefined,
  scratch: Float64Array,
): CaseTotals {
  const actual = newSide();
  priceLines(c.actual, "actual", ["actual"], table, c, actual, issues, warnings, trail, undefined, scratch);
  const payers = actual.payers;
  const cls = actual.cls;
  let counterfactualLines = 0;
  let unexplained = 0;
  if (Array.isArray(c.counterfactual)) {
    const cf = { payers, cls };
    counterfactualLines = c.counterfactual.length;
    unexplained = priceLines(
      c.counterfactual,
      "counterfactual",
      ["counterfactual"],
      table,
      c,
      cf,
      issues,
      warnings,
      trail,
      undefined,
      scratch,
    );
  } else {
    // Σ pᵢ × costᵢ per payer (and per lens and class), rounded half-up once.
    const alts = c.counterfactual.alternatives;
    const weights: { n: bigint; d: bigint }[] = [];
    const accs: SideAcc[] = [];
    alts.forEach((alt, ai) => {
      const p = parseDecimal(alt.probability);
      const w = p ? ratio(p.units, 10n ** BigInt(p.scale)) : ratio(0);
      weights.push(w);
      const acc = newSide();
      acc.cells = new Map();
      counterfactualLines += alt.lines.length;
      const label = alt.label;
      unexplained += priceLines(
        alt.lines,
        "counterfactual",
        ["counterfactual", "alternatives", ai, "lines"],
        table,
        c,
        acc,
        issues,
        warnings,
        trail,
        {
          index: ai,
          ...(label !== undefined ? { label } : {}),
          probability: String(alt.probability),
        },
        scratch,
      );
      accs.push(acc);
    });
    // Σ pᵢ × costᵢ exactly, as n/d; d (the product of the weights' denominators) is the same for every `get`.
    const exact = (get: (a: SideAcc) => number): { n: bigint; d: bigint } => {
      let n = 0n;
      let d = 1n;
      accs.forEach((a, k) => {
        const w = weights[k] as { n: bigint; d: bigint };
        n = n * w.d + BigInt(get(a)) * w.n * d;
        d = d * w.d;
      });
      return { n, d };
    };
    const weigh = (get: (a: SideAcc) => number): number => {
      const { n, d } = exact(get);
      const neg = n < 0n;
      const an = neg ? -n : n;
      let q = an / d;
      if ((an % d) * 2n >= d) q += 1n;
      return safe(Number(neg ? -q : q));
    };
    const allPayers = new Set<string>();
    for (const a of accs) for (const k of a.payers.keys()) allPayers.add(k);
    for (const payer of allPayers) {
      let s = payers.get(payer);
      if (!s) payers.set(payer, (s = sums()));
      s.c = weigh((a) => a.payers.get(payer)?.c ?? 0);
      s.sc = weigh((a) => a.payers.get(payer)?.sc ?? 0);
    }
    // The cashable split shares each payer's once-rounded total among its classes
    // by largest remainder (ties to the lower class), so the split adds up to
    // the avoided cost; rounding each class on its own would not.
    for (const payer of allPayers) {
      const parts = [0, 1, 2].map((k) => exact((a) => a.cells?.get(payer)?.[k] ?? 0));
      let extra = (payers.get(payer) as PayerSums).c;
      for (let k = 0; k < 3; k++) {
        const { n, d } = parts[k] as { n: bigint; d: bigint };
        const floor = Number(n / d); // costs are never negative, so / is floor
        extra -= floor;
        cls[k * 3] = safe((cls[k * 3] as number) + floor);
      }
      const rem = (k: number) => (parts[k] as { n: bigint; d: bigint }).n % (parts[k] as { n: bigint; d: bigint }).d;
      const order = [0, 1, 2].sort((x, y) => (rem(x) === rem(y) ? x - y : rem(x) > rem(y) ? -1 : 1));
      for (let j = 0; j < extra; j++)
        cls[(order[j] as number) * 3] = safe((cls[(order[j] as number) * 3] as number) + 1);
    }
  }
  const avoided = (k: number): number =>
    safe((cls[k * 3] as number) - (cls[k * 3 + 1] as number) + (cls[k * 3 + 2] as number));
  return { payers, avoidedByClass: [avoided(0), avoided(1), avoided(2)], counterfactualLines, unexplained };
}

function figures(c: number, a: number, i: number): Figures {
  return {
    counterfactualCost: centsToString(c),
    actualCost: centsToString(a),
    interventionCost: centsToString(i),
    avoidedCost: centsToString(safe(c - a + i)),
    netReturn: centsToString(safe(c - a)),
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
  warnings: Warning[],
  opts: EvaluateOptions,
  issues: Issue[],
  trail?: LineTrail[],
): CaseResult {
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
    C = safe(C + s.c);
    A = safe(A + s.a);
    I = safe(I + s.i);
    SC = safe(SC + s.sc);
    SA = safe(SA + s.sa);
    SI = safe(SI + s.si);
    byPayer[payer] = figures(s.c, s.a, s.i);
    socByPayer[payer] = figures(s.sc, s.sa, s.si);
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
      cashable: centsToString(t.avoidedByClass[1]),
      nonCashable: centsToString(t.avoidedByClass[0]),
      unspecified: centsToString(t.avoidedByClass[2]),
    },
    counterfactualLines: t.counterfactualLines,
    unexplainedCounterfactualLines: t.unexplained,
    wellbeing,
    ...(trail ? { lines: trail } : {}),
    warnings,
  };
}

/** @internal Evaluates a case fully; issues are pushed, with paths relative to the case. */
export function evaluateInto(
  c: Case,
  table: PriceTable,
  opts: EvaluateOptions,
  issues: Issue[],
  scratch: Float64Array,
): CaseResult {
  const warnings: Warning[] = [];
  const trail = opts.trail ? [] : undefined;
  const t = evaluateTotals(c, table, issues, warnings, trail, scratch);
  if (Array.isArray(c.counterfactual) ? c.counterfactual.length === 0 : false)
    warnings.push({
      code: "no_counterfactual",
      path: ["counterfactual"],
      message: "the case has no counterfactual lines: nothing is avoided",
    });
  const l = table.list;
  warnings.push(...coverageWarnings(l, c.end ?? c.start, c.end !== undefined ? ["end"] : ["start"]));
  return caseResult(
    c,
    { id: l.id, version: l.version, priceYear: l.priceYear, fingerprint: l.fingerprint },
    t,
    warnings,
    opts,
    issues,
    trail,
  );
}
