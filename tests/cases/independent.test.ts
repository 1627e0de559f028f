/**
 * An independent check of the engine: a deliberately separate, naive
 * implementation of DESIGN's per-case figures ("Quantities from a period",
 * "Money", "Per-case result"), written from DESIGN alone. It uses decimal.js
 * (through the package's private clone `D`) and its own calendar arithmetic;
 * it imports nothing from src/periods or src/cases. Random valid cases over
 * the bundled sociaal-domein@2024 list must agree to the cent on C, A, I, B,
 * net, ratio and byPayer, in both lenses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bundledCatalog,
  type CaseInput,
  caseResultToJson,
  createEvaluator,
  type LineInput,
  parseCaseFile,
  resolvePriceList,
} from "../../src/index.js";
import { D } from "../../src/money/decimal.js";

type Dec = InstanceType<typeof D>;

// ---------- the reference: calendar ----------

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
/** Days since 0001-01-01 (day 1), counted by whole years and months. */
function ordinal(iso: string): number {
  const [y, m, d] = parts(iso);
  const py = y - 1;
  let n = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
  for (let k = 1; k < m; k++) n += monthLength(y, k);
  return n + d;
}

/** Quantity of a period as num/den with a fixed denominator per unit: lcm(28,29,30,31) for months, lcm(365,366) for years. */
const MONTH_DEN = 377_580;
const YEAR_DEN = 133_590;
function periodQty(unit: string, from: string, through: string): { num: Dec; den: Dec } {
  const a = ordinal(from);
  const b = ordinal(through);
  const days = b - a + 1;
  if (unit === "day") return { num: new D(days), den: new D(1) };
  if (unit === "night") return { num: new D(Math.max(0, days - 1)), den: new D(1) };
  if (unit === "week") return { num: new D(days), den: new D(7) };
  let [y, m] = parts(from);
  const [yb, mb] = parts(through);
  let num = new D(0);
  if (unit === "month") {
    for (;;) {
      const first = ordinal(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`);
      const last = first + monthLength(y, m) - 1;
      const inside = Math.min(b, last) - Math.max(a, first) + 1;
      num = num.plus(new D(inside).times(MONTH_DEN / monthLength(y, m)));
      if (y === yb && m === mb) break;
      m++;
      if (m === 13) [y, m] = [y + 1, 1];
    }
    return { num, den: new D(MONTH_DEN) };
  }
  for (;;) {
    const first = ordinal(`${String(y).padStart(4, "0")}-01-01`);
    const len = leap(y) ? 366 : 365;
    const inside = Math.min(b, first + len - 1) - Math.max(a, first) + 1;
    num = num.plus(new D(inside).times(YEAR_DEN / len));
    if (y === yb) break;
    y++;
  }
  return { num, den: new D(YEAR_DEN) };
}

// ---------- the reference: money ----------

interface Item {
  unit: string;
  cents: Dec;
  payer: string;
  transfer: boolean;
}

/** One line's cost in cents: amount × quantity, one division at the end, half-up to whole cents. */
function lineCents(l: LineInput, items: Map<string, Item>): { cents: Dec; payer: string; transfer: boolean } {
  if (l.amount !== undefined)
    return { cents: new D(String(l.amount)).times(100), payer: l.payer as string, transfer: l.transfer === true };
  const it = items.get(l.item as string) as Item;
  let num: Dec;
  let den: Dec;
  if (l.quantity !== undefined) [num, den] = [new D(String(l.quantity)), new D(1)];
  else if (l.rate) {
    const q = periodQty(l.rate.per, l.period!.from, l.period!.through);
    [num, den] = [q.num.times(String(l.rate.quantity)), q.den];
  } else {
    const q = periodQty(it.unit, l.period!.from, l.period!.through);
    [num, den] = [q.num, q.den];
  }
  return {
    cents: it.cents.times(num).div(den).toDecimalPlaces(0, D.ROUND_HALF_UP),
    payer: it.payer,
    transfer: it.transfer,
  };
}

type Sums = { c: Dec; a: Dec; i: Dec };
function reference(c: CaseInput, items: Map<string, Item>, societal: boolean) {
  const payers = new Map<string, Sums>();
  const get = (p: string) =>
    payers.get(p) ?? (payers.set(p, { c: new D(0), a: new D(0), i: new D(0) }), payers.get(p)!);
  for (const l of c.actual) {
    const x = lineCents(l, items);
    const s = get(x.payer);
    if (societal && x.transfer) continue;
    s.a = s.a.plus(x.cents);
    if (l.intervention) s.i = s.i.plus(x.cents);
  }
  const alternatives = Array.isArray(c.counterfactual)
    ? [{ probability: "1", lines: c.counterfactual }]
    : c.counterfactual.alternatives;
  const weighted = new Map<string, Dec>();
  for (const alt of alternatives) {
    const perPayer = new Map<string, Dec>();
    for (const l of alt.lines) {
      const x = lineCents(l, items);
      get(x.payer);
      if (societal && x.transfer) continue;
      perPayer.set(x.payer, (perPayer.get(x.payer) ?? new D(0)).plus(x.cents));
    }
    for (const [p, v] of perPayer)
      weighted.set(p, (weighted.get(p) ?? new D(0)).plus(v.times(String(alt.probability))));
  }
  for (const [p, v] of weighted) get(p).c = v.toDecimalPlaces(0, D.ROUND_HALF_UP);
  const euro = (x: Dec) => x.div(100).toFixed(2);
  const fig = (s: Sums) => ({
    counterfactualCost: euro(s.c),
    actualCost: euro(s.a),
    interventionCost: euro(s.i),
    avoidedCost: euro(s.c.minus(s.a).plus(s.i)),
    netReturn: euro(s.c.minus(s.a)),
  });
  const total: Sums = { c: new D(0), a: new D(0), i: new D(0) };
  const byPayer: Record<string, ReturnType<typeof fig>> = {};
  for (const [p, s] of payers) {
    total.c = total.c.plus(s.c);
    total.a = total.a.plus(s.a);
    total.i = total.i.plus(s.i);
    byPayer[p] = fig(s);
  }
  const b = total.c.minus(total.a).plus(total.i);
  return {
    ...fig(total),
    ...(total.i.isZero()
      ? {}
      : {
          ratio: b
            .div(total.i)
            .toFixed(4)
            .replace(/^-(0\.0+)$/, "$1"),
        }),
    byPayer,
  };
}

// ---------- random valid cases over sociaal-domein@2024 ----------

const catalog = bundledCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
const items = new Map(
  list.items.map((i) => [
    i.code,
    { unit: i.unit, cents: new D(i.amount).times(100), payer: i.payer, transfer: i.transfer },
  ]),
);
const codes = list.items.map((i) => i.code);
const periodCodes = list.items
  .filter((i) => ["day", "night", "week", "month", "year"].includes(i.unit))
  .map((i) => i.code);

const DAY = 86_400_000;
const date = (lo: string, hi: string) =>
  fc
    .integer({ min: Date.parse(lo) / DAY, max: Date.parse(hi) / DAY })
    .map((n) => new Date(n * DAY).toISOString().slice(0, 10));
const span = fc
  .tuple(date("2019-01-01", "2027-12-31"), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1500 })))
  .map(([from, len]) => ({ from, through: new Date(Date.parse(from) + len * DAY).toISOString().slice(0, 10) }));
const qty = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 3 }))
    .map(([n, s]) => (n / 10 ** s).toFixed(s)),
  fc.constantFrom(0.5, 0.25, 1.5, 0.35),
);
const money = fc.integer({ min: 0, max: 2_000_000 }).map((c) => (c / 100).toFixed(2));
const itemLine = fc.oneof(
  fc.record({ item: fc.constantFrom(...codes), quantity: qty }),
  fc.record({ item: fc.constantFrom(...periodCodes), period: span }),
  fc.record({
    item: fc.constantFrom(...codes),
    period: span,
    rate: fc.record({ quantity: qty, per: fc.constantFrom("day", "week", "month", "year" as const) }),
  }),
  fc.record({
    amount: money,
    description: fc.constant("maatwerk"),
    payer: fc.constantFrom("gemeente", "gemeente.werkbudget", "zvw", "rijk"),
    domain: fc.constant("wonen"),
    transfer: fc.boolean(),
  }),
) as fc.Arbitrary<LineInput>;
const cfLine = fc.tuple(itemLine, fc.boolean()).map(([l, r]) => (r ? { ...l, reason: "r" } : l));
const acLine = fc.tuple(itemLine, fc.boolean()).map(([l, iv]) => (iv ? { ...l, intervention: true } : l));
const probs = fc.oneof(
  fc.constant(["1"]),
  fc.constant(["0.35", "0.65"]),
  fc.integer({ min: 0, max: 1000 }).map((k) => [(k / 1000).toFixed(3), ((1000 - k) / 1000).toFixed(3)]),
  fc
    .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }))
    .map(([a, b]) => [
      `0.${String(a).padStart(2, "0")}`,
      `0.${String(b).padStart(2, "0")}`,
      100 - a - b === 100 ? "1" : `0.${String(100 - a - b).padStart(2, "0")}`,
    ]),
);
const arbCase: fc.Arbitrary<CaseInput> = fc.record({
  id: fc.constant("x"),
  wijk: fc.constant("WK079601"),
  start: date("2024-01-16", "2024-12-31"),
  counterfactual: fc.oneof(
    fc.array(cfLine, { maxLength: 10 }),
    probs.chain((ps) =>
      fc
        .tuple(...ps.map(() => fc.array(cfLine, { maxLength: 5 })))
        .map((ls) => ({ alternatives: ps.map((p, k) => ({ probability: p, lines: ls[k] as LineInput[] })) })),
    ),
  ),
  actual: fc.array(acLine, { maxLength: 10 }),
});

describe("independent implementation of DESIGN", () => {
  it("the reference itself: hand examples", () => {
    // 17/31 + 14/29 months; 2024-02 year share 29/366; 28 days = 4 weeks
    expect(
      periodQty("month", "2024-01-15", "2024-02-14")
        .num.div(MONTH_DEN)
        .minus(new D(17).div(31).plus(new D(14).div(29)))
        .abs()
        .lt("1e-50"),
    ).toBe(true);
    expect(periodQty("year", "2024-02-01", "2024-02-29").num.toString()).toBe(String((29 * YEAR_DEN) / 366));
    expect(periodQty("night", "2024-03-01", "2024-03-01").num.toNumber()).toBe(0);
    expect(ordinal("2024-03-01") - ordinal("2024-02-28")).toBe(2);
  });

  it("agrees with the engine to the cent on C, A, I, B, net, ratio and byPayer, budget and societal (hundreds of random cases)", () => {
    const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
    fc.assert(
      fc.property(arbCase, (c) => {
        // Compared as written: the serialised result, the one place cents become text, against the reference's text.
        const r = caseResultToJson(ev.evaluate(parseCaseFile({ cases: [c] }).cases[0]!));
        const ref = reference(c, items, false);
        const soc = reference(c, items, true);
        const pick = (x: {
          counterfactualCost: string;
          actualCost: string;
          interventionCost: string;
          avoidedCost: string;
          netReturn: string;
          ratio?: string | undefined;
        }) => ({
          counterfactualCost: x.counterfactualCost,
          actualCost: x.actualCost,
          interventionCost: x.interventionCost,
          avoidedCost: x.avoidedCost,
          netReturn: x.netReturn,
          ...(x.ratio !== undefined ? { ratio: x.ratio } : {}),
        });
        expect(pick(r)).toEqual(pick(ref));
        expect(r.byPayer).toEqual(ref.byPayer);
        expect(pick(r.societal)).toEqual(pick(soc));
        expect(r.societal.byPayer).toEqual(soc.byPayer);
      }),
      { numRuns: 600 },
    );
  });

  it("the compiled totals, the trail's line costs and totals() are the same engine: each agrees with the reference", () => {
    const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
    const withTrail = createEvaluator({ catalog, pricelist: "sociaal-domein@2024", trail: true });
    const euro = (x: number) => new D(x).div(100).toFixed(2);
    fc.assert(
      fc.property(fc.array(arbCase, { minLength: 1, maxLength: 4 }), (cs) => {
        const cases = parseCaseFile({ cases: cs.map((c, k) => ({ ...c, id: `c${k}` })) }).cases;
        const compiled = ev.compile(cases);
        cs.forEach((c, k) => {
          const ref = reference(c, items, false);
          const soc = reference(c, items, true);
          for (const t of [compiled.totals(k), ev.totals(cases[k]!)]) {
            const byPayer = Object.fromEntries(
              [...t.payers].map(([p, x]) => [
                p,
                {
                  counterfactualCost: euro(x.counterfactualCost),
                  actualCost: euro(x.actualCost),
                  interventionCost: euro(x.interventionCost),
                  avoidedCost: euro(x.counterfactualCost - x.actualCost + x.interventionCost),
                  netReturn: euro(x.counterfactualCost - x.actualCost),
                },
              ]),
            );
            const societal = Object.fromEntries(
              [...t.payers].map(([p, x]) => [
                p,
                {
                  counterfactualCost: euro(x.societalCounterfactualCost),
                  actualCost: euro(x.societalActualCost),
                  interventionCost: euro(x.societalInterventionCost),
                  avoidedCost: euro(x.societalCounterfactualCost - x.societalActualCost + x.societalInterventionCost),
                  netReturn: euro(x.societalCounterfactualCost - x.societalActualCost),
                },
              ]),
            );
            expect(byPayer).toEqual(ref.byPayer);
            expect(societal).toEqual(soc.byPayer);
            const avoided = t.avoidedByClass.reduce((a, b) => a + b, 0);
            expect(euro(avoided)).toBe(ref.avoidedCost);
          }
          // The trail shows the lines that were priced: actual line costs add up to A exactly.
          const r = withTrail.evaluate(cases[k]!);
          const actual = (r.lines ?? []).filter((l) => l.side === "actual").reduce((a, l) => a + l.cost, 0);
          expect(euro(actual)).toBe(ref.actualCost);
        });
      }),
      { numRuns: 200 },
    );
  });
});
