import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseInput } from "../../src/index.js";
import { bundledCatalog, createEvaluator, InputError, parseCaseFile, resolvePriceList } from "../../src/index.js";
import { randomCase } from "../fixtures/arbitraries.js";

const catalog = bundledCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
const evaluator = () => createEvaluator({ catalog, pricelist: "sociaal-domein@2024", trail: true });
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw e;
  }
  return [];
};

// A detention year that would have run all of 2024: 366 days of justitie.detentie.dag, EUR 250.00 in
// 2016 euros restated to EUR 324.64 in the 2024 list's price year (sociaal-domein@2024),
// a single eviction cost dated in November, and a support intervention of EUR 3,000.00.
const base: CaseInput = {
  id: "terugval",
  wijk: "Zuidoost",
  start: "2024-01-01",
  counterfactual: [
    { item: "justitie.detentie.dag", period: { from: "2024-01-01", through: "2024-12-31" }, reason: "zonder hulp" },
    { amount: "7500.00", description: "ontruiming", payer: "woningcorporatie", domain: "wonen", date: "2024-11-15" },
  ],
  actual: [{ amount: "3000.00", description: "begeleiding", payer: "gemeente", domain: "wonen", intervention: true }],
};

describe("follow-up: a relapse cuts the counterfactual at its date", () => {
  it("relapse half-way (1 July 2024): 182 of 366 days of detention are avoided, the November eviction is not (by hand)", () => {
    const held = evaluator().evaluate(parseCaseFile({ cases: [base] }).cases[0]!);
    expect(held.lines?.[1]?.unitPrice).toBe(32464);
    // 366 × 324.64 = 118,818.24 + 7,500.00 = 126,318.24 counterfactual
    expect(held.counterfactualCost).toBe(12631824);
    const relapsed = parseCaseFile({
      cases: [
        {
          ...base,
          followUp: [
            { date: "2024-04-01", status: "held" },
            { date: "2024-09-01", status: "relapsed", relapseDate: "2024-07-01", note: "opnieuw aangehouden" },
          ],
        },
      ],
    }).cases[0]!;
    const r = evaluator().evaluate(relapsed);
    // 1 January through 30 June 2024: 31 + 29 + 31 + 30 + 31 + 30 = 182 days × 324.64 = 59,084.48;
    // the eviction of 15 November falls after the relapse and is not avoided.
    expect(r.counterfactualCost).toBe(5908448);
    expect(r.avoidedCost).toBe(5908448);
    expect(r.netReturn).toBe(5608448);
    expect(r.relapse).toEqual({
      date: "2024-07-01",
      path: ["followUp", 1],
      cut: [["counterfactual", 0]],
      dropped: [["counterfactual", 1]],
    });
    const line = r.lines?.find((l) => l.side === "counterfactual");
    expect(line?.period).toEqual({ from: "2024-01-01", through: "2024-06-30" });
    expect(line?.quantity).toBe("182");
    expect(line?.relapseCut).toEqual({
      relapseDate: "2024-07-01",
      written: { from: "2024-01-01", through: "2024-12-31" },
    });
    expect(r.warnings.map((w) => [w.code, w.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["counterfactual_cut_at_relapse", "counterfactual.0"],
        ["counterfactual_dropped_at_relapse", "counterfactual.1"],
      ]),
    );
  });

  it("the earliest of several relapses counts; a relapse on the start drops an undated line", () => {
    const c = parseCaseFile({
      cases: [
        {
          ...base,
          counterfactual: [{ item: "justitie.detentie.dag", quantity: "10", reason: "r" }],
          followUp: [
            { date: "2024-09-01", status: "relapsed", relapseDate: "2024-05-01" },
            { date: "2024-02-01", status: "relapsed", relapseDate: "2024-01-01" },
          ],
        },
      ],
    }).cases[0]!;
    const r = evaluator().evaluate(c);
    expect(r.relapse?.date).toBe("2024-01-01");
    expect(r.counterfactualCost).toBe(0);
    expect(r.counterfactualLines).toBe(1);
  });

  it("cuts every alternative of a weighted counterfactual alike", () => {
    const c = parseCaseFile({
      cases: [
        {
          ...base,
          counterfactual: {
            alternatives: [
              {
                probability: "0.5",
                lines: [{ item: "justitie.detentie.dag", period: { from: "2024-01-01", through: "2024-01-10" } }],
              },
              {
                probability: "0.5",
                lines: [{ item: "justitie.detentie.dag", period: { from: "2024-01-01", through: "2024-01-20" } }],
              },
            ],
          },
          followUp: [{ date: "2024-02-01", status: "relapsed", relapseDate: "2024-01-06" }],
        },
      ],
    }).cases[0]!;
    // both alternatives run 1–5 January: 5 days × 324.64 = 1,623.20 (0.5 × 1,623.20 + 0.5 × 1,623.20)
    expect(evaluator().evaluate(c).counterfactualCost).toBe(162320);
  });

  it("property: follow-up with every case held (or unknown, or an x- status) changes nothing", () => {
    const checkpoint = fc.record({
      date: fc.constantFrom("2025-01-15", "2026-12-31"),
      status: fc.constantFrom("held" as const, "unknown" as const, "x-verhuisd" as const),
    });
    fc.assert(
      fc.property(randomCase(list), fc.array(checkpoint, { minLength: 1, maxLength: 4 }), (input, followUp) => {
        const ev = evaluator();
        const plain = ev.evaluate(parseCaseFile({ cases: [input] }).cases[0]!);
        const followed = ev.evaluate(parseCaseFile({ cases: [{ ...input, followUp }] }).cases[0]!);
        // The result carries the checkpoints as written (the roll-up counts them); nothing else changes.
        const { followUp: written, ...rest } = followed;
        expect(rest).toEqual(plain);
        expect(written).toEqual(followUp);
        expect(ev.totals(parseCaseFile({ cases: [{ ...input, followUp }] }).cases[0]!)).toEqual(
          ev.totals(parseCaseFile({ cases: [input] }).cases[0]!),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("property: a relapse never raises the counterfactual cost, and the compiled totals agree with evaluate", () => {
    fc.assert(
      fc.property(randomCase(list, { alternatives: false }), fc.integer({ min: 0, max: 700 }), (input, offset) => {
        const relapseDate = new Date(Date.UTC(2024, 0, 16 + offset)).toISOString().slice(0, 10);
        const date = relapseDate < "2026-01-01" ? "2026-01-01" : relapseDate;
        const ev = evaluator();
        const plain = ev.evaluate(parseCaseFile({ cases: [input] }).cases[0]!);
        const c = parseCaseFile({
          cases: [{ ...input, start: "2024-01-16", followUp: [{ date, status: "relapsed", relapseDate }] }],
        }).cases[0]!;
        const r = ev.evaluate(c);
        expect(r.counterfactualCost).toBeLessThanOrEqual(plain.counterfactualCost);
        const t = ev.compile([c]).totals(0);
        let cents = 0;
        for (const p of t.payers.values()) cents += p.counterfactualCost;
        expect(cents).toBe(r.counterfactualCost);
      }),
      { numRuns: 100 },
    );
  });
});

describe("follow-up: errors with their paths", () => {
  it("a follow-up before the case starts", () => {
    const issues = issuesOf(() =>
      parseCaseFile({ cases: [{ ...base, followUp: [{ date: "2023-12-01", status: "held" }] }] }),
    );
    expect(issues.map((i) => i.path)).toEqual(["cases.0.followUp.0.date"]);
    expect(issues[0]?.message).toMatch(/before the case started/);
  });

  it("a relapse without a date, a relapse after its checkpoint, relapseDate on another status, an unknown status", () => {
    const issues = issuesOf(() =>
      parseCaseFile({
        cases: [
          {
            ...base,
            followUp: [
              { date: "2024-06-01", status: "relapsed" },
              { date: "2024-06-01", status: "relapsed", relapseDate: "2024-07-01" },
              { date: "2024-06-01", status: "held", relapseDate: "2024-05-01" },
              { date: "2024-06-01", status: "weggegaan" },
            ],
          },
        ],
      }),
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual([
      "cases.0.followUp.0.relapseDate",
      "cases.0.followUp.1.relapseDate",
      "cases.0.followUp.2.relapseDate",
      "cases.0.followUp.3.status",
    ]);
    expect(issues[0]?.message).toMatch(/relapse needs the date/);
  });

  it("a relapse dated before the case starts", () => {
    const issues = issuesOf(() =>
      parseCaseFile({
        cases: [{ ...base, followUp: [{ date: "2024-03-01", status: "relapsed", relapseDate: "2023-12-31" }] }],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["cases.0.followUp.0.relapseDate"]);
  });
});
