// What a simulation draws beyond the lists' ranges: SROI rates as distributions, how they combine,
// rough items without a range, ad-hoc ranges, correlation groups, and the certainty statement.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { InputError } from "../../src/errors/InputError.js";
import { centsToString } from "../../src/money/cents.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import type { SimulateOptions } from "../../src/scenarios/simulate.js";
import { parseSimulationScenario } from "../../src/scenarios/simulationScenario.js";
import { simulate } from "./asJson.js";
import { cases, pearson, ranks, simpleCase, testCatalog } from "./fixtures.js";

/** The issues' paths and codes of an InputError thrown by f. */
function issuesOf(f: () => unknown): { path: string; code: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => ({ path: i.path.join("."), code: i.code }));
    throw e;
  }
  throw new Error("no InputError");
}

const solid = testCatalog([
  { code: "b", amount: "10000.00", reliability: "solid", domain: "justitie" },
  { code: "i", amount: "1000.00", reliability: "solid" },
]);
// B = 10,000.00 avoided, I = 1,000.00: net = 10,000 × factor − 1,000.
const one = cases([
  simpleCase("a", [{ item: "b", quantity: 1, reason: "r" }], [{ item: "i", quantity: 1, intervention: true }]),
]);
const base: SimulateOptions = { catalog: solid, pricelist: "test", seed: 7, draws: 20_000 };

describe("SROI rates as distributions", () => {
  it("draws a triangular deadweight: percentiles of the net return within tolerance", () => {
    // dw ~ Triangular(0.1, 0.2, 0.3): P5 = 0.1 + sqrt(0.05 × 0.2 × 0.1) = 0.13162, P95 = 0.3 − 0.03162 = 0.26838.
    // net = 9,000 − 10,000 dw: P5 = 9,000 − 2,683.8 = 6,316.2; P50 = 7,000; P95 = 9,000 − 1,316.2 = 7,683.8.
    const s = simulate(one, { ...base, adjustments: { deadweight: { global: "0.1:0.2:0.3" } } });
    expect(Math.abs(Number(s.total.netReturn.p5) - 6316.2)).toBeLessThan(15);
    expect(Math.abs(Number(s.total.netReturn.p50) - 7000)).toBeLessThan(15);
    expect(Math.abs(Number(s.total.netReturn.p95) - 7683.8)).toBeLessThan(15);
    expect(s.rates).toEqual([{ key: "deadweight", value: "0.1:0.2:0.3", distribution: "triangular" }]);
    expect(s.certainty.variedInputs).toEqual(["deadweight"]);
  });

  it("draws a PERT attribution with the mean (min + 4 mode + max) / 6", () => {
    // at ~ PERT(0, 0.2, 1): mean (0 + 0.8 + 1) / 6 = 0.3, so the mean net is 10,000 × 0.7 − 1,000 = 6,000.
    const s = simulate(one, { ...base, adjustments: { attribution: { global: "pert:0:0.2:1" } } });
    expect(Math.abs(Number(s.total.netReturn.mean) - 6000)).toBeLessThan(30);
  });

  it("draws a uniform rate per domain, leaving other domains alone", () => {
    // displacement for domain justitie ~ U(0, 0.5): mean net 10,000 × 0.75 − 1,000 = 6,500; P5 = 9,000 − 4,750 = 4,250.
    const s = simulate(one, { ...base, adjustments: { displacement: { domains: { justitie: "uniform:0:0.5" } } } });
    expect(Math.abs(Number(s.total.netReturn.mean) - 6500)).toBeLessThan(30);
    expect(Math.abs(Number(s.total.netReturn.p5) - 4250)).toBeLessThan(40);
    expect(s.rates[0]?.key).toBe("displacement@domain:justitie");
  });

  it("combines fixed rates multiplicatively by default and additively on request, and names the choice", () => {
    const adjustments = { deadweight: { global: "0.2" }, attribution: { global: "0.25" } };
    const m = simulate(one, { ...base, draws: 10, adjustments });
    const a = simulate(one, { ...base, draws: 10, adjustments, combine: "additive" });
    // 10,000 × 0.8 × 0.75 − 1,000 = 5,000.00; 10,000 × (1 − 0.2 − 0.25) − 1,000 = 4,500.00.
    expect(m.combine).toBe("multiplicative");
    expect(m.total.netReturn.p50).toBe("5000.00");
    expect(a.combine).toBe("additive");
    expect(a.total.netReturn.p50).toBe("4500.00");
    expect(a.certainty.fixedRates).toEqual(["deadweight=0.2", "attribution=0.25", "displacement=0"]);
  });

  it("refuses an additive combination that can exceed 1", () => {
    const adjustments = { deadweight: { global: "0.5:0.6:0.7" }, attribution: { global: "0.4" } };
    expect(issuesOf(() => simulate(one, { ...base, adjustments, combine: "additive" }))).toEqual([
      { path: "adjustments", code: "additive_above_one" },
    ]);
  });

  it("refuses a triangular mode outside its bounds and a minimum above the maximum, with their paths", () => {
    expect(
      issuesOf(() =>
        simulate(one, {
          ...base,
          adjustments: {
            deadweight: { global: "0.1:0.4:0.3" },
            attribution: { items: { b: { distribution: "uniform", min: "0.5", max: "0.2" } } },
          },
        }),
      ),
    ).toEqual([
      { path: "adjustments.deadweight.global.mode", code: "mode_outside_bounds" },
      { path: "adjustments.attribution.items.b.min", code: "range_low_above_high" },
    ]);
  });
});

