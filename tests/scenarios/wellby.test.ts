import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseInput } from "../../src/cases/schema.js";
import { isInputError } from "../../src/errors/InputError.js";
import { simulationReport } from "../../src/report/scenarios/scenarioReports.js";
import { parseSimulationScenario } from "../../src/scenarios/simulationScenario.js";
import { resolveUncertainAmount } from "../../src/scenarios/uncertainRate.js";
import { simulate, simulateCents, whatIf } from "./asJson.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

const catalog = testCatalog([
  {
    code: "cell",
    amount: "200.00",
    unit: "day",
    domain: "justitie",
    payer: "rijk",
    range: { low: "150", high: "260" },
  },
  { code: "meeting", amount: "1500.00", domain: "ondersteuning" },
]);
const life = (before: number, after?: number): NonNullable<CaseInput["wellbeing"]>[number] => ({
  instrument: "levenstevredenheid",
  before: { scores: { tevredenheid: before } },
  ...(after !== undefined ? { after: { scores: { tevredenheid: after } } } : {}),
});
const cf = [{ item: "cell", quantity: 10, reason: "r" }];
const act = [{ item: "meeting", quantity: 1, intervention: true }];
// Each case: C = 10 × 200 = 2000.00, I = 1500.00, avoided 2000.00. Four cases: avoided 8000.00, I 6000.00.
// a: 5 → 7 (+2), b: 6 → 5 (−1), c: before only, d: a rapportcijfer only (another scale), e: nothing measured.
const cs = cases([
  simpleCase("a", cf, act, { wellbeing: [life(5, 7)] }),
  simpleCase("b", cf, act, { wellbeing: [life(6, 5)] }),
  simpleCase("c", cf, act, { wellbeing: [life(4)] }),
  simpleCase("d", cf, act, {
    wellbeing: [{ instrument: "rapportcijfer", before: { scores: { cijfer: 4 } }, after: { scores: { cijfer: 8 } } }],
  }),
  simpleCase("e", cf, act),
]);
const base = { catalog, pricelist: "test" };

describe("WELLBY in whatIf", () => {
  it("values the 0–10 change per person-year as its own line (worked by hand)", () => {
    // a: +2 × 15000 × 1 = 30000.00; b: −1 × 15000 × 1 = −15000.00; total 15000.00 over 2 person-years, +1 point.
    // Avoided 10000.00 (5 × 2000), I 7500.00: plain ratio 1.3333; including wellbeing (10000 + 15000) / 7500 = 3.3333.
    const w = whatIf(cs, base, { wellby: "15000", includeWellbeing: true });
    expect(w.wellby).toMatchObject({
      instrument: "levenstevredenheid",
      valuePerPoint: "15000",
      distribution: "fixed",
      pointValue: "15000",
      casesValued: 2,
      casesWithoutChange: 3,
      beforeOnly: 1,
      otherScalesOnly: 1,
      notMeasured: 1,
      personYears: "2",
      points: "1",
      value: "15000.00",
      includedInRatio: true,
      ratioIncludingWellbeing: "3.3333",
    });
    expect(w.wellby?.cases).toEqual([
      { id: "a", delta: "2", value: "30000.00" },
      { id: "b", delta: "-1", value: "-15000.00" },
    ]);
    // Never inside the euros of cost: the figures are those of a what-if without it.
    const plain = whatIf(cs, base, {});
    expect(w.scenario).toEqual(plain.scenario);
    expect(w.scenario.totals.adjustedRatio).toBe("1.3333");
    expect(w.assumptions.at(-1)).toEqual({ name: "wellby", value: "15000", default: false });
  });

  it("values a distribution at its mode, and at its low and high (uniform: the midpoint to the cent)", () => {
    const t = whatIf(cs, base, { wellby: "10000:15000:20000" }).wellby;
    expect(t).toMatchObject({ distribution: "triangular", pointValue: "15000", value: "15000.00" });
    expect([t?.low, t?.high]).toEqual(["10000.00", "20000.00"]);
    expect(t?.ratioIncludingWellbeing).toBeUndefined();
    const u = whatIf(cs, base, { wellby: "uniform:10000:20000.01" }).wellby;
    expect(u).toMatchObject({ distribution: "uniform", pointValue: "15000.01", value: "15000.01" });
  });

  it("gives nothing extra without a wellby value, and refuses includeWellbeing without one", () => {
    expect(whatIf(cs, base, {})).not.toHaveProperty("wellby");
    try {
      whatIf(cs, base, { includeWellbeing: true });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e) && e.issues.map((i) => i.path.join("."))).toEqual(["includeWellbeing"]);
    }
  });

  it("refuses another scale, bad values and a mode outside its bounds, each with its path", () => {
    const paths = (o: Parameters<typeof whatIf>[2]) => {
      try {
        whatIf(cs, base, o);
      } catch (e) {
        return isInputError(e) ? e.issues.map((i) => `${i.code}@${i.path.join(".")}`) : [];
      }
      return [];
    };
    expect(paths({ wellby: "15000", wellbyInstrument: "rapportcijfer" })).toEqual([
      "wellbeing_not_valuable@wellbyInstrument",
    ]);
    expect(paths({ wellby: "-1" })).toEqual(["invalid_amount@wellby"]);
    expect(paths({ wellby: "lots" })).toEqual(["invalid_amount@wellby"]);
    expect(paths({ wellby: "10000:25000:20000" })).toEqual(["mode_outside_bounds@wellby.mode"]);
    expect(paths({ wellby: { distribution: "triangular", min: "2", mode: "1", max: "1" } })).toEqual([
      "range_low_above_high@wellby.min",
    ]);
  });
});

