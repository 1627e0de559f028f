import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { isInputError } from "../../src/errors/InputError.js";
import { c1, caseFile, catalog, claim } from "./fixtures.js";

const run = (
  claims: Record<string, string>[],
  cases = [c1()],
  opts: { tolerance?: string; maxHorizonMonths?: number } = {},
) => audit(parseClaimsFile({ claims }), caseFile(cases), { catalog, ...opts });
const codes = (r: ReturnType<typeof run>, i = 0) => r.claims[i]?.findings.map((f) => f.code);

describe("audit: statuses", () => {
  it("confirms a claim equal to the recomputed net return (8400.00, see fixtures)", () => {
    const r = run([claim()]);
    expect(r.claims[0]).toMatchObject({
      status: "confirmed",
      claimedSavings: 840_000,
      recomputedSavings: 840_000,
      difference: 0,
      unexplainedSavings: 0,
    });
    expect(r.claims[0]?.findings).toEqual([]);
    expect(r.claims[0]?.recomputation).toMatchObject({
      counterfactualCost: 1_050_000,
      actualCost: 210_000,
      interventionCost: 210_000,
      netReturn: 840_000,
    });
    expect(r.claims[0]?.recomputation?.pricelist).toMatchObject({ id: "test-lijst", version: "2024" });
    expect(r.summary).toMatchObject({
      claimedTotal: 840_000,
      confirmedTotal: 840_000,
      byStatus: { confirmed: 1, overclaimed: 0, underclaimed: 0, unverifiable: 0 },
    });
  });

  it("finds an overclaim: 9000.00 claimed against 8400.00 → 600.00 too much", () => {
    const r = run([claim({ claimedSavings: "9000.00" })]);
    expect(r.claims[0]?.status).toBe("overclaimed");
    const f = r.claims[0]?.findings.find((x) => x.code === "savings_above_recomputed");
    expect(f).toMatchObject({
      claimedSavings: 900_000,
      recomputedSavings: 840_000,
      difference: 60_000,
      tolerance: 0,
    });
    expect(r.summary.overclaimedExcess).toBe(60_000);
  });

  it("finds an underclaim: 8000.00 claimed against 8400.00 → 400.00 short", () => {
    const r = run([claim({ claimedSavings: "8000.00" })]);
    expect(r.claims[0]?.status).toBe("underclaimed");
    expect(codes(r)).toEqual(["savings_below_recomputed"]);
    expect(r.summary.underclaimedShortfall).toBe(40_000);
  });

  it("applies the tolerance inclusively: |8000.00 − 8400.00| = 400.00 is confirmed at 400.00, not at 399.99", () => {
    expect(run([claim({ claimedSavings: "8000.00" })], [c1()], { tolerance: "400.00" }).claims[0]?.status).toBe(
      "confirmed",
    );
    expect(run([claim({ claimedSavings: "8000.00" })], [c1()], { tolerance: "399.99" }).claims[0]?.status).toBe(
      "underclaimed",
    );
  });

  it("is to the cent by default: 8400.01 is overclaimed", () => {
    expect(run([claim({ claimedSavings: "8400.01" })]).claims[0]?.status).toBe("overclaimed");
  });

  it("refuses a bad tolerance or horizon as an InputError", () => {
    expect(() => run([claim()], [c1()], { tolerance: "-1" })).toThrow(/negative/);
    try {
      run([claim()], [c1()], { maxHorizonMonths: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e) && e.issues[0]?.path).toEqual(["maxHorizonMonths"]);
    }
  });
});

