/**
 * Per-year flows (Evaluator.flows, caseFlows, sumFlows) and recurring ad-hoc lines, by worked
 * examples computed by hand and by properties: the years add up exactly to the case's totals per
 * payer, side and lens. Fixture list t@1: see tests/cases/evaluate.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesCsv } from "../../src/cases/csv/casesCsv.js";
import { parseCasesCsv } from "../../src/cases/csv/parseCasesCsv.js";
import {
  type Case,
  type CaseFlows,
  type CaseInput,
  caseFlows,
  createEvaluator,
  type LineInput,
  type PayerSums,
  parseCaseFile,
  sumFlows,
} from "../../src/index.js";
import { dayToIso, isoToDay } from "../../src/periods/calendarDate.js";
import { kase, run, testCatalog } from "../fixtures/cases.js";
import { issuesOf } from "../fixtures/lists.js";

const parse = (c: CaseInput): Case => parseCaseFile({ cases: [c] }).cases[0] as Case;
const ev = () => createEvaluator({ catalog: testCatalog(), pricelist: "t@1" });
const FIELDS = [
  "counterfactualCost",
  "actualCost",
  "interventionCost",
  "societalCounterfactualCost",
  "societalActualCost",
  "societalInterventionCost",
] as const;

/** [year, field of one payer] for every year. */
const column = (f: CaseFlows, payer: string, field: keyof PayerSums) =>
  f.years.map((y) => [y.year, y.payers.get(payer)?.[field]]);

const yearly = (amount: string, from: string, through: string, extra: Partial<LineInput> = {}): LineInput => ({
  amount,
  per: "year",
  period: { from, through },
  description: "d",
  payer: "gemeente",
  domain: "wmo",
  reason: "r",
  ...extra,
});

describe("the 30-year example of issue 10: 500,000 a year on each side, 2026–2055, one case", () => {
  const c = parse(
    kase({
      start: "2026-01-01",
      counterfactual: [yearly("500000.00", "2026-01-01", "2055-12-31", { description: "baten (vermeden kosten)" })],
      actual: [yearly("500000.00", "2026-01-01", "2055-12-31", { description: "kosten", intervention: true })],
    }),
  );

  it("the case totals 30 × 500,000.00 = 15,000,000.00 on each side", () => {
    // quantity: 1 (2026) + 28 full years + 1 (2055) = 30 years; 30 × 500000.00
    const r = ev().evaluate(c);
    expect([r.counterfactualCost, r.actualCost, r.interventionCost]).toEqual([1500000000, 1500000000, 1500000000]);
  });

  it("calendar years 2026 … 2055 hold 500,000.00 each on each side", () => {
    const f = ev().flows(c, "calendar");
    expect(f.years.map((y) => y.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2026 + i));
    for (const field of FIELDS)
      expect(column(f, "gemeente", field).map(([, v]) => v)).toEqual(Array(30).fill(50_000_000));
  });

  it("case years 1 … 30 hold the same (the case starts on 1 January)", () => {
    const f = caseFlows(c, { catalog: testCatalog(), pricelist: "t@1", basis: "case" });
    expect(f).toMatchObject({ id: "c1", basis: "case", start: "2026-01-01" });
    expect(column(f, "gemeente", "counterfactualCost")).toEqual(
      Array.from({ length: 30 }, (_, i) => [i + 1, 50_000_000]),
    );
  });
});

