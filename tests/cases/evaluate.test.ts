/**
 * The case engine (src/cases/evaluate.ts) by worked examples computed by hand.
 * Every example runs on both paths (trail: decimal.js; no trail: integer fast
 * path) and checks that per-payer figures add up (tests/fixtures/cases.ts).
 *
 * Fixture list t@1 (price year 2024, tests/fixtures/lists.ts):
 *   m.month 12.45/month (gemeente.wmo, cashable)   m.month2 31.00/month (gemeente.wmo)
 *   y.year 366.00/year (rijk.jenv, not cashable)   d.day 100.00/day (zvw, not cashable)
 *   n.night 80.00/night (zvw)                      w.week 70.00/week (gemeente)
 *   h.hour 55.80/hour (gemeente.wmo, cashable)     dd.dagdeel 35.76 (gemeente.wmo)
 *   e.each 0.01 (gemeente)   e.odd 0.03 (zvw)      b.bijstand 1345.45/month (transfer, cashable)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog, type CaseResult, createEvaluator, loadInstruments, parseCaseFile } from "../../src/index.js";
import { addsUp, kase, run, testCatalog } from "../fixtures/cases.js";
import { issuesOf } from "../fixtures/lists.js";

const line = (r: CaseResult, path: string) => r.lines?.find((l) => l.path.join(".") === path);

describe("the NS-jaarkaart case (examples/ns-jaarkaart.json, thuis-in-zuidoost@voorbeeld-2026)", () => {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/ns-jaarkaart.json"), "utf8"));
  const c = parseCaseFile(file).cases[0]!;
  const ev = createEvaluator({
    catalog: bundledCatalog(),
    pricelist: file.pricelist,
    trail: true,
    instruments: loadInstruments(),
  });
  const r = ev.evaluate(c);

  it("C 60948.55, A = I 3099.08, B 60948.55, net 57849.47, ratio 19.6667", () => {
    // The example list's figures are 2024 euros restated to 2026 by cbs-cpi@2026 (2025's level carried):
    // factor 134.50 / 130.20. Detention 50000.00 → 51651.3056… → 51651.31 a year; the case meeting
    // 1500.00 → 1549.5391… → 1549.54; the NS-jaarkaart 3000.00 → 3099.0783… → 3099.08.
    // C: detention over 2026-01-01..2026-12-31 = 365/365 year × 51651.31 = 51651.31, plus six meetings a
    //    year over the same year (6 × 1 year) × 1549.54 = 9297.24: C = 60948.55.
    // A = I: the NS-jaarkaart 3099.08. B = C − (A − I) = 60948.55; net = C − A = 57849.47;
    // ratio B / I = 60948.55 / 3099.08 = 19.66666…
    expect(r).toMatchObject({
      counterfactualCost: 6094855,
      actualCost: 309908,
      interventionCost: 309908,
      avoidedCost: 6094855,
      netReturn: 5784947,
      ratio: "19.6667",
    });
    addsUp(r);
  });

  it("shows who invests and who gains (the wrong pocket)", () => {
    expect(r.byPayer).toEqual({
      gemeente: {
        counterfactualCost: 929724,
        actualCost: 0,
        interventionCost: 0,
        avoidedCost: 929724,
        netReturn: 929724,
      },
      "gemeente.werkbudget": {
        counterfactualCost: 0,
        actualCost: 309908,
        interventionCost: 309908,
        avoidedCost: 0,
        netReturn: -309908,
      },
      "rijk.jenv": {
        counterfactualCost: 5165131,
        actualCost: 0,
        interventionCost: 0,
        avoidedCost: 5165131,
        netReturn: 5165131,
      },
    });
  });

  it("has no transfers, so the societal lens equals the budget lens; detention and meetings are not cashable", () => {
    expect(r.societal).toMatchObject({ counterfactualCost: 6094855, netReturn: 5784947, ratio: "19.6667" });
    // avoided per class: not cashable 51651.31 (detention) + 9297.24 (meetings); cashable 0 − 3099.08 + 3099.08
    expect(r.cashable).toEqual({ cashable: 0, nonCashable: 6094855, unspecified: 0 });
  });

  it("names the list, with its fingerprint, and a trail per line; the treatment hours are PM, never euros", () => {
    expect(r.pricelist).toMatchObject({ id: "thuis-in-zuidoost", version: "voorbeeld-2026", priceYear: 2026 });
    expect(r.pricelist.fingerprint).toBe(ev.lists.get("thuis-in-zuidoost@voorbeeld-2026")?.fingerprint);
    expect(line(r, "counterfactual.0")).toMatchObject({
      item: "justitie.detentie.jaar",
      unit: "year",
      unitPrice: 5165131,
      quantity: "1",
      derivation: "1 years",
      cost: 5165131,
      payer: "rijk.jenv",
      intervention: false,
      reliability: "rough",
    });
    expect(line(r, "counterfactual.1")).toMatchObject({
      item: "ondersteuning.casuistiekoverleg",
      unitPrice: 154954,
      quantity: "6",
      cost: 929724,
      payer: "gemeente",
    });
    expect(line(r, "counterfactual.1")?.reason).toMatch(/zes keer per jaar/);
    expect(line(r, "actual.0")).toMatchObject({
      item: "mobiliteit.ns-jaarkaart.jaar",
      cost: 309908,
      intervention: true,
      date: "2026-01-02",
      cashable: true,
    });
    expect(r.pm?.map((p) => p.domain)).toEqual(["zorg"]);
    expect(r.pm?.[0]?.description).toMatch(/Behandeluren/);
    // The only warning: the CPI's newest year is 2025, so 2026 carries 2025's level, and says so.
    expect(r.warnings.map((w) => w.code)).toEqual(["beyond_index_year"]);
    expect(r.unexplainedCounterfactualLines).toBe(0);
    // wellbeing: rapportcijfer 3 → 7
    expect(r.wellbeing[0]?.dimensions).toEqual([{ dimension: "cijfer", before: 3, after: 7, delta: 4 }]);
  });
});

describe("quantities from periods, priced", () => {
  it("a month-crossing period: 31.00/month over 2024-01-15..2024-02-14 = 31.97", () => {
    // 17/31 + 14/29 months (2024 is a leap year) = 927/899 months
    // 3100 cents × 927/899 = 2873700/899 = 3196.55… cents → 3197 → 31.97
    // 12.45/month: 1245 × 927/899 = 1154115/899 = 1283.77… → 12.84
    const r = run(
      kase({
        counterfactual: [
          { item: "m.month2", period: { from: "2024-01-15", through: "2024-02-14" }, reason: "r" },
          { item: "m.month", period: { from: "2024-01-15", through: "2024-02-14" }, reason: "r" },
        ],
      }),
    );
    expect(line(r, "counterfactual.0")).toMatchObject({
      quantity: "927/899",
      derivation: "17/31 + 14/29 months",
      cost: 3197,
    });
    expect(line(r, "counterfactual.1")?.cost).toBe(1284);
    expect(r.counterfactualCost).toBe(4481);
  });

  it("one day of a 12.45 monthly item in a 30-day month is 0.415 → 0.42 (DESIGN)", () => {
    const r = run(
      kase({
        counterfactual: [{ item: "m.month", period: { from: "2024-04-10", through: "2024-04-10" }, reason: "r" }],
      }),
    );
    expect(line(r, "counterfactual.0")).toMatchObject({ quantity: "1/30", cost: 42 });
  });

  it("the leap day alone, and a year item over February 2024 (29/366)", () => {
    // day: 1 × 100.00; year over Feb 2024: 366.00 × 29/366 = 29.00; year on the leap day: 366.00/366 = 1.00
    // month on the leap day: 1245/29 = 42.93… cents → 0.43
    const r = run(
      kase({
        start: "2024-02-01",
        counterfactual: [
          { item: "d.day", period: { from: "2024-02-29", through: "2024-02-29" }, reason: "r" },
          { item: "y.year", period: { from: "2024-02-01", through: "2024-02-29" }, reason: "r" },
          { item: "y.year", period: { from: "2024-02-29", through: "2024-02-29" }, reason: "r" },
          { item: "m.month", period: { from: "2024-02-29", through: "2024-02-29" }, reason: "r" },
        ],
      }),
    );
    expect(r.lines?.map((l) => [l.quantity, l.cost])).toEqual([
      ["1", 10000],
      ["29/366", 2900],
      ["1/366", 100],
      ["1/29", 43],
    ]);
    expect(r.counterfactualCost).toBe(13043);
  });

  it("one night: from = through is 0 nights; two days is 1 night", () => {
    const r = run(
      kase({
        start: "2024-03-01",
        counterfactual: [
          { item: "n.night", period: { from: "2024-03-01", through: "2024-03-01" }, reason: "r" },
          { item: "n.night", period: { from: "2024-03-01", through: "2024-03-02" }, reason: "r" },
        ],
      }),
    );
    expect(r.lines?.map((l) => [l.quantity, l.derivation, l.cost])).toEqual([
      ["0", "1 days − 1 = 0 nights", 0],
      ["1", "2 days − 1 = 1 night", 8000],
    ]);
  });

  it("4 hours a week over 2024-03-04..2024-03-31 (28 days = 4 weeks) is 16 hours", () => {
    // 16 × 55.80 = 892.80; over 10 days: 4 × 10/7 = 40/7 hours × 55.80 = 223200/7 cents = 31885.71… → 318.86
    const r = run(
      kase({
        start: "2024-03-04",
        actual: [
          {
            item: "h.hour",
            period: { from: "2024-03-04", through: "2024-03-31" },
            rate: { quantity: 4, per: "week" },
            intervention: true,
          },
          {
            item: "h.hour",
            period: { from: "2024-03-04", through: "2024-03-13" },
            rate: { quantity: "4", per: "week" },
            intervention: true,
          },
        ],
      }),
    );
    expect(line(r, "actual.0")).toMatchObject({
      quantity: "16",
      derivation: "4 hour per week × (28/7 weeks) = 16 hour",
      cost: 89280,
    });
    expect(line(r, "actual.1")).toMatchObject({ quantity: "40/7", cost: 31886 });
    expect(r.interventionCost).toBe(121166);
  });

  it("a rate per month over a month-crossing period: 2 dagdelen a month over 2024-01-15..2024-02-14", () => {
    // 2 × 927/899 = 1854/899 dagdelen × 35.76 = 3576 × 1854/899 = 6629904/899 = 7374.75… cents → 73.75
    const r = run(
      kase({
        actual: [
          {
            item: "dd.dagdeel",
            period: { from: "2024-01-15", through: "2024-02-14" },
            rate: { quantity: 2, per: "month" },
          },
        ],
      }),
    );
    expect(line(r, "actual.0")).toMatchObject({ quantity: "1854/899", cost: 7375 });
  });

  it("decimal quantities are exact: 2.5 weeks of 70.00 = 175.00; 0.333 × 0.03 = 0.00999 → 0.01", () => {
    const r = run(
      kase({
        actual: [
          { item: "w.week", quantity: "2.5" },
          { item: "e.odd", quantity: 0.333 },
        ],
      }),
    );
    expect(r.lines?.map((l) => l.cost)).toEqual([17500, 1]);
  });

  it("refuses a period for an hourly item without a rate, and an unknown item, with their paths", () => {
    const c = parseCaseFile({
      cases: [
        kase({
          actual: [
            { item: "h.hour", period: { from: "2024-01-01", through: "2024-01-02" } },
            { item: "x.onbekend", quantity: 1 },
          ],
        }),
      ],
    }).cases[0]!;
    const issues = issuesOf(() =>
      createEvaluator({ catalog: bundledCatalog(), pricelist: "sociaal-domein@2024" }).evaluate(c),
    );
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown_item", "actual.0.item"],
      ["unknown_item", "actual.1.item"],
    ]);
    const issues2 = issuesOf(() => createEvaluator({ catalog: testCatalog(), pricelist: "t@1" }).evaluate(c));
    expect(issues2.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["rate_required", "actual.0.rate"],
      ["unknown_item", "actual.1.item"],
    ]);
    expect(issues2[1]?.expected).toBe("a code of price list t@1");
  });
});

describe("probability-weighted counterfactuals", () => {
  it("0.35 detention / 0.65 hospital: per payer Σ p × cost", () => {
    // rijk.jenv: 0.35 × 366.00 = 128.10; zvw: 0.65 × 3 days × 100.00 = 0.65 × 300.00 = 195.00; C = 323.10
    const r = run(
      kase({
        counterfactual: {
          alternatives: [
            { probability: "0.35", label: "detentie", lines: [{ item: "y.year", quantity: 1, reason: "r" }] },
            { probability: "0.65", label: "opname", lines: [{ item: "d.day", quantity: 3, reason: "r" }] },
          ],
        },
      }),
    );
    expect(r.counterfactualCost).toBe(32310);
    expect(r.byPayer["rijk.jenv"]?.counterfactualCost).toBe(12810);
    expect(r.byPayer.zvw?.counterfactualCost).toBe(19500);
    expect(r.counterfactualLines).toBe(2);
    // the trail keeps each alternative's own unweighted lines
    expect(r.lines?.map((l) => [l.alternative?.label, l.alternative?.probability, l.cost])).toEqual([
      ["detentie", "0.35", 36600],
      ["opname", "0.65", 30000],
    ]);
  });

  it("rounds once per payer, not per line: 0.35 × 0.10 + 0.65 × 0.10 = 0.10 (per line it would be 0.04 + 0.07 = 0.11)", () => {
    // 0.35 × 10 cents = 3.5 cents, 0.65 × 10 cents = 6.5 cents; rounded per line 4 + 7 = 11, once 10
    const r = run(
      kase({
        counterfactual: {
          alternatives: [
            { probability: "0.35", lines: [{ item: "e.each", quantity: 10, reason: "r" }] },
            { probability: "0.65", lines: [{ item: "e.each", quantity: 10, reason: "r" }] },
          ],
        },
      }),
    );
    expect(r.counterfactualCost).toBe(10);
  });

  it("rounds per payer, so the total is the sum of the payers: 0.35 × 0.10 (gemeente) + 0.65 × 0.30 (zvw) = 0.04 + 0.20 = 0.24", () => {
    // gemeente 3.5 cents → 4; zvw 0.65 × 30 = 19.5 cents → 20; total 24 cents (not round(23.0) = 23)
    const r = run(
      kase({
        counterfactual: {
          alternatives: [
            { probability: 0.35, lines: [{ item: "e.each", quantity: 10, reason: "r" }] },
            { probability: 0.65, lines: [{ item: "e.odd", quantity: 10, reason: "r" }] },
          ],
        },
      }),
    );
    expect(r.byPayer.gemeente?.counterfactualCost).toBe(4);
    expect(r.byPayer.zvw?.counterfactualCost).toBe(20);
    expect(r.counterfactualCost).toBe(24);
  });

  it("keeps the cashable split adding up to the avoided cost when alternatives mix cashable classes within a payer", () => {
    // one payer (gemeente), two alternatives of 1 cent each: one cashable, one unspecified.
    // Per payer: 0.5 × 1 + 0.5 × 1 = 1 cent. Per class alone each would round 0.5 → 1 cent: 2 cents ≠ 1.
    const r = run(
      kase({
        counterfactual: {
          alternatives: [
            {
              probability: "0.5",
              lines: [
                { amount: "0.01", description: "a", payer: "gemeente", domain: "wonen", cashable: true, reason: "r" },
              ],
            },
            {
              probability: "0.5",
              lines: [{ amount: "0.01", description: "b", payer: "gemeente", domain: "wonen", reason: "r" }],
            },
          ],
        },
      }),
    );
    expect(r.counterfactualCost).toBe(1);
    // addsUp (inside run) checks cashable + nonCashable + unspecified = B
    expect(r.avoidedCost).toBe(1);
  });
});

describe("ad-hoc amounts, transfers and the cashable split", () => {
  it("prices ad-hoc amount lines as given, with their payer and domain", () => {
    // C: 1200.00 (maatwerk, woningcorporatie); A = I: 250.00 werkbudget
    const r = run(
      kase({
        counterfactual: [
          {
            amount: "1200",
            description: "ontruiming (offerte)",
            payer: "woningcorporatie",
            domain: "wonen",
            reason: "r",
          },
        ],
        actual: [
          {
            amount: "250.00",
            description: "werkbudget: huurachterstand",
            payer: "gemeente.werkbudget",
            domain: "wonen",
            intervention: true,
            date: "2024-02-01",
          },
        ],
      }),
    );
    expect(r).toMatchObject({
      counterfactualCost: 120000,
      actualCost: 25000,
      interventionCost: 25000,
      avoidedCost: 120000,
      netReturn: 95000,
      ratio: "4.8000",
    });
    expect(line(r, "actual.0")).toMatchObject({
      description: "werkbudget: huurachterstand",
      cost: 25000,
      domain: "wonen",
      payer: "gemeente.werkbudget",
    });
    expect(line(r, "actual.0")).not.toHaveProperty("item");
  });

  it("leaves transfer items out of the societal lens only", () => {
    // C: bijstand 3 months × 1345.45 = 4036.35 (a transfer); A = I: 10 hours × 55.80 = 558.00
    // budget: B 4036.35, net 3478.35, ratio 403635/55800 = 7.23360… → 7.2336
    // societal: C 0, A = I 558.00, B 0, net −558.00, ratio 0.0000
    const r = run(
      kase({
        counterfactual: [{ item: "b.bijstand", quantity: 3, reason: "r" }],
        actual: [{ item: "h.hour", quantity: 10, intervention: true }],
      }),
    );
    expect(r).toMatchObject({
      counterfactualCost: 403635,
      avoidedCost: 403635,
      netReturn: 347835,
      ratio: "7.2336",
    });
    expect(r.societal).toMatchObject({
      counterfactualCost: 0,
      actualCost: 55800,
      interventionCost: 55800,
      avoidedCost: 0,
      netReturn: -55800,
      ratio: "0.0000",
    });
    expect(r.societal.byPayer["gemeente.participatiewet"]?.counterfactualCost).toBe(0);
    expect(r.byPayer["gemeente.participatiewet"]?.counterfactualCost).toBe(403635);
  });

  it("ad-hoc lines can be transfers too", () => {
    const r = run(
      kase({
        counterfactual: [
          { amount: "100.00", description: "toeslag", payer: "rijk", domain: "inkomen", transfer: true, reason: "r" },
        ],
      }),
    );
    expect(r.counterfactualCost).toBe(10000);
    expect(r.societal.counterfactualCost).toBe(0);
  });

  it("splits avoided cost by cashable, non-cashable and unspecified items", () => {
    // C: m.month 1 month 12.45 (cashable) + y.year 1 × 366.00 (not) + e.each 100 × 0.01 = 1.00 (unspecified) = 379.45
    // A: h.hour 1 × 55.80 (cashable, intervention) + d.day 1 × 100.00 (not) + w.week 1 × 70.00 (unspecified) = 225.80; I = 55.80
    // B = 379.45 − (225.80 − 55.80) = 209.45; net = 153.65
    // cashable 12.45 − 55.80 + 55.80 = 12.45; non-cashable 366.00 − 100.00 = 266.00; unspecified 1.00 − 70.00 = −69.00
    const r = run(
      kase({
        counterfactual: [
          { item: "m.month", quantity: 1, reason: "r" },
          { item: "y.year", quantity: 1, reason: "r" },
          { item: "e.each", quantity: 100, reason: "r" },
        ],
        actual: [
          { item: "h.hour", quantity: 1, intervention: true },
          { item: "d.day", quantity: 1 },
          { item: "w.week", quantity: 1 },
        ],
      }),
    );
    expect(r).toMatchObject({
      counterfactualCost: 37945,
      actualCost: 22580,
      interventionCost: 5580,
      avoidedCost: 20945,
      netReturn: 15365,
    });
    expect(r.cashable).toEqual({ cashable: 1245, nonCashable: 26600, unspecified: -6900 });
  });

  it("has no ratio where nothing was invested", () => {
    const r = run(kase({ counterfactual: [{ item: "d.day", quantity: 1, reason: "r" }] }));
    expect(r).not.toHaveProperty("ratio");
    expect(r.societal).not.toHaveProperty("ratio");
  });
});

describe("warnings", () => {
  it("a counterfactual line without a reason", () => {
    const r = run(
      kase({
        counterfactual: [
          { item: "d.day", quantity: 1 },
          { item: "d.day", quantity: 1, reason: "r" },
          { item: "d.day", quantity: 2 },
        ],
      }),
    );
    expect(r.warnings.filter((w) => w.code === "counterfactual_without_reason").map((w) => w.path)).toEqual([
      ["counterfactual", 0],
      ["counterfactual", 2],
    ]);
    expect(r.unexplainedCounterfactualLines).toBe(2);
    expect(r.counterfactualLines).toBe(3);
  });

  it("a period that starts before the case, and an actual line after its end", () => {
    const r = run(
      kase({
        start: "2024-03-01",
        end: "2024-06-30",
        counterfactual: [{ item: "d.day", period: { from: "2024-02-20", through: "2024-03-05" }, reason: "r" }],
        actual: [
          { item: "d.day", period: { from: "2024-06-01", through: "2024-07-10" } },
          { amount: "10.00", description: "x", payer: "gemeente", domain: "wonen", date: "2024-02-01" },
          { item: "d.day", period: { from: "2024-03-01", through: "2024-06-30" } },
        ],
      }),
    );
    expect(r.warnings.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["actual_after_end", "actual.0"],
      ["period_outside_case", "actual.1"],
      ["period_outside_case", "counterfactual.0"],
    ]);
  });

  it("no warning for a counterfactual that runs past the case's end: avoiding a year of detention may outlast the case", () => {
    const r = run(
      kase({
        start: "2024-03-01",
        end: "2024-06-30",
        counterfactual: [{ item: "d.day", period: { from: "2024-03-01", through: "2025-02-28" }, reason: "r" }],
      }),
    );
    expect(r.warnings.filter((w) => w.code === "period_outside_case" || w.code === "actual_after_end")).toEqual([]);
  });

  it("a case without counterfactual", () => {
    const r = run(kase({ actual: [{ item: "h.hour", quantity: 1, intervention: true }] }));
    expect(r.warnings).toEqual([expect.objectContaining({ code: "no_counterfactual", path: ["counterfactual"] })]);
    expect(r).toMatchObject({ counterfactualCost: 0, netReturn: -5580, avoidedCost: 0, ratio: "0.0000" });
  });
});

describe("choosing the list", () => {
  it("takes the version valid on the case's start date, unless pinned", () => {
    const c = (start: string) =>
      parseCaseFile({
        cases: [kase({ start, counterfactual: [{ item: "wonen.huur-corporatie.maand", quantity: 1, reason: "r" }] })],
      }).cases[0]!;
    const ev = createEvaluator({ catalog: bundledCatalog(), pricelist: "sociaal-domein" });
    // 2018 version: 538.00 (price year 2018); 2024 version: 582.00 (2023) × 130.27/126.10 = 601.25
    expect(ev.evaluate(c("2024-01-15"))).toMatchObject({
      counterfactualCost: 53800,
      pricelist: { version: "2018" },
    });
    expect(ev.evaluate(c("2024-01-16"))).toMatchObject({
      counterfactualCost: 60125,
      pricelist: { version: "2024" },
    });
    const pinned = createEvaluator({ catalog: bundledCatalog(), pricelist: "sociaal-domein@2024" });
    expect(pinned.evaluate(c("2024-01-15")).pricelist.version).toBe("2024");
    expect([...ev.lists.keys()].sort()).toEqual(["sociaal-domein@2018", "sociaal-domein@2024"]);
  });

  it("a case's own pricelist wins, and a price year restates the list", () => {
    const c = parseCaseFile({
      cases: [
        kase({
          pricelist: "sociaal-domein@2024",
          counterfactual: [{ item: "daginvulling.dagbesteding.licht.dagdeel", quantity: 1, reason: "r" }],
        }),
      ],
    }).cases[0]!;
    expect(
      createEvaluator({ catalog: bundledCatalog(), pricelist: "zin-referentieprijzen@2024" }).evaluate(c)
        .counterfactualCost,
    ).toBe(3694);
    // in 2023 euros the item is its original 35.76 (13027/12610 then back: 3694 × 12610/13027 = 3575.75… → 35.76)
    expect(createEvaluator({ catalog: bundledCatalog(), priceYear: 2023 }).evaluate(c)).toMatchObject({
      counterfactualCost: 3576,
      pricelist: { priceYear: 2023 },
    });
  });

  it("refuses a list the catalog lacks when the evaluator is made: the caller's problem, said once", () => {
    expect(issuesOf(() => createEvaluator({ catalog: bundledCatalog(), pricelist: "bestaat-niet" }))).toEqual([
      expect.objectContaining({ code: "unknown_pricelist", path: ["pricelist"] }),
    ]);
    expect(issuesOf(() => createEvaluator({ catalog: bundledCatalog(), pricelist: "sociaal-domein@1999" }))).toEqual([
      expect.objectContaining({
        code: "unknown_pricelist",
        path: ["pricelist"],
        message: 'price list "sociaal-domein" has no version "1999"',
        expected: "one of 2018, 2024, 2025, 2026",
      }),
    ]);
  });

  it("refuses a start date before every version, with the path of start", () => {
    const c = parseCaseFile({ cases: [kase({ start: "2017-06-01" })] }).cases[0]!;
    expect(issuesOf(() => createEvaluator({ catalog: bundledCatalog() }).evaluate(c))[0]).toMatchObject({
      code: "no_valid_version",
      path: ["start"],
    });
  });
});