describe("audit: finding codes", () => {
  it("case_not_found → unverifiable, no recomputed savings", () => {
    const r = run([claim({ caseId: "c9" })]);
    expect(r.claims[0]).toMatchObject({ status: "unverifiable", recomputedSavings: null, difference: null });
    expect(r.claims[0]?.findings[0]).toMatchObject({ code: "case_not_found", caseId: "c9" });
    expect(r.summary.unverifiableTotal).toBe(840_000);
  });

  it("spending_not_found: 1500.00 on 2024-04-01 while the case records it on 2024-03-05", () => {
    const r = run([claim({ date: "2024-04-01" })]);
    expect(r.claims[0]?.status).toBe("unverifiable");
    const f = r.claims[0]?.findings.find((x) => x.code === "spending_not_found");
    expect(f).toMatchObject({ claimedAmount: 150_000, date: "2024-04-01" });
    expect(f?.interventionLines).toHaveLength(2);
  });

  it("spending_amount_differs: 1400.00 claimed where the case records 1500.00 on that day", () => {
    const r = run([claim({ amount: "1400.00" })]);
    expect(r.claims[0]?.status).toBe("unverifiable");
    const f = r.claims[0]?.findings.find((x) => x.code === "spending_amount_differs");
    expect(f).toMatchObject({
      claimedAmount: 140_000,
      lines: [{ cost: 150_000, date: "2024-03-05", path: ["actual", 0] }],
    });
  });

  it("matches an undated intervention line on amount alone (begeleiding 10 h = 600.00)", () => {
    const r = run([claim({ amount: "600.00", date: "2024-05-01" })]);
    expect(codes(r)).toEqual([]);
  });

  it("duplicate_spending: the same spending in two cases; the first keeps it, the second is attributed 0.00", () => {
    const r = run([claim(), claim({ id: "k2", caseId: "c2" })], [c1(), c1({ id: "c2" })]);
    expect(r.claims[0]).toMatchObject({ status: "confirmed", recomputedSavings: 840_000 });
    expect(codes(r, 0)).toEqual(["duplicate_spending"]);
    expect(r.claims[1]).toMatchObject({ status: "overclaimed", recomputedSavings: 0, difference: 840_000 });
    expect(codes(r, 1)).toEqual(["duplicate_spending", "savings_above_recomputed"]);
    expect(r.claims[1]?.findings[0]).toMatchObject({ first: "k1", others: [{ claim: "k1", caseId: "c1" }] });
  });

  it("duplicate_spending within one case (claimed twice), purpose compared case- and space-insensitively", () => {
    const r = run([claim(), claim({ id: "k2", purpose: "  Huurachterstand " })]);
    expect(r.claims.map((c) => c.status)).toEqual(["confirmed", "overclaimed"]);
  });

  it("duplicate_spending: the claim whose case records the spending keeps it, even when a claim on a missing case comes first in the file", () => {
    // k0 names case c9, which does not exist; k1 claims the same spending (2024-03-05, 1500.00, huurachterstand) on c1,
    // which records it: k1 keeps the spending and its 8400.00, k0 stays unverifiable.
    const r = run([claim({ id: "k0", caseId: "c9" }), claim()]);
    expect(r.claims.map((c) => [c.id, c.status, c.recomputedSavings])).toEqual([
      ["k0", "unverifiable", null],
      ["k1", "confirmed", 840_000],
    ]);
    expect(r.claims[1]?.findings.find((f) => f.code === "duplicate_spending")).toMatchObject({
      first: "k1",
      others: [{ claim: "k0", caseId: "c9" }],
    });
  });

  it("duplicate_spending: one intervention line claimed twice in its case under different purposes; the second claim is attributed 0.00", () => {
    // c1 records one werkbudget payment of 1500.00 on 2024-03-05 (actual[0]); k2 claims it again as "huur maart".
    const r = run([claim(), claim({ id: "k2", purpose: "huur maart", claimedSavings: "100.00" })]);
    expect(r.claims.map((c) => [c.id, c.status, c.recomputedSavings])).toEqual([
      ["k1", "confirmed", 840_000],
      ["k2", "overclaimed", 0],
    ]);
    expect(r.claims[1]?.findings[0]).toMatchObject({
      code: "duplicate_spending",
      first: "k1",
      others: [{ claim: "k1", caseId: "c1" }],
      line: { path: ["actual", 0], cost: 150_000 },
    });
    expect(codes(r, 0)).toEqual(["duplicate_spending"]);
  });

  it("two claims on two equal intervention lines of one case are two spendings, not a duplicate", () => {
    // Two payments of 500.00 on 2024-04-01: C = 10500.00, A = 1500 + 500 + 500 = 2500.00, N = 8000.00 = 7000.00 + 1000.00
    const c = c1({
      actual: [
        {
          amount: "1500.00",
          description: "huur",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          date: "2024-03-05",
          intervention: true,
        },
        {
          amount: "500.00",
          description: "energie",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          date: "2024-04-01",
          intervention: true,
        },
        {
          amount: "500.00",
          description: "water",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          date: "2024-04-01",
          intervention: true,
        },
      ],
    });
    const r = run(
      [
        claim({ id: "a", date: "2024-04-01", amount: "500.00", purpose: "energie", claimedSavings: "7000.00" }),
        claim({ id: "b", date: "2024-04-01", amount: "500.00", purpose: "water", claimedSavings: "1000.00" }),
      ],
      [c],
    );
    expect(r.claims.map((x) => [x.status, x.recomputedSavings])).toEqual([
      ["confirmed", 700_000],
      ["confirmed", 100_000],
    ]);
    expect(r.summary.findings).toEqual({});
  });

  it("counterfactual_without_reason: opvang (3000.00) unexplained; of 8400.00 claimed, 8400.00 − (8400.00 − 3000.00) = 3000.00 rests on it", () => {
    const c = c1();
    const cf = c.counterfactual as Record<string, unknown>[];
    delete cf[1]?.reason;
    const r = run([claim()], [c]);
    expect(r.claims[0]?.status).toBe("confirmed");
    expect(r.claims[0]?.findings[0]).toMatchObject({
      code: "counterfactual_without_reason",
      path: ["counterfactual", 1],
      item: "opvang.dag",
      cost: 300_000,
    });
    expect(r.claims[0]?.unexplainedSavings).toBe(300_000);
    expect(r.claims[0]?.recomputation?.unexplainedCounterfactualCost).toBe(300_000);
    expect(r.summary.unexplainedTotal).toBe(300_000);
    // A claim of 5000.00 is covered by the explained 5400.00: nothing rests on the unexplained line.
    expect(run([claim({ claimedSavings: "5000.00" })], [c]).claims[0]?.unexplainedSavings).toBe(0);
  });

  it("a second claim on a case, after another case was priced, reads that case's own lines (not the last priced)", () => {
    // c1's opvang line has no reason (3000.00 unexplained); c2's lines all have one. Pricing c2 between the
    // two claims on c1 once left the second reading c2's lines from the engine's shared set (0.00 unexplained).
    const a = c1();
    delete (a.counterfactual as Record<string, unknown>[])[1]?.reason;
    const b = c1({
      id: "c2",
      counterfactual: [
        { item: "uitzetting", quantity: "1", reason: "vonnis" },
        { item: "opvang.dag", quantity: "3", reason: "opvang" },
      ],
    });
    const r = run(
      [
        claim({ id: "k1", claimedSavings: "8400.00" }),
        claim({ id: "k2", caseId: "c2", claimedSavings: "5400.00" }),
        claim({ id: "k3", date: "2024-03-06", purpose: "nog een uitgave", claimedSavings: "8400.00" }),
      ],
      [a, b],
    );
    const unexplained = r.claims.map((x) => x.recomputation?.unexplainedCounterfactualCost);
    expect(unexplained).toEqual([300_000, 0, 300_000]);
    expect(r.claims[2]?.findings.map((f) => f.code)).toContain("counterfactual_without_reason");
  });

  it("weights unexplained lines of alternatives by probability: 0.5 × 7500.00 = 3750.00", () => {
    const c = c1({
      counterfactual: {
        alternatives: [
          { probability: "0.5", lines: [{ item: "uitzetting", quantity: "1" }] },
          { probability: "0.5", lines: [{ item: "opvang.dag", quantity: "30", reason: "opvang" }] },
        ],
      },
    });
    // C = 0.5 × 7500 + 0.5 × 3000 = 5250.00; N = 5250.00 − 2100.00 = 3150.00
    const r = run([claim({ claimedSavings: "3150.00" })], [c]);
    expect(r.claims[0]?.recomputation).toMatchObject({
      netReturn: 315_000,
      unexplainedCounterfactualCost: 375_000,
    });
    // explained support max(0, 3150 − 3750) = 0: all 3150.00 rests on the unexplained line
    expect(r.claims[0]?.unexplainedSavings).toBe(315_000);
  });

  it("counterfactual_horizon_exceeded: a period through 2025-06-30 is beyond 12 months from 2024-03-05 (2025-03-05)", () => {
    const c = c1();
    (c.counterfactual as Record<string, unknown>[])[1] = {
      item: "opvang.dag",
      period: { from: "2024-06-01", through: "2025-06-30" },
      reason: "opvang",
    };
    const r = run([claim({ claimedSavings: "0.00" })], [c]);
    const f = r.claims[0]?.findings.find((x) => x.code === "counterfactual_horizon_exceeded");
    expect(f).toMatchObject({
      end: "2025-06-30",
      horizonStart: "2024-03-05",
      horizonEnd: "2025-03-05",
      maxHorizonMonths: 12,
      path: ["counterfactual", 1],
    });
    expect(
      run([claim({ claimedSavings: "0.00" })], [c], { maxHorizonMonths: 24 }).claims[0]?.findings.some(
        (x) => x.code === "counterfactual_horizon_exceeded",
      ),
    ).toBe(false);
  });

  it("counterfactual_horizon_exceeded for quantities: 366 days exceed 2024-03-05 → 2025-03-05 (365 days), 365 do not; 13 months exceed 12", () => {
    const withQty = (q: string, item = "opvang.dag") => {
      const c = c1();
      (c.counterfactual as Record<string, unknown>[])[1] = { item, quantity: q, reason: "opvang" };
      return run([claim({ claimedSavings: "0.00" })], [c]).claims[0]?.findings.filter(
        (x) => x.code === "counterfactual_horizon_exceeded",
      ).length;
    };
    expect(withQty("366")).toBe(1);
    expect(withQty("365")).toBe(0);
  });

  it("pricelist_not_valid_on_date: the claim names test-lijst@2023 on 2024-03-05, when @2024 applied", () => {
    const r = run([claim({ pricelist: "test-lijst@2023" })]);
    const f = r.claims[0]?.findings[0];
    // recomputed with @2024 (8400.00); with @2023 uitzetting is 7000.00, so N would be 7900.00
    expect(f).toMatchObject({
      code: "pricelist_not_valid_on_date",
      named: "test-lijst@2023",
      namedValidFrom: "2023-01-01",
      validOnDate: "test-lijst@2024",
      namedListNetReturn: 790_000,
    });
    expect(r.claims[0]).toMatchObject({ status: "confirmed", recomputedSavings: 840_000 });
  });

  it("pricelist_not_valid_on_date: a named version not yet valid on the spending date is replaced by the one that was", () => {
    const r = run(
      [claim({ date: "2023-12-20", pricelist: "test-lijst@2024" })],
      [
        c1({
          start: "2023-12-01",
          actual: [
            {
              amount: "1500.00",
              description: "huur",
              payer: "gemeente.werkbudget",
              domain: "wonen",
              date: "2023-12-20",
              intervention: true,
            },
          ],
        }),
      ],
    );
    expect(r.claims[0]?.findings[0]).toMatchObject({
      code: "pricelist_not_valid_on_date",
      namedValidFrom: "2024-01-01",
      validOnDate: "test-lijst@2023",
    });
    // @2023: C = 7000 + 3000 = 10000.00; A = 1500.00; N = 8500.00
    expect(r.claims[0]?.recomputedSavings).toBe(850_000);
  });

  it("pricelist_not_valid_on_date: no version valid before 2023-01-01 → unverifiable", () => {
    const r = run([claim({ date: "2022-06-01" })]);
    expect(r.claims[0]?.status).toBe("unverifiable");
    expect(r.claims[0]?.findings[0]).toMatchObject({
      code: "pricelist_not_valid_on_date",
      list: "test-lijst",
      date: "2022-06-01",
    });
  });

  it("no_counterfactual → unverifiable", () => {
    const r = run([claim({ claimedSavings: "0.00" })], [c1({ counterfactual: [] })]);
    expect(r.claims[0]?.status).toBe("unverifiable");
    expect(codes(r)).toContain("no_counterfactual");
  });

  it("case_not_priceable: an item only on @2024 with a spending date in 2023 → unverifiable with the issue", () => {
    const c = c1({ start: "2023-06-01" });
    (c.actual as Record<string, unknown>[]).push({ item: "nieuw.item", quantity: "1" });
    const r = run([claim({ date: "2023-06-05" })], [c]);
    expect(r.claims[0]?.status).toBe("unverifiable");
    expect(r.claims[0]?.findings[0]).toMatchObject({
      code: "case_not_priceable",
      pricelist: "test-lijst@2023",
      issues: [{ code: "unknown_item", path: ["actual", 2, "item"] }],
    });
  });
});

