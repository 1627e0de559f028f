import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInputError } from "../../src/errors/InputError.js";
import { formatPath } from "../../src/errors/issue.js";
import type { ProjectionFlow } from "../../src/scenarios/projectFlows.js";
import { projectFlows } from "./asJson.js";

const both = (f: Omit<ProjectionFlow, "lens">): ProjectionFlow[] => [
  { ...f, lens: "budget" },
  { ...f, lens: "societal" },
];

/** The problems a projection refuses, as `path: code`. */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => `${formatPath(i.path)}: ${i.code}`);
    throw e;
  }
  return [];
}

describe("projectFlows: the published 30-year example", () => {
  // Benefits and costs of 500,000 a year for 30 years (2026–2055) at 8%.
  const flows = Array.from({ length: 30 }, (_, k) =>
    both({ year: 2026 + k, payer: "gemeente", benefit: 50_000_000n, cost: 50_000_000n }),
  ).flat();

  it("mid-year: PV of each 5,849,716 to the euro, ratio 1.00, NPV 0", () => {
    // Σ_{t=1..30} 500,000 / 1.08^(t − ½) = 500,000 × √1.08 × (1 − 1.08^−30) / 0.08
    //   = 500,000 × 1.0392305 × 11.2577833 = 500,000 × 11.6994322 = 5,849,716.
    const p = projectFlows({ flows, discountRate: "0.08", timing: "mid" });
    expect(Math.round(Number(p.budget.benefitPresentValue))).toBe(5_849_716);
    expect(Math.round(Number(p.budget.costPresentValue))).toBe(5_849_716);
    expect(p.budget.benefitCostRatio).toBe("1.0000");
    expect(p.budget.netPresentValue).toBe("0.00");
    expect(p.timing).toBe("mid");
    expect(p.discountRate).toBe("0.08");
    expect(p.budget.years[0]).toMatchObject({ year: 1, label: 2026, discountFactor: "0.96225045" });
    expect(p.budget.years).toHaveLength(30);
    expect(p.societal.benefitPresentValue).toBe(p.budget.benefitPresentValue);
  });

  it("start of year: PV 6,079,203 to the euro (year 1 undiscounted)", () => {
    // Σ_{t=1..30} 500,000 / 1.08^(t − 1) = 500,000 × (1 − 1.08^−30) / (1 − 1/1.08) = 500,000 × 12.1584058.
    const p = projectFlows({ flows, discountRate: "0.08", timing: "start" });
    expect(Math.round(Number(p.budget.benefitPresentValue))).toBe(6_079_203);
    expect(p.budget.years[0]?.benefitPresentValue).toBe("500000.00");
    expect(p.budget.benefitCostRatio).toBe("1.0000");
    expect(p.budget.byPayer.gemeente).toEqual({
      invested: p.budget.costPresentValue,
      gained: p.budget.benefitPresentValue,
      net: "0.00",
    });
  });
});