describe("worked examples by hand", () => {
  it("100.00 a year over 1 Jul 2024 – 30 Jun 2025: 50.27 in 2024, 49.59 in 2025", () => {
    // quantity 184/366 (2024 is a leap year) + 181/365 = 0.998622… years; cost 9986.22… → 99.86
    // exact parts 10000 × 184/366 = 5027.32… and 10000 × 181/365 = 4958.90… cents: floors 5027 + 4958
    // = 9985, the one cent left goes to the larger remainder (.90, 2025): 5027 and 4959.
    const c = kase({ counterfactual: [yearly("100.00", "2024-07-01", "2025-06-30")] });
    expect(run(c).counterfactualCost).toBe(9986);
    expect(column(ev().flows(parse(c)), "gemeente", "counterfactualCost")).toEqual([
      [2024, 5027],
      [2025, 4959],
    ]);
  });

  it("a month item over 15 Nov 2023 – 14 Feb 2024 in case years from 1 Dec 2023", () => {
    // m.month 12.45: quantity 16/30 + 1 + 1 + 14/29; cost 1245 × (46/30 + 43/29) = 3755.03… → 37.55.
    // Case year 0 (15–30 Nov): 16/30 month = 664.00 cents; year 1 (1 Dec – 14 Feb): 1 + 1 + 14/29
    // = 3091.03… cents: floors 664 + 3091 = 3755, nothing left over.
    const c = kase({
      start: "2023-12-01",
      counterfactual: [{ item: "m.month", period: { from: "2023-11-15", through: "2024-02-14" }, reason: "r" }],
    });
    expect(run(c).counterfactualCost).toBe(3755);
    expect(column(ev().flows(parse(c), "case"), "gemeente.wmo", "counterfactualCost")).toEqual([
      [0, 664],
      [1, 3091],
    ]);
  });

  it("weighted alternatives are shared after weighting, per payer", () => {
    // Alternative 1 (0.3): 100.00 a year over 1 Jul 2024 – 30 Jun 2025 = 50.27 (2024) + 49.59 (2025).
    // Alternative 2 (0.7): 10.00 once, no date: the case's start year 2024.
    // C = 0.3 × 99.86 + 0.7 × 10.00 = 36.958 → 36.96. Per year, exactly: 2024 0.3 × 50.27 + 7.00 = 22.081,
    // 2025 0.3 × 49.59 = 14.877; floors 2208 + 1487 = 3695, one cent to the larger remainder (.7, 2025).
    const c = kase({
      counterfactual: {
        alternatives: [
          { probability: "0.3", lines: [yearly("100.00", "2024-07-01", "2025-06-30")] },
          {
            probability: "0.7",
            lines: [{ amount: "10.00", description: "d", payer: "gemeente", domain: "wmo", reason: "r" }],
          },
        ],
      },
    });
    expect(run(c).counterfactualCost).toBe(3696);
    expect(column(ev().flows(parse(c)), "gemeente", "counterfactualCost")).toEqual([
      [2024, 2208],
      [2025, 1488],
    ]);
  });

  it("a line without a period falls in the year of its date; years between are there with zeros", () => {
    const c = kase({
      actual: [
        { amount: "10.00", description: "d", payer: "gemeente", domain: "wmo", date: "2026-03-01" },
        { item: "d.day", quantity: "1" },
      ],
    });
    const f = ev().flows(parse(c));
    expect(column(f, "gemeente", "actualCost")).toEqual([
      [2024, 0],
      [2025, 0],
      [2026, 1000],
    ]);
    expect(column(f, "zvw", "actualCost")).toEqual([
      [2024, 10000],
      [2025, 0],
      [2026, 0],
    ]);
  });

  it("a transfer is in the budget lens and not in the societal lens, year by year", () => {
    // b.bijstand 1345.45 a month over Dec 2024 – Jan 2025: one month in each year.
    const c = kase({
      counterfactual: [{ item: "b.bijstand", period: { from: "2024-12-01", through: "2025-01-31" }, reason: "r" }],
    });
    const f = ev().flows(parse(c));
    expect(column(f, "gemeente.participatiewet", "counterfactualCost")).toEqual([
      [2024, 134545],
      [2025, 134545],
    ]);
    expect(column(f, "gemeente.participatiewet", "societalCounterfactualCost")).toEqual([
      [2024, 0],
      [2025, 0],
    ]);
  });

  it("sumFlows adds cases up per year and payer", () => {
    const e = ev();
    const a = e.flows(parse(kase({ counterfactual: [yearly("100.00", "2024-07-01", "2025-06-30")] })));
    const b = e.flows(parse(kase({ id: "c2", start: "2025-01-01", actual: [{ item: "d.day", quantity: "2" }] })));
    const s = sumFlows([a, b]);
    expect(
      s.years.map((y) => [y.year, y.payers.get("gemeente")?.counterfactualCost, y.payers.get("zvw")?.actualCost]),
    ).toEqual([
      [2024, 5027, 0],
      [2025, 4959, 20000],
    ]);
    expect(() => sumFlows([a, e.flows(parse(kase({})), "case")])).toThrow(RangeError);
  });
});

