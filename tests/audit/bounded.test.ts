/** Findings that relate many claims are grouped: output grows linearly with the number of claims. */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { c1, caseFile, catalog, claim } from "./fixtures.js";

const onOneSpending = (n: number) =>
  audit(
    parseClaimsFile({ claims: Array.from({ length: n }, (_, i) => claim({ id: `k${i + 1}` })) }),
    caseFile([c1()]),
    { catalog },
  );

describe("audit: many claims on one spending", () => {
  it("5,000 claims on one spending: one duplicate group, findings naming at most 3 others, linear output", () => {
    const r = onOneSpending(5000);
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0]).toMatchObject({
      id: "D1",
      first: "k1",
      spending: { date: "2024-03-05", amount: 150_000, purpose: "huurachterstand" },
    });
    expect(r.duplicates[0]?.claims).toHaveLength(5000);
    const f = r.claims[4999]?.findings[0];
    expect(f).toMatchObject({ code: "duplicate_spending", group: "D1", first: "k1", moreOthers: 4996 });
    expect(f?.code === "duplicate_spending" ? f.others : []).toHaveLength(3);
    expect(r.claims[0]).toMatchObject({ status: "confirmed", recomputedSavings: 840_000 });
    expect(r.summary.byStatus).toEqual({ confirmed: 1, overclaimed: 4999, underclaimed: 0, unverifiable: 0 });
    // Linear: five times the claims give about five times the text (quadratic growth would give 25 times).
    const small = JSON.stringify(onOneSpending(1000)).length;
    expect(JSON.stringify(r).length / small).toBeLessThan(5.5);
  });
});