describe("projectFlows: worked examples", () => {
  it("a figure covering several years is not multiplied by the horizon: five years of 1,000 stay 5,000", () => {
    const flows = [2021, 2022, 2023, 2024, 2025].flatMap((year) =>
      both({ year, payer: "gemeente", benefit: 100_000n, cost: year === 2021 ? 200_000n : 0n }),
    );
    const p = projectFlows({ flows, discountRate: "0", timing: "start", horizon: 5 });
    expect(p.budget.benefitPresentValue).toBe("5000.00");
    expect(p.budget.costPresentValue).toBe("2000.00");
    expect(p.budget.benefitCostRatio).toBe("2.5000");
    expect(p.budget.paybackYears).toBe("2.00");
    // A longer horizon adds empty years: nothing continues without an assumption, and the result says so.
    const longer = projectFlows({ flows, discountRate: "0", timing: "start", horizon: 8 });
    expect(longer.budget.benefitPresentValue).toBe("5000.00");
    expect(longer.budget.years).toHaveLength(8);
    expect(longer.notes.join(" ")).toMatch(/no continuation assumption/);
  });

  it("continuation: wonen's 2025 avoided cost of 1,000 continues 3 years losing 20% a year", () => {
    // 2026: 1,000 × 0.8 = 800; 2027: 640; 2028: 512. Zorg (no assumption) ends with 2025.
    const flows = [
      ...both({ year: 2024, payer: "gemeente", domain: "wonen", benefit: 100_000n, cost: 50_000n }),
      ...both({ year: 2025, payer: "gemeente", domain: "wonen", benefit: 100_000n, cost: 0n }),
      ...both({ year: 2025, payer: "zorgverzekeraar", domain: "zorg", benefit: 30_000n, cost: 0n }),
    ];
    const p = projectFlows({
      flows,
      discountRate: "0",
      timing: "start",
      continuation: [{ domain: "wonen", years: 3, dropOff: "0.2", reason: "80% still housed after two years" }],
    });
    expect(p.budget.years.map((y) => [y.label, y.benefit])).toEqual([
      [2024, "1000.00"],
      [2025, "1300.00"],
      [2026, "800.00"],
      [2027, "640.00"],
      [2028, "512.00"],
    ]);
    expect(p.continuation).toEqual([
      {
        scope: "domain:wonen",
        years: 3,
        dropOff: "0.2",
        fromYear: 2025,
        base: "1000.00",
        reason: "80% still housed after two years",
      },
    ]);
    expect(p.budget.byPayer.zorgverzekeraar).toEqual({ invested: "0.00", gained: "300.00", net: "300.00" });
    expect(p.budget.byPayer.gemeente).toEqual({ invested: "500.00", gained: "3952.00", net: "3452.00" });
  });

  it("an item's continuation wins over its domain's", () => {
    const flows = [
      ...both({ year: 1, payer: "gemeente", domain: "justitie", item: "a", benefit: 1_000n, cost: 0n }),
      ...both({ year: 1, payer: "gemeente", domain: "justitie", item: "b", benefit: 1_000n, cost: 0n }),
    ];
    const p = projectFlows({
      flows,
      discountRate: "0",
      timing: "start",
      continuation: [
        { domain: "justitie", years: 1 },
        { item: "a", years: 2, dropOff: "0.5" },
      ],
    });
    // Year 2: b continues whole (10.00) and a at half (5.00); year 3: a at a quarter (2.50).
    expect(p.budget.years.map((y) => y.benefit)).toEqual(["20.00", "15.00", "2.50"]);
  });

  it("lenses: a transfer counts in the budget lens only; per payer present values add up to the lens", () => {
    const flows: ProjectionFlow[] = [
      { year: 2026, payer: "gemeente", lens: "budget", benefit: 120_000n, cost: 100_000n },
      { year: 2026, payer: "gemeente", lens: "societal", benefit: 20_000n, cost: 100_000n },
      { year: 2027, payer: "uwv", lens: "budget", benefit: 33_333n, cost: 0n },
      { year: 2027, payer: "uwv", lens: "societal", benefit: 33_333n, cost: 0n },
    ];
    const p = projectFlows({ flows, discountRate: "0.03", timing: "mid" });
    for (const l of [p.budget, p.societal]) {
      const sum = Object.values(l.byPayer).reduce((s, x) => s + Math.round(Number(x.gained) * 100), 0);
      expect(sum).toBe(Math.round(Number(l.benefitPresentValue) * 100));
    }
    expect(p.societal.netPresentValue.startsWith("-")).toBe(true);
    expect(p.budget.netPresentValue.startsWith("-")).toBe(false);
  });
});