describe("recurring ad-hoc lines", () => {
  it("are priced like a list item of that unit, with the derivation in the trail", () => {
    // 70.00 per week over 1–14 Jan 2024: 14/7 = 2 weeks = 140.00, like w.week (70.00 a week).
    const amount = run(kase({ actual: [yearly("70.00", "2024-01-01", "2024-01-14", { per: "week" })] }));
    const item = run(kase({ actual: [{ item: "w.week", period: { from: "2024-01-01", through: "2024-01-14" } }] }));
    expect(amount.actualCost).toBe(14000);
    expect(item.actualCost).toBe(14000);
    expect(amount.lines?.[0]).toMatchObject({
      unit: "week",
      unitPrice: 7000,
      quantity: "2",
      derivation: "14/7 weeks",
      cost: 14000,
      period: { from: "2024-01-01", through: "2024-01-14" },
    });
  });

  it("refuse a period without per, per without a period and an unknown per, with their paths", () => {
    const paths = (l: unknown) =>
      issuesOf(() => parseCaseFile({ cases: [kase({ actual: [l as LineInput] })] })).map((i) => [
        i.path.join("."),
        i.message,
      ]);
    const base = { amount: "1.00", description: "d", payer: "p", domain: "d" };
    const [noPer] = paths({ ...base, period: { from: "2024-01-01", through: "2024-12-31" } });
    expect(noPer?.[0]).toBe("cases.0.actual.0.per");
    expect(noPer?.[1]).toMatch(/recurring ad-hoc line needs "per"/);
    const [noPeriod] = paths({ ...base, per: "month" });
    expect(noPeriod?.[0]).toBe("cases.0.actual.0.period");
    expect(noPeriod?.[1]).toMatch(/"per" needs a period/);
    expect(paths({ ...base, per: "fortnight", period: { from: "2024-01-01", through: "2024-12-31" } })[0]?.[0]).toBe(
      "cases.0.actual.0.per",
    );
    expect(paths({ item: "w.week", per: "week", period: { from: "2024-01-01", through: "2024-12-31" } })[0]?.[0]).toBe(
      "cases.0.actual.0.per",
    );
  });

  it("refuse an unknown per in a case object that was never validated", () => {
    const c = kase({ actual: [{ ...yearly("1.00", "2024-01-01", "2024-12-31"), per: "fortnight" as "day" }] }) as Case;
    const issues = issuesOf(() => ev().evaluate(c));
    expect(issues.map((i) => i.path.join("."))).toEqual(["actual.0.per"]);
  });
});

// --- properties -----------------------------------------------------------------------------------

const DAY0 = isoToDay("2023-06-01") as number;
const period = fc
  .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 800 }))
  .map(([a, len]) => ({ from: dayToIso(DAY0 + a), through: dayToIso(DAY0 + a + len) }));
