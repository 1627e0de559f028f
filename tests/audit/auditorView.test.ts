/** What an auditor needs beside the figures: the figure within the horizon, the price sources, the audit's metadata. */
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { isInputError } from "../../src/errors/InputError.js";
import { c1, caseFile, catalog, claim } from "./fixtures.js";

const run = (claims: Record<string, string>[], cases = [c1()], opts: Record<string, unknown> = {}) =>
  audit(parseClaimsFile({ claims }), caseFile(cases), { catalog, ...opts });

const withLine = (line: Record<string, unknown>) => {
  const c = c1();
  (c.counterfactual as Record<string, unknown>[])[1] = line;
  return c;
};

describe("audit: the figure within the policy horizon", () => {
  it("a period 2024-06-01 through 2025-06-30 (395 days × 100.00) is cut at 2025-03-05: 117 days (11,700.00) lie beyond", () => {
    // C = 7500.00 + 39500.00 = 47000.00; A = 2100.00; N = 44900.00. Within the horizon: 44900.00 − 11700.00 = 33200.00.
    const r = run(
      [claim()],
      [withLine({ item: "opvang.dag", period: { from: "2024-06-01", through: "2025-06-30" }, reason: "opvang" })],
    );
    const c = r.claims[0];
    expect(c).toMatchObject({ recomputedSavings: 4_490_000, difference: -3_650_000 });
    expect(c?.withinHorizon).toEqual({
      from: "2024-03-05",
      through: "2025-03-05",
      beyondHorizon: 1_170_000,
      netReturn: 3_320_000,
      recomputedSavings: 3_320_000,
      difference: -2_480_000,
    });
  });

  it("a quantity of 400 days from 2024-03-05 (horizon 365 days): 35/400 of 40,000.00 = 3,500.00 beyond", () => {
    const r = run([claim()], [withLine({ item: "opvang.dag", quantity: "400", reason: "opvang" })]);
    // N = 7500.00 + 40000.00 − 2100.00 = 45400.00; within 41900.00
    expect(r.claims[0]?.withinHorizon).toMatchObject({ beyondHorizon: 350_000, netReturn: 4_190_000 });
  });

  it("a dated line after the horizon lies beyond it entirely; a claim within the horizon has no such figure", () => {
    // C = 7500.00 + 300.00; N = 7800.00 − 2100.00 = 5700.00; within the horizon 5400.00
    const late = run(
      [claim()],
      [
        withLine({
          amount: "300.00",
          description: "opvang later",
          payer: "gemeente",
          domain: "wonen",
          date: "2025-06-01",
          reason: "x",
        }),
      ],
    );
    expect(late.claims[0]?.withinHorizon).toMatchObject({ beyondHorizon: 30_000, recomputedSavings: 540_000 });
    expect(run([claim()]).claims[0]?.withinHorizon).toBeUndefined();
  });

  it("a probability-weighted counterfactual: the part beyond is weighted like the line (0.5 × 11,700.00 = 5,850.00)", () => {
    const c = c1({
      counterfactual: {
        alternatives: [
          { probability: "0.5", lines: [{ item: "uitzetting", quantity: "1", reason: "vonnis" }] },
          {
            probability: "0.5",
            lines: [{ item: "opvang.dag", period: { from: "2024-06-01", through: "2025-06-30" }, reason: "opvang" }],
          },
        ],
      },
    });
    expect(run([claim()], [c]).claims[0]?.withinHorizon).toMatchObject({ beyondHorizon: 585_000 });
  });
});

describe("audit: sources of the prices", () => {
  it("lists the source of every item a recomputation priced, once, by list and item", () => {
    const r = run([claim(), claim({ id: "k2", caseId: "c2", purpose: "ander" })], [c1(), c1({ id: "c2" })]);
    expect(r.sources).toEqual(
      ["begeleiding.uur", "opvang.dag", "uitzetting"].map((item) => ({
        list: "test-lijst@2024",
        item,
        title: "test",
        year: 2024,
      })),
    );
  });
});

describe("audit: metadata", () => {
  it("records auditor, date and scope with the settings", () => {
    const r = run([claim()], [c1()], {
      auditor: " A. de Vries RA ",
      auditDate: "2024-12-01",
      scope: "werkbudget Ruwaard 2024",
    });
    expect(r.settings).toEqual({
      tolerance: 0,
      maxHorizonMonths: 12,
      auditor: "A. de Vries RA",
      auditDate: "2024-12-01",
      scope: "werkbudget Ruwaard 2024",
    });
  });

  it("refuses a date that is not a calendar date and empty or multi-line text, each with its path", () => {
    try {
      run([claim()], [c1()], { auditDate: "2024-02-30", auditor: "", scope: "a\nb" });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      if (isInputError(e)) expect(e.issues.map((i) => i.path.join("."))).toEqual(["auditor", "scope", "auditDate"]);
    }
  });
});
