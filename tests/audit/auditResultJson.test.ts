import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { auditResultToJson } from "../../src/audit/auditResultJson.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { centsToString } from "../../src/money/cents.js";
import { c1, caseFile, catalog, claim } from "./fixtures.js";

/** Every key that holds an amount somewhere in an audit result (and nothing else under that name). */
const MONEY = new Set([
  "amount",
  "claimedSavings",
  "recomputedSavings",
  "difference",
  "unexplainedSavings",
  "counterfactualCost",
  "actualCost",
  "interventionCost",
  "netReturn",
  "unexplainedCounterfactualCost",
  "beyondHorizon",
  "claimedTotal",
  "confirmedTotal",
  "recomputedTotal",
  "overclaimedExcess",
  "underclaimedShortfall",
  "unverifiableTotal",
  "unexplainedTotal",
  "tolerance",
  "caseNetReturn",
  "claimedAmount",
  "namedListNetReturn",
  "cost",
  "unitPrice",
]);

/**
 * The written form against the result, leaf by leaf: the same keys in the same order, every amount
 * (a number under a money key) its two-decimal string, everything else unchanged.
 */
function expectWritten(json: unknown, cents: unknown, path = "result"): void {
  if (Array.isArray(cents)) {
    expect(Array.isArray(json), path).toBe(true);
    expect((json as unknown[]).length, path).toBe(cents.length);
    for (const [i, c] of cents.entries()) expectWritten((json as unknown[])[i], c, `${path}[${i}]`);
    return;
  }
  if (cents !== null && typeof cents === "object") {
    const o = cents as Record<string, unknown>;
    const j = json as Record<string, unknown>;
    expect(Object.keys(j), path).toEqual(Object.keys(o));
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (MONEY.has(k) && typeof v === "number") expect(j[k], `${path}.${k}`).toBe(centsToString(v));
      else expectWritten(j[k], v, `${path}.${k}`);
    }
    return;
  }
  expect(json, path).toBe(cents);
}

const run = (claims: Record<string, string>[], cases = [c1()], opts: { tolerance?: string } = {}) =>
  audit(parseClaimsFile({ claims }), caseFile(cases), { catalog, ...opts });

describe("auditResultToJson", () => {
  it("writes every amount as a two-decimal string, the keys in the result's order", () => {
    const r = run([claim({ claimedSavings: "9000.00" }), claim({ id: "k2", caseId: "c9" })]);
    expect(r.claims[0]?.claimedSavings).toBe(900_000);
    const j = auditResultToJson(r);
    expect(j.settings.tolerance).toBe("0.00");
    expect(j.claims[0]).toMatchObject({
      amount: "1500.00",
      claimedSavings: "9000.00",
      recomputedSavings: "8400.00",
      difference: "600.00",
      unexplainedSavings: "0.00",
    });
    expect(Object.keys(j.claims[0] ?? {})).toEqual([
      "id",
      "caseId",
      "date",
      "amount",
      "purpose",
      "status",
      "claimedSavings",
      "recomputedSavings",
      "difference",
      "unexplainedSavings",
      "recomputation",
      "findings",
    ]);
    expect(j.claims[0]?.recomputation?.netReturn).toBe("8400.00");
    expect(j.claims[0]?.recomputation?.lines.find((l) => l.item === "uitzetting")?.cost).toBe("7500.00");
    expect(j.claims[0]?.findings[1]).toMatchObject({
      code: "savings_above_recomputed",
      claimedSavings: "9000.00",
      recomputedSavings: "8400.00",
      difference: "600.00",
      tolerance: "0.00",
      caseNetReturn: "8400.00",
    });
    expect(j.claims[1]).toMatchObject({ recomputedSavings: null, difference: null });
    expect(j.summary).toMatchObject({ claimedTotal: "17400.00", overclaimedExcess: "600.00" });
    expect(Object.keys(j.summary)).toEqual(Object.keys(r.summary));
    expectWritten(j, r);
  });

  it("writes the amounts of every finding's evidence, the duplicate groups and the horizon figures", () => {
    const c = c1();
    (c.counterfactual as Record<string, unknown>[])[1] = {
      item: "opvang.dag",
      period: { from: "2024-06-01", through: "2025-06-30" },
    };
    const r = run(
      [
        claim({ claimedSavings: "100.00" }),
        claim({ id: "k2", purpose: "huur maart" }),
        claim({ id: "k3", date: "2024-04-01", purpose: "elders" }),
        claim({ id: "k4", amount: "1400.00", purpose: "anders" }),
        claim({ id: "k5", pricelist: "test-lijst@2023", purpose: "oud" }),
        claim({ id: "k6", purpose: "huurachterstand", caseId: "c2" }),
      ],
      [c, c1({ id: "c2" })],
    );
    const j = auditResultToJson(r);
    const codes = new Set(j.claims.flatMap((x) => x.findings.map((f) => f.code)));
    for (const code of [
      "duplicate_spending",
      "spending_not_found",
      "spending_amount_differs",
      "counterfactual_without_reason",
      "counterfactual_horizon_exceeded",
      "pricelist_not_valid_on_date",
      "savings_below_recomputed",
    ])
      expect(codes, code).toContain(code);
    expect(j.claims[0]?.withinHorizon?.beyondHorizon).toMatch(/^\d+\.\d\d$/);
    expect(j.duplicates.length).toBeGreaterThan(0);
    expectWritten(j, r);
  });

  it("is the string form the audit wrote before it held cents, for any claims (property)", () => {
    const cents = fc.integer({ min: 0, max: 2_000_000 });
    const oneClaim = fc.record({
      amount: fc.constantFrom(150_000, 60_000, 140_000),
      claimed: cents,
      date: fc.constantFrom("2024-03-05", "2024-04-01", "2022-06-01"),
      caseId: fc.constantFrom("c1", "c2", "c9"),
      purpose: fc.constantFrom("huurachterstand", "begeleiding", "huur maart"),
    });
    fc.assert(
      fc.property(fc.array(oneClaim, { minLength: 1, maxLength: 6 }), fc.nat(50_000), (claims, tol) => {
        const r = run(
          claims.map((x, i) =>
            claim({
              id: `k${i}`,
              caseId: x.caseId,
              date: x.date,
              amount: centsToString(x.amount),
              purpose: x.purpose,
              claimedSavings: centsToString(x.claimed),
            }),
          ),
          [c1(), c1({ id: "c2" })],
          { tolerance: centsToString(tol) },
        );
        const j = auditResultToJson(r);
        expectWritten(j, r);
        // Written, the totals are the exact sums of the written claims.
        const sum = (pick: (c: (typeof r.claims)[number]) => number) => r.claims.reduce((s, c) => s + pick(c), 0);
        expect(j.summary.claimedTotal).toBe(centsToString(sum((c) => c.claimedSavings)));
        expect(j.summary.recomputedTotal).toBe(centsToString(sum((c) => c.recomputedSavings ?? 0)));
      }),
      { numRuns: 60 },
    );
  });
});