describe("projectFlows: no flows at all", () => {
  it("is zero over the horizon when the first year is given (cases without a priced line), and says why", () => {
    const p = projectFlows({ flows: [], discountRate: "0.03", timing: "start", horizon: 3, firstYear: 2026 });
    expect(p.years).toBe(3);
    expect(p.budget.years.map((y) => [y.label, y.benefit, y.cost])).toEqual([
      [2026, "0.00", "0.00"],
      [2027, "0.00", "0.00"],
      [2028, "0.00", "0.00"],
    ]);
    expect(p.budget.netPresentValue).toBe("0.00");
    expect(p.societal.byPayer).toEqual({});
    expect(p.notes.at(-1)).toBe("no case has a priced line: there are no flows, so every year is zero");
  });

  it("is refused without a first year, as there is nothing to date the projection by", () => {
    expect(() => projectFlows({ flows: [], discountRate: "0.03", timing: "start" })).toThrow(
      "there are no dated flows to project",
    );
  });
});

describe("projectFlows: errors with their paths", () => {
  const flows = both({ year: 2026, payer: "gemeente", domain: "wonen", benefit: 1n, cost: 1n });

  it("a rate below −0.05 or above 0.20, an unknown timing, an unknown domain or item", () => {
    expect(
      problems(() =>
        projectFlows({
          flows,
          discountRate: "-0.06",
          timing: "end" as "start",
          continuation: [
            { domain: "wonn", years: 2 },
            { item: "x", years: 0 },
          ],
        }),
      ),
    ).toEqual([
      "discountRate: invalid_rate",
      "timing: invalid_timing",
      "continuation[0].domain: unknown_domain",
      "continuation[1].item: unknown_item",
      "continuation[1].years: invalid_horizon",
    ]);
    expect(problems(() => projectFlows({ flows, discountRate: "0.21", timing: "mid" }))).toEqual([
      "discountRate: invalid_rate",
    ]);
  });
});

describe("projectFlows: properties", () => {
  const flow = fc.record({
    year: fc.integer({ min: 2020, max: 2040 }),
    payer: fc.constantFrom("gemeente", "zorgverzekeraar", "__proto__"),
    lens: fc.constantFrom("budget" as const, "societal" as const),
    benefit: fc.bigInt({ min: -(10n ** 10n), max: 10n ** 10n }),
    cost: fc.bigInt({ min: 0n, max: 10n ** 10n }),
  });

  it("a zero rate gives PV = the undiscounted sum, per lens and payer, in both timings", () => {
    fc.assert(
      fc.property(
        fc.array(flow, { minLength: 1, maxLength: 30 }),
        fc.constantFrom("start" as const, "mid" as const),
        (flows, timing) => {
          const p = projectFlows({ flows, discountRate: "0", timing });
          for (const lens of ["budget", "societal"] as const) {
            const mine = flows.filter((f) => f.lens === lens);
            const sum = (k: "benefit" | "cost", payer?: string) =>
              mine.filter((f) => payer === undefined || f.payer === payer).reduce((s, f) => s + f[k], 0n);
            expect(cents(p[lens].benefitPresentValue)).toBe(sum("benefit"));
            expect(cents(p[lens].costPresentValue)).toBe(sum("cost"));
            for (const [payer, x] of Object.entries(p[lens].byPayer))
              expect(cents(x.gained)).toBe(sum("benefit", payer));
          }
        },
      ),
    );
  });

  it("the lens totals are exact sums of the payers' present values at any rate", () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 30 }), fc.integer({ min: -50, max: 200 }), (flows, pm) => {
        const p = projectFlows({ flows, discountRate: (pm / 1000).toFixed(3), timing: "mid" });
        for (const lens of ["budget", "societal"] as const) {
          const payers = Object.values(p[lens].byPayer);
          expect(payers.reduce((s, x) => s + cents(x.net), 0n)).toBe(cents(p[lens].netPresentValue));
        }
      }),
      { numRuns: 40 },
    );
  });
});

function cents(euros: string): bigint {
  const neg = euros.startsWith("-");
  const [w, f] = euros.replace("-", "").split(".");
  const c = BigInt(w as string) * 100n + BigInt(f as string);
  return neg ? -c : c;
}