describe("property: with every range of zero width and every rate 0, every draw equals compute", () => {
  it("holds to the cent for any quantities, distribution and combination", () => {
    const zero = testCatalog([
      { code: "b", amount: "123.45", range: { low: "123.45", high: "123.45" } },
      { code: "i", amount: "67.89" },
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom("triangular", "uniform", "pert"),
        fc.constantFrom("multiplicative", "additive"),
        (qb, qi, distribution, combine) => {
          const cs = cases([
            simpleCase(
              "p",
              [{ item: "b", quantity: qb, reason: "r" }],
              [{ item: "i", quantity: qi, intervention: true }],
            ),
          ]);
          const rate = { global: "0:0:0" };
          const s = simulate(cs, {
            catalog: zero,
            pricelist: "test",
            seed: qb,
            draws: 5,
            distribution: distribution as "pert",
            combine: combine as "additive",
            roughRange: "0",
            adjustments: { deadweight: rate, displacement: { global: "0" }, attribution: rate },
          });
          const net = centsToString(evaluateCases(cs, { catalog: zero, pricelist: "test" }).cases[0]?.netReturn ?? 0);
          expect([s.total.netReturn.p5, s.total.netReturn.p50, s.total.netReturn.p95]).toEqual([net, net, net]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("what is drawn", () => {
  it("draws a rough item without a range within ±30% by default, says so, and holds it fixed with roughRange 0", () => {
    const rough = testCatalog([
      { code: "b", amount: "10000.00" },
      { code: "i", amount: "1000.00", reliability: "solid" },
    ]);
    const s = simulate(one, { catalog: rough, pricelist: "test", seed: 1, draws: 200 });
    expect(s.parameters).toEqual([
      {
        key: "b@test@1",
        item: "b",
        pricelist: "test@1",
        low: "7000.00",
        mode: "10000.00",
        high: "13000.00",
        rangeFrom: "simulation",
      },
    ]);
    expect(s.warnings.map((w) => w.code)).toEqual(["rough_range_assumed"]);
    const fixed = simulate(one, { catalog: rough, pricelist: "test", seed: 1, draws: 200, roughRange: "0" });
    expect(fixed.parameters).toEqual([]);
    expect(fixed.certainty.counterfactualShareFixedRough).toBe("1.0000");
    expect(fixed.warnings.map((w) => w.code)).toEqual(["nothing_varied", "mostly_fixed_rough"]);
  });

  it("warns that nothing varied for a case file of solid figures only", () => {
    const s = simulate(one, { ...base, draws: 50 });
    expect(s.certainty.varied).toBe(0);
    expect(s.certainty.fixedItems).toEqual([
      { item: "b", reliability: "solid" },
      { item: "i", reliability: "solid" },
    ]);
    expect(s.warnings.map((w) => w.code)).toEqual(["nothing_varied"]);
    expect(s.total.netReturn.p5).toBe(s.total.netReturn.p95);
  });

  it("draws an ad-hoc amount line within its range", () => {
    const cs = cases([
      simpleCase(
        "h",
        [{ item: "b", quantity: 1, reason: "r" }],
        [
          {
            amount: "500.00",
            range: { low: "400.00", high: "900.00" },
            description: "maatwerk",
            payer: "gemeente",
            domain: "wmo",
            intervention: true,
          },
        ],
      ),
    ]);
    const s = simulate(cs, { ...base, draws: 2000 });
    expect(s.parameters.map((p) => [p.key, p.rangeFrom])).toEqual([["h/actual[0]", "case"]]);
    // Triangular(400, 500, 900) has mean 600: net mean 10,000 − 600 = 9,400.
    expect(Math.abs(Number(s.total.netReturn.mean) - 9400)).toBeLessThan(10);
  });

  it("refuses an ad-hoc range whose low is above its high, with its path", () => {
    const bad = {
      cases: [
        simpleCase(
          "x",
          [],
          [{ amount: "5.00", range: { low: "9.00", high: "1.00" }, description: "d", payer: "p", domain: "d" }],
        ),
      ],
    };
    expect(issuesOf(() => parseCaseFile(bad))).toEqual([{ path: "cases.0.actual.0.range.low", code: "invalid_value" }]);
  });

  it("gives P5 < P50 < P95 on the NS-jaarkaart example with the bundled lists and names what varied", async () => {
    const { readFileSync } = await import("node:fs");
    const ns = parseCaseFile(JSON.parse(readFileSync("examples/ns-jaarkaart.json", "utf8"))).cases;
    const s = simulate(ns, {
      catalog: bundledCatalog(),
      pricelist: "thuis-in-zuidoost@voorbeeld-2024",
      seed: 1,
      draws: 1000,
    });
    const n = s.total.netReturn;
    expect(Number(n.p5)).toBeLessThan(Number(n.p50));
    expect(Number(n.p50)).toBeLessThan(Number(n.p95));
    expect(s.certainty.varied).toBe(3);
    expect(s.certainty.counterfactualShareDrawn).toBe("1.0000");
  });
});

describe("correlation groups", () => {
  const two = testCatalog([
    { code: "x", amount: "50.00", range: { low: "0.00", high: "100.00" } },
    { code: "y", amount: "10.00", range: { low: "0.00", high: "100.00" } },
    { code: "i", amount: "1.00", reliability: "solid" },
  ]);
  const cs = cases([
    simpleCase(
      "g",
      [
        { item: "x", quantity: 1, reason: "r" },
        { item: "y", quantity: 1, reason: "r" },
      ],
      [{ item: "i", quantity: 1, intervention: true }],
    ),
  ]);

  it("draws a group's items at one quantile (rank correlation 1) and independent items uncorrelated", () => {
    const o = { catalog: two, pricelist: "test", seed: 3, draws: 4000, samples: true } as const;
    const g = simulate(cs, { ...o, correlationGroups: [{ name: "samen", items: ["x", "y"], reason: "one cause" }] });
    const x = g.samples?.["x@test@1"] as number[];
    const y = g.samples?.["y@test@1"] as number[];
    // Rounded to cents for output, so ranks tie only where both tie: Spearman is 1 up to those ties.
    expect(pearson(ranks(x), ranks(y))).toBeGreaterThan(0.9999);
    expect(g.parameters.map((p) => p.group)).toEqual(["samen", "samen"]);
    const f = simulate(cs, o);
    expect(Math.abs(pearson(f.samples?.["x@test@1"] as number[], f.samples?.["y@test@1"] as number[]))).toBeLessThan(
      0.05,
    );
  });

  it("refuses a group naming an unknown item, a fixed item or an item twice, with their paths, and PERT", () => {
    const groups = [
      { name: "a", items: ["x", "nope"] },
      { name: "b", items: ["x", "i"] },
    ];
    expect(
      issuesOf(() => simulate(cs, { catalog: two, pricelist: "test", seed: 1, correlationGroups: groups })),
    ).toEqual([
      { path: "correlationGroups.0.items.1", code: "unknown_item" },
      { path: "correlationGroups.1.items.0", code: "item_in_two_groups" },
      { path: "correlationGroups.1.items.1", code: "fixed_item_in_group" },
    ]);
    expect(
      issuesOf(() =>
        simulate(cs, { catalog: two, pricelist: "test", seed: 1, distribution: "pert", correlationGroups: groups }),
      ),
    ).toEqual([{ path: "correlationGroups", code: "groups_need_inverse_cdf" }]);
  });
});

describe("the scenario file", () => {
  it("reads rates, combination, rough range and groups, and refuses a mode outside its bounds with file and path", () => {
    const s = parseSimulationScenario({
      combine: "additive",
      roughRange: "0.2",
      adjustments: { deadweight: { global: { distribution: "pert", min: "0.1", mode: "0.2", max: "0.4" } } },
      correlationGroups: [{ name: "justitieketen", items: ["b"] }],
    });
    expect(s.combine).toBe("additive");
    expect(s.correlationGroups?.[0]?.items).toEqual(["b"]);
    try {
      parseSimulationScenario({ adjustments: { attribution: { global: "0.1:0.4:0.3" } } }, { file: "s.json" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues).toMatchObject([
        { file: "s.json", path: ["adjustments", "attribution", "global", "mode"], code: "mode_outside_bounds" },
      ]);
    }
    expect(issuesOf(() => parseSimulationScenario({ combine: "sometimes" }))[0]?.path).toBe("combine");
  });
});

describe("what-if: adjustments by choice", () => {
  it("combines additively on request, names the combination, and refuses rates adding up above 1", async () => {
    const { whatIf } = await import("./asJson.js");
    const o = { catalog: solid, pricelist: "test" };
    const adjustments = { deadweight: { global: "0.2" }, attribution: { global: "0.25" } };
    // 10,000.00 × (1 − 0.2 − 0.25) = 5,500.00 avoided; net 4,500.00. Multiplicative: 10,000 × 0.6 = 6,000.00.
    const a = whatIf(one, o, { adjustments, combine: "additive" });
    expect(a.scenario.totals.adjustedAvoidedCost).toBe("5500.00");
    expect(a.scenario.totals.adjustedNetReturn).toBe("4500.00");
    expect(a.assumptions.find((x) => x.name === "combine")).toEqual({
      name: "combine",
      value: "additive",
      default: false,
    });
    const m = whatIf(one, o, { adjustments });
    expect(m.scenario.totals.adjustedAvoidedCost).toBe("6000.00");
    expect(m.assumptions.find((x) => x.name === "combine")?.default).toBe(true);
    const over = { deadweight: { global: "0.6" }, attribution: { global: "0.5" } };
    expect(issuesOf(() => whatIf(one, o, { adjustments: over, combine: "additive" }))).toEqual([
      { path: "adjustments", code: "additive_above_one" },
    ]);
  });
});
