import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case, CaseInput } from "../../src/cases/schema.js";
import type { CaseResult } from "../../src/cases/types.js";
import { amountToCents } from "../../src/money/parseDecimal.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import type { LensReturnJson as LensReturn } from "../../src/scenarios/lenses.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { lensReturn, simulate, whatIf } from "./asJson.js";
import { cases, simpleCase, testCatalog, zeroWidthCatalog } from "./fixtures.js";

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
      c.invested += BigInt(f.interventionCost);
      c.gained += BigInt(f.avoidedCost);
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

/** The bundled lists with every item drawn over a range of zero width (low = high = the list amount). */

describe("simulate lenses", () => {
  const zero = zeroWidthCatalog();
  const options = { catalog: zero, pricelist: "sociaal-domein@2024" };

  it("with zero-width ranges every draw equals compute to the cent, per payer and per lens (generated cases)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(randomCase(list, { alternatives: false }), {
          selector: (c) => c.id,
          minLength: 1,
          maxLength: 3,
        }),
        (input) => {
          const cs: Case[] = parseCaseFile({ cases: input }).cases;
          const ev = evaluateCases(cs, options);
          const s = simulate(cs, { ...options, seed: 7, draws: 5 });
          for (const [name, societal] of [
            ["budget", false],
            ["societal", true],
          ] as const) {
            const want = computeLens(ev.cases, societal);
            const got = s.lenses[name];
            expect(got.exact).toEqual(want);
            expect([got.net.p5, got.net.p50, got.net.p95]).toEqual([want.net, want.net, want.net]);
            for (const [payer, p] of Object.entries(want.byPayer)) {
              const sp = got.byPayer[payer];
              expect(sp?.exact).toEqual(p);
              expect([sp?.net.p5, sp?.net.p50, sp?.net.p95]).toEqual([p.net, p.net, p.net]);
              expect(sp?.probabilityPositive).toBe(amountToCents(p.net) > 0 ? "1.0000" : "0.0000");
            }
            expect(Object.keys(got.byPayer)).toEqual(Object.keys(want.byPayer));
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("the exact figures equal compute with alternatives too, and each lens's payers add up per draw", () => {
    fc.assert(
      fc.property(fc.uniqueArray(randomCase(list), { selector: (c) => c.id, minLength: 1, maxLength: 3 }), (input) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const ev = evaluateCases(cs, { catalog, pricelist: "sociaal-domein@2024" });
        const s = simulate(cs, { catalog, pricelist: "sociaal-domein@2024", seed: 3, draws: 20 });
        expect(s.lenses.budget.exact).toEqual(computeLens(ev.cases, false));
        expect(s.lenses.societal.exact).toEqual(computeLens(ev.cases, true));
        expect(s.lenses.budget.net).toEqual(s.total.netReturn);
        expect(s.lenses.budget.probabilityPositive).toBe(s.total.probabilityPositive);
      }),
      { numRuns: 20 },
    );
  });

  it("shows the wrong pocket under uncertainty: Wmo always pays, Zvw gains in the share of draws it does", () => {
    const cat = testCatalog([
      { code: "coach", amount: "100.00", payer: "gemeente.wmo", reliability: "solid" },
      { code: "opname", amount: "500.00", payer: "zvw", range: { low: "200.00", high: "800.00" } },
    ]);
    const input: CaseInput[] = [
      simpleCase(
        "a",
        [
          { item: "opname", quantity: 2 },
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
    // Only the range the list states is drawn: the rough coaching price stays fixed here.
    const s = simulate(cases(input), { catalog: cat, pricelist: "test", seed: 1, draws: 4000, roughRange: "0" });
    const wmo = s.lenses.budget.byPayer["gemeente.wmo"];
    const zvw = s.lenses.budget.byPayer.zvw;
    expect(wmo?.net.p95).toBe("-1000.00");
    expect(wmo?.probabilityPositive).toBe("0.0000");
    expect(zvw?.exact.net).toBe("1000.00");
    expect(zvw?.probabilityPositive).toBe("1.0000");
    // Societally: 2 × opname − 1000; positive when opname > 500, the mode of a symmetric triangle: about half.
    expect(s.lenses.societal.exact.net).toBe("0.00");
    const p = Number(s.lenses.societal.probabilityPositive);
    expect(p).toBeGreaterThan(0.45);
    expect(p).toBeLessThan(0.55);
    // The bijstand is a budget gain, never a societal one.
    expect(s.lenses.budget.byPayer["gemeente.participatiewet"]?.net.p50).toBe("800.00");
    expect(s.lenses.societal.byPayer["gemeente.participatiewet"]?.net.p50).toBe("0.00");
  });
});