describe("WELLBY in simulate", () => {
  it("draws the value per point per draw, beside the figures it leaves untouched", () => {
    const o = { ...base, seed: 5, draws: 400 };
    const plain = simulate(cs, o);
    const s = simulate(cs, { ...o, wellby: "10000:15000:20000", includeWellbeing: true });
    const { wellby, ...rest } = s;
    expect(rest).toEqual(plain);
    expect(wellby).toMatchObject({
      casesValued: 2,
      points: "1",
      value: "15000.00",
      exactRatioIncludingWellbeing: "3.3333",
    });
    // One point × a triangular 10000…20000: every draw within, the mean near 15000.
    const sim = wellby?.simulated;
    expect(Number(sim?.p5)).toBeGreaterThanOrEqual(10000);
    expect(Number(sim?.p95)).toBeLessThanOrEqual(20000);
    expect(Math.abs(Number(sim?.mean) - 15000)).toBeLessThan(300);
    expect(Number(wellby?.ratioIncludingWellbeing?.p50)).toBeGreaterThan(Number(s.total.ratio?.p50));
    expect(simulate(cs, { ...o, wellby: "10000:15000:20000", includeWellbeing: true })).toEqual(s);
  });

  it("over several years says the WELLBY value is of the measured person-years, beside present values", () => {
    const o = { ...base, seed: 5, draws: 50, wellby: "15000", includeWellbeing: true };
    expect(simulate(cs, o).wellby).not.toHaveProperty("measuredYearsOnly");
    const y = simulateCents(cs, { ...o, horizon: 3, discountRate: "0.0225" });
    expect(y.wellby?.measuredYearsOnly).toBe(true);
    expect(simulationReport(y, undefined, "md", "en")).toContain(
      "Over several years the WELLBY valuation stays that of the measured person-years",
    );
    expect(simulationReport(y, undefined, "md", "nl")).toContain(
      "Over meerdere jaren blijft de WELLBY-waardering die van de gemeten persoonsjaren",
    );
    expect(simulationReport(simulateCents(cs, o), undefined, "md", "en")).not.toContain(
      "Over several years the WELLBY",
    );
  });

  it("with a fixed value every draw is the exact value", () => {
    const s = simulate(cs, { ...base, seed: 1, draws: 50, wellby: "15000" });
    expect(s.wellby?.simulated).toEqual({ mean: "15000.00", p5: "15000.00", p50: "15000.00", p95: "15000.00" });
    expect(s.wellby).not.toHaveProperty("ratioIncludingWellbeing");
  });

  it("property: without a wellby value the result is the same as before, for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = simulate(cs, { ...base, seed, draws: 20 });
        expect(a).not.toHaveProperty("wellby");
        expect(JSON.stringify(simulate(cs, { ...base, seed, draws: 20, wellby: "1:2:3" }))).toContain(
          JSON.stringify(a).slice(0, -1),
        );
      }),
      { numRuns: 10 },
    );
  });

  it("reads a wellby value from the scenario file, with the file's path on a bad one", () => {
    expect(parseSimulationScenario({ wellby: "pert:10000:15000:20000", includeWellbeing: true })).toEqual({
      wellby: "pert:10000:15000:20000",
      includeWellbeing: true,
    });
    try {
      parseSimulationScenario({ wellby: { distribution: "triangular", min: 1, mode: 5, max: 3 } }, { file: "s.json" });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e) && e.issues.map((i) => `${i.file}:${i.path.join(".")}`)).toEqual(["s.json:wellby.mode"]);
    }
    expect(() => parseSimulationScenario({ includeWellbeing: true })).toThrow(/no WELLBY value/);
  });
});

describe("resolveUncertainAmount", () => {
  it("reads amounts with the rates' parser: each bound an amount of zero or more", () => {
    expect(resolveUncertainAmount("10000:15000:20000", ["wellby"], [])).toMatchObject({
      text: "10000:15000:20000",
      low: 10000,
      mode: 15000,
      high: 20000,
      exact: { low: "10000", mode: "15000", high: "20000" },
    });
    const issues: never[] = [];
    expect(resolveUncertainAmount("1.234", ["wellby"], issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
  });
});
