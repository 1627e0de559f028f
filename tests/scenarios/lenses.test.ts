import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case, CaseInput } from "../../src/cases/schema.js";
import type { CaseResult } from "../../src/cases/types.js";
import { amountToCents } from "../../src/money/parseDecimal.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { type LensReturn, lensReturn } from "../../src/scenarios/lenses.js";
import { whatIf } from "../../src/scenarios/whatIf.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

const catalog = bundledCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
const ZERO = { global: "0" };
const zeroRates = { deadweight: ZERO, displacement: ZERO, attribution: ZERO, dropOff: ZERO };

/** The lens `compute` gives: per payer invested = I, gained = B, net = C − A, summed over cases. */
function computeLens(results: readonly CaseResult[], societal: boolean): LensReturn {
  const payers = new Map<string, { invested: bigint; gained: bigint }>();
  for (const r of results) {
    const by = societal ? r.societal.byPayer : r.byPayer;
    for (const [p, f] of Object.entries(by)) {
      const c = payers.get(p) ?? { invested: 0n, gained: 0n };
      c.invested += BigInt(amountToCents(f.interventionCost));
      c.gained += BigInt(amountToCents(f.avoidedCost));
      payers.set(p, c);
    }
  }
  return lensReturn(payers);
}

describe("lensReturn", () => {
  it("sums payers exactly and names the wrong pocket by its sign", () => {
    const l = lensReturn(
      new Map([
        ["zvw", { invested: 0, gained: 90000 }],
        ["gemeente", { invested: 100000, gained: 40000 }],
      ]),
    );
    expect(l).toEqual({
      invested: "1000.00",
      gained: "1300.00",
      net: "300.00",
      ratio: "1.3000",
      byPayer: {
        gemeente: { invested: "1000.00", gained: "400.00", net: "-600.00" },
        zvw: { invested: "0.00", gained: "900.00", net: "900.00" },
      },
    });
    expect(Object.keys(l.byPayer)).toEqual(["gemeente", "zvw"]);
  });

  it("has no ratio where nothing was invested, and takes __proto__ as a payer name", () => {
    const l = lensReturn(new Map([["__proto__", { invested: 0n, gained: 5n }]]));
    expect(l.ratio).toBeUndefined();
    expect(Object.hasOwn(l.byPayer, "__proto__")).toBe(true);
    expect(JSON.stringify(l)).toContain('"__proto__":{"invested":"0.00","gained":"0.05","net":"0.05"}');
  });
});

describe("whatIf lenses", () => {
  // Wmo pays the coaching, Zvw saves the admissions, bijstand (a transfer) stops: the wrong pocket by hand.
  const cat = testCatalog([
    { code: "coach", amount: "100.00", payer: "gemeente.wmo" },
    { code: "opname", amount: "500.00", payer: "zvw" },
  ]);
  const input: CaseInput[] = [
    simpleCase(
      "a",
      [
        { item: "opname", quantity: 3 },
        {
          amount: "800.00",
          description: "bijstand",
          payer: "gemeente.participatiewet",
          domain: "inkomen",
          transfer: true,
        },
      ],
      [{ item: "coach", quantity: 10, intervention: true }],
    ),
  ];

  it("gives every payer its invested, gained and net, in both lenses", () => {
    const w = whatIf(
      cases(input),
      { catalog: cat, pricelist: "test" },
      { adjustments: { deadweight: { global: "0.2" } } },
    );
    expect(w.lenses.budget).toEqual({
      invested: "1000.00",
      gained: "1840.00",
      net: "840.00",
      ratio: "1.8400",
      byPayer: {
        "gemeente.participatiewet": { invested: "0.00", gained: "640.00", net: "640.00" },
        "gemeente.wmo": { invested: "1000.00", gained: "0.00", net: "-1000.00" },
        zvw: { invested: "0.00", gained: "1200.00", net: "1200.00" },
      },
    });
    // Society does not gain the bijstand: what the municipality stops paying, the client stops receiving.
    expect(w.lenses.societal.gained).toBe("1200.00");
    expect(w.lenses.societal.net).toBe("200.00");
    expect(w.lenses.societal.byPayer["gemeente.participatiewet"]?.gained ?? "0.00").toBe("0.00");
    expect(w.lenses.budget.gained).toBe(w.scenario.totals.adjustedAvoidedCost);
    expect(w.lenses.budget.net).toBe(w.scenario.totals.adjustedNetReturn);
  });

  it("with every rate at 0 equals compute to the cent, per payer and per lens (generated cases)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(randomCase(list), { selector: (c) => c.id, minLength: 1, maxLength: 4 }), (input) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const options = { catalog, pricelist: "sociaal-domein@2024" };
        const ev = evaluateCases(cs, options);
        const w = whatIf(cs, options, { adjustments: zeroRates });
        expect(w.lenses.budget).toEqual(computeLens(ev.cases, false));
        expect(w.lenses.societal).toEqual(computeLens(ev.cases, true));
      }),
      { numRuns: 40 },
    );
  });
});