const amount = fc
  .integer({ min: 0, max: 10_000_000 })
  .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`);
const lineArb: fc.Arbitrary<LineInput> = fc.oneof(
  fc.record({ item: fc.constantFrom("m.month", "y.year", "d.day", "n.night", "w.week", "b.bijstand"), period }),
  fc.record({
    item: fc.constantFrom("h.hour", "dd.dagdeel"),
    period,
    rate: fc.record({
      quantity: fc.constantFrom("1", "2.5", "0.25", "7"),
      per: fc.constantFrom("day", "week", "month", "year"),
    }),
  }),
  fc.record({ item: fc.constantFrom("e.odd", "h.hour"), quantity: fc.constantFrom("1", "3.5", "10") }),
  fc.record({
    amount,
    per: fc.constantFrom("day", "week", "month", "year"),
    period,
    description: fc.constant("d"),
    payer: fc.constantFrom("gemeente", "zvw"),
    domain: fc.constant("wmo"),
    transfer: fc.boolean(),
  }),
  fc.record({
    amount,
    description: fc.constant("d"),
    payer: fc.constantFrom("gemeente", "zvw"),
    domain: fc.constant("wmo"),
    date: period.map((p) => p.from),
  }),
) as fc.Arbitrary<LineInput>;
const actualArb = fc.array(
  lineArb.chain((l) => fc.boolean().map((i) => ({ ...l, ...(i ? { intervention: true } : {}) }))),
  { maxLength: 4 },
);
const counterfactualArb = fc.oneof(
  fc.array(lineArb, { maxLength: 4 }),
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(lineArb, { maxLength: 3 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((alts) => {
      const total = alts.reduce((s, [w]) => s + w, 0);
      // probabilities in thousandths that sum to exactly 1
      let left = 1000;
      return {
        alternatives: alts.map(([w, lines], i) => {
          const p = i === alts.length - 1 ? left : Math.floor((w * 1000) / total);
          left -= p;
          return { probability: (p / 1000).toFixed(3), lines };
        }),
      };
    }),
);

describe("properties: the years add up exactly to the case's totals", () => {
  it("per payer, side and lens, on both bases, for any periods and weighted alternatives", () => {
    const e = ev();
    fc.assert(
      fc.property(
        period.map((p) => p.from),
        counterfactualArb,
        actualArb,
        fc.constantFrom("calendar" as const, "case" as const),
        (start, counterfactual, actual, basis) => {
          const c = parse(kase({ start, counterfactual, actual } as Partial<CaseInput>));
          const totals = e.totals(c);
          const f = e.flows(c, basis);
          for (const [payer, sums] of totals.payers)
            for (const field of FIELDS) {
              const years = f.years.reduce((s, y) => s + (y.payers.get(payer)?.[field] ?? 0), 0);
              expect(years, `${payer} ${field}`).toBe(sums[field]);
            }
          for (const y of f.years) expect([...y.payers.keys()].sort()).toEqual([...totals.payers.keys()].sort());
          const years = f.years.map((y) => y.year);
          expect(years).toEqual(years.map((_, i) => (years[0] as number) + i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a one-day period falls whole in its year, whatever the basis", () => {
    const e = ev();
    fc.assert(
      fc.property(period, fc.constantFrom("calendar" as const, "case" as const), ({ from }, basis) => {
        const c = parse(kase({ start: "2023-06-01", actual: [yearly("365.00", from, from, { per: "day" })] }));
        const f = e.flows(c, basis);
        expect(f.years.map((y) => y.payers.get("gemeente")?.actualCost)).toEqual([36500]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("recurring ad-hoc lines in the case CSV", () => {
  it("round-trip through casesCsv and parseCasesCsv in both dialects (per beside from and through)", () => {
    const cases = parseCaseFile({
      cases: [kase({ actual: [yearly("500000.00", "2026-01-01", "2055-12-31", { per: "month" })] })],
    }).cases;
    for (const dialect of ["nl", "intl"] as const) {
      const csv = casesCsv(cases, { dialect });
      expect(parseCasesCsv(csv).cases).toEqual(cases);
    }
  });

  it("a CSV amount row with from and through but no per is refused at its per column", () => {
    const csv = [
      "id,wijk,start,side,from,through,amount,description,payer,domain",
      "c1,WK1,2024-01-01,actual,2024-01-01,2024-12-31,100.00,d,gemeente,wmo",
    ].join("\n");
    const [issue] = issuesOf(() => parseCasesCsv(csv, { file: "cases.csv" }));
    expect(issue).toMatchObject({ file: "cases.csv", path: ["row", 2, "per"] });
    expect(issue?.message).toMatch(/row 2, column per: a recurring ad-hoc line needs "per"/);
  });
});