describe("audit: several claims on one case", () => {
  // Two werkbudget lines, 1500.00 (2024-03-05) and 500.00 (2024-04-01), no begeleiding:
  // C = 10500.00, A = 2000.00, N = 8500.00, attributed in date order.
  const two = () =>
    c1({
      actual: [
        {
          amount: "1500.00",
          description: "huur",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          date: "2024-03-05",
          intervention: true,
        },
        {
          amount: "500.00",
          description: "energie",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          date: "2024-04-01",
          intervention: true,
        },
      ],
    });
  it("the first claim gets min(claimed, net), the last the rest: 6000.00 + 2500.00 = 8500.00", () => {
    const r = run(
      [
        claim({ id: "b", date: "2024-04-01", amount: "500.00", purpose: "energie", claimedSavings: "2000.00" }),
        claim({ id: "a", claimedSavings: "6000.00" }),
      ],
      [two()],
    );
    expect(r.claims.map((c) => [c.id, c.recomputedSavings, c.status])).toEqual([
      ["b", 250_000, "underclaimed"],
      ["a", 600_000, "confirmed"],
    ]);
    expect(r.claims[0]?.recomputation?.claimsOnCase).toEqual(["a", "b"]);
    expect(r.summary.recomputedTotal).toBe(850_000);
  });
  it("claims summing above the net return: the later one is overclaimed by the excess (6000 + 3000 − 8500 = 500.00)", () => {
    const r = run(
      [
        claim({ id: "a", claimedSavings: "6000.00" }),
        claim({ id: "b", date: "2024-04-01", amount: "500.00", purpose: "energie", claimedSavings: "3000.00" }),
      ],
      [two()],
    );
    expect(r.claims.map((c) => c.status)).toEqual(["confirmed", "overclaimed"]);
    expect(r.claims[1]?.difference).toBe(50_000);
  });
});
