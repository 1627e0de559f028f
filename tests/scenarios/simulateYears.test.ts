// The simulation over several years: per draw the present value of every payer in each lens, held to whatif's
// projection where nothing is drawn, and the checks of its options.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case, CaseInput } from "../../src/cases/schema.js";
import { InputError } from "../../src/errors/InputError.js";
import { amountToCents } from "../../src/money/parseDecimal.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { simulate, tornadoCents as tornado, tornadoOverYears, tornadoOverYearsCents, whatIf } from "./asJson.js";
import { cases, simpleCase, testCatalog, zeroWidthCatalog } from "./fixtures.js";

/** The bundled lists with every item drawn over a range of zero width (low = high = the list amount). */

const zero = zeroWidthCatalog();
const options = { catalog: zero, pricelist: "sociaal-domein@2024" };
const list = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
const generated = fc.uniqueArray(randomCase(list, { alternatives: false }), {
  selector: (c) => c.id,
  minLength: 1,
  maxLength: 3,
});

interface Years {
  horizon?: number;
  discountRate?: string;
  timing?: "start" | "mid";
  dropOff?: string;
  continuation?: { domain: string; years: number }[];
}

/** |draw − point estimate| of every group of the last comparisons, in cents. */
const groupGaps: number[] = [];

/** Every payer's net present value per lens, in cents: the simulation's (all draws alike) and whatif's. */
function compare(cs: Case[], years: Years, exactPoint = true) {
  const { dropOff, ...rest } = years;
  const adjustments = dropOff !== undefined ? { dropOff: { global: dropOff } } : undefined;
  const w = whatIf(cs, options, { ...rest, ...(adjustments ? { adjustments } : {}) });
  const s = simulate(cs, {
    ...options,
    ...rest,
    ...(adjustments ? { adjustments } : {}),
    seed: 5,
    draws: 3,
    groupBy: ["wijk"],
  });
  // Each group's draws equal its point estimate (whatif's projection of its cases from the same first year) within
  // the same bound, to the cent where nothing is rounded.
  for (const g of s.groups) {
    const want = amountToCents(g.exact.netReturn);
    for (const x of [g.netReturn.p5, g.netReturn.p50, g.netReturn.p95])
      groupGaps.push(Math.abs(amountToCents(x) - want));
  }
  const out: { lens: string; payer: string; sim: [number, number, number]; want: number }[] = [];
  for (const lens of ["budget", "societal"] as const)
    for (const [payer, p] of Object.entries(s.lenses[lens].byPayer)) {
      const want = w.projection[lens].byPayer[payer]?.net ?? "0.00";
      out.push({
        lens,
        payer,
        sim: [p.net.p5, p.net.p50, p.net.p95].map(amountToCents) as [number, number, number],
        want: amountToCents(want),
      });
      if (exactPoint) expect(p.exact.net).toBe(want);
    }
  expect(s.years?.horizon).toBe(w.projection.years);
  if (exactPoint) expect(s.total.exact.netReturn).toBe(w.projection.budget.netPresentValue);
  return out;
}

describe("simulate over several years", () => {
  it("at discount rate 0 every draw equals whatif's projection to the cent, per payer and lens (generated cases)", () => {
    fc.assert(
      fc.property(generated, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (input, horizon) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        groupGaps.length = 0;
        const rows = compare(cs, { discountRate: "0", ...(horizon !== undefined ? { horizon } : {}) });
        for (const r of rows) expect(r.sim).toEqual([r.want, r.want, r.want]);
        expect(groupGaps.every((x) => x === 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("at any fixed rate, timing and drop-off every draw is within the rounding bound of whatif's projection", () => {
    // whatif rounds each year's present value per payer to cents (benefit and cost: ≤ ½ cent each) and each continued
    // year per scope and payer before discounting (≤ ½ cent, times the discount factor, ≤ 1.05^t at −0.05); the
    // simulation rounds only its statistics (≤ ½ cent). Per payer: |Δ| ≤ Y × (1 + ½ × 1.05^Y) + ½ cent.
    const continued = {
      amount: "1000.00",
      description: "uitkering",
      payer: "zvw",
      domain: "voortgezet",
      period: { from: "2024-06-01", through: "2025-05-31" },
      per: "year",
    };
    fc.assert(
      fc.property(
        generated,
        fc.record({
          horizon: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
          discountRate: fc.constantFrom("0", "0.0225", "0.08", "-0.05", "0.2"),
          timing: fc.constantFrom("start" as const, "mid" as const),
          dropOff: fc.constantFrom("0", "0.2", "0.35", "1"),
          years: fc.integer({ min: 1, max: 4 }),
        }),
        (input, y) => {
          const [first, ...rest] = input as [CaseInput, ...CaseInput[]];
          const withLine = { ...first, counterfactual: [...(first.counterfactual as object[]), continued] };
          const cs: Case[] = parseCaseFile({ cases: [withLine, ...rest] }).cases;
          const { years, horizon, ...o } = y;
          groupGaps.length = 0;
          const rows = compare(cs, {
            ...o,
            ...(horizon !== undefined ? { horizon } : {}),
            continuation: [{ domain: "voortgezet", years }],
          });
          const Y = horizon ?? 2 + years;
          const bound = Y * (1 + 0.5 * 1.05 ** Y) + 0.5 + 1e-6;
          for (const r of rows) for (const x of r.sim) expect(Math.abs(x - r.want)).toBeLessThanOrEqual(bound);
          // A group's point estimate rounds per payer too: within the bound times its payers (at most 6 here).
          for (const gap of groupGaps) expect(gap).toBeLessThanOrEqual(6 * bound);
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The issues an input error carries, as path and code. */
function issuesOf(f: () => unknown): { path: string; code: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => ({ path: i.path.join("."), code: i.code }));
    throw e;
  }
  throw new Error("no error");
}

describe("simulate over several years: bad input, each with its path", () => {
  const cat = testCatalog([{ code: "opvang", amount: "100.00", domain: "wonen" }]);
  const cs = cases([
    simpleCase(
      "a",
      [{ item: "opvang", quantity: 10 }],
      [{ amount: "200.00", description: "inzet", payer: "gemeente", domain: "wonen", intervention: true }],
    ),
  ]);
  const run = (o: object) => () => simulate(cs, { catalog: cat, pricelist: "test", seed: 1, draws: 10, ...o });

  it("refuses a horizon of 0 or 101 years", () => {
    expect(issuesOf(run({ horizon: 0 }))).toEqual([{ path: "horizon", code: "invalid_horizon" }]);
    expect(issuesOf(run({ horizon: 101 }))).toEqual([{ path: "horizon", code: "invalid_horizon" }]);
  });

  it("refuses a discount-rate distribution whose mode lies outside its bounds, or a bound outside −0.05..0.20", () => {
    expect(issuesOf(run({ discountRate: "0.01:0.05:0.04" }))).toEqual([
      { path: "discountRate.mode", code: "mode_outside_bounds" },
    ]);
    expect(issuesOf(run({ discountRate: "0.01:0.02:0.3" }))).toEqual([
      { path: "discountRate.max", code: "invalid_rate" },
    ]);
    expect(issuesOf(run({ discountRate: "uniform:0.04:0.01" }))).toEqual([
      { path: "discountRate.min", code: "range_low_above_high" },
    ]);
  });

  it("refuses a drop-off above 1, drawn or a continuation's own, and a continuation of a domain no line has", () => {
    expect(issuesOf(run({ horizon: 3, adjustments: { dropOff: { global: "1.5" } } }))).toEqual([
      { path: "adjustments.dropOff.global", code: "invalid_rate" },
    ]);
    expect(issuesOf(run({ adjustments: { dropOff: { domains: { wonen: "0.1:0.5:1.2" } } } }))).toEqual([
      { path: "adjustments.dropOff.domains.wonen.max", code: "invalid_rate" },
    ]);
    expect(issuesOf(run({ continuation: [{ domain: "wonen", years: 2, dropOff: "1.2" }] }))).toEqual([
      { path: "continuation.0.dropOff", code: "invalid_rate" },
    ]);
    expect(issuesOf(run({ continuation: [{ domain: "zorg", years: 2 }] }))).toEqual([
      { path: "continuation.0.domain", code: "unknown_domain" },
    ]);
  });
});

describe("simulate over several years: a drawn discount rate and drop-off", () => {
  const cat = testCatalog([{ code: "opvang", amount: "100.00", domain: "wonen", reliability: "solid" }]);
  // 10,000.00 avoided in 2024, continued two years losing the drop-off, 2,000.00 invested in 2024.
  const cs = cases([
    simpleCase(
      "a",
      [{ item: "opvang", quantity: 100 }],
      [{ amount: "2000.00", description: "inzet", payer: "gemeente", domain: "wonen", intervention: true }],
    ),
  ]);
  const o = { catalog: cat, pricelist: "test", seed: 3, draws: 4000, continuation: [{ domain: "wonen", years: 2 }] };

  it("gives the percentiles of the net present value the drawn rate implies (monotone: P5 at the rate's P95)", () => {
    // NPV(r) = 10,000 × (1 + 1/(1 + r) + 1/(1 + r)²) − 2,000 with no drop-off; r uniform on 0 … 0.10.
    const npv = (r: number) => 10_000 * (1 + 1 / (1 + r) + 1 / (1 + r) ** 2) - 2_000;
    const s = simulate(cs, { ...o, draws: 20_000, discountRate: "uniform:0:0.10" });
    expect(Math.abs(Number(s.total.netReturn.p5) - npv(0.095))).toBeLessThan(15);
    expect(Math.abs(Number(s.total.netReturn.p50) - npv(0.05))).toBeLessThan(15);
    expect(Math.abs(Number(s.total.netReturn.p95) - npv(0.005))).toBeLessThan(15);
    // The point estimate: whatif's projection at the midpoint 0.05, each year rounded to cents.
    expect(s.total.exact.netReturn).toBe("26594.10");
    expect(s.certainty.variedInputs).toEqual(["discountRate"]);
    expect(s.years?.discountRate).toEqual({
      key: "discountRate",
      value: "uniform:0:0.10",
      distribution: "uniform",
      default: false,
    });
  });

  it("draws a drop-off within its distribution and names it among the rates and the inputs drawn", () => {
    // NPV(d) at rate 0 = 10,000 × (1 + (1 − d) + (1 − d)²) − 2,000, d triangular(0.1, 0.2, 0.5).
    const s = simulate(cs, { ...o, discountRate: "0", adjustments: { dropOff: { global: "0.1:0.2:0.5" } } });
    const npv = (d: number) => 10_000 * (1 + (1 - d) + (1 - d) ** 2) - 2_000;
    const q = (u: number) => (u < 0.25 ? 0.1 + Math.sqrt(u * 0.4 * 0.1) : 0.5 - Math.sqrt((1 - u) * 0.4 * 0.3));
    expect(Math.abs(Number(s.total.netReturn.p5) - npv(q(0.95)))).toBeLessThan(30);
    expect(Math.abs(Number(s.total.netReturn.p95) - npv(q(0.05)))).toBeLessThan(30);
    expect(s.total.exact.netReturn).toBe(String(npv(0.2).toFixed(2)));
    expect(s.rates).toEqual([{ key: "dropOff", value: "0.1:0.2:0.5", distribution: "triangular" }]);
    expect(s.certainty.variedInputs).toEqual(["dropOff"]);
    expect(s.certainty.fixedRates).toContain("discountRate=0");
    expect(s.years?.continuation).toEqual([
      { scope: "domain:wonen", years: 2, dropOff: "0.1:0.2:0.5", rate: "dropOff", fromYear: 2024 },
    ]);
  });

  it("keeps every draw of a run without years as it was: a fixed rate and no years change nothing", () => {
    const plain = simulate(cs, { catalog: cat, pricelist: "test", seed: 3, draws: 50 });
    expect(plain.years).toBeUndefined();
    expect(JSON.stringify(plain)).toBe(
      JSON.stringify(simulate(cs, { catalog: cat, pricelist: "test", seed: 3, draws: 50 })),
    );
  });
});

describe("simulate over several years, per group", () => {
  it("continues a group's outcome from the year the whole run continues it, in the draws and the point estimate", () => {
    const cat = testCatalog([{ code: "opvang", amount: "100.00", domain: "wonen", reliability: "solid" }]);
    const line = (from: string, through: string) => ({
      amount: "1200.00",
      per: "year" as const,
      period: { from, through },
      description: "opvang",
      payer: "gemeente",
      domain: "wonen",
    });
    // Wijk A's outcome ends in 2024, wijk B's in 2025: the continuation is of 2025's avoided cost, so A has none.
    const cs = cases([
      simpleCase("a", [line("2024-01-01", "2024-12-31")], [], { wijk: "A", start: "2024-01-01" }),
      simpleCase("b", [line("2024-01-01", "2025-12-31")], [], { wijk: "B", start: "2024-01-01" }),
    ]);
    const o = { catalog: cat, pricelist: "test", seed: 1, draws: 3, groupBy: ["wijk"] };
    const s = simulate(cs, { ...o, discountRate: "0", continuation: [{ domain: "wonen", years: 1 }] });
    expect(s.groups.map((g) => [g.exact.netReturn, g.netReturn.p50])).toEqual([
      ["1200.00", "1200.00"],
      ["3600.00", "3600.00"],
    ]);
    expect(s.total.exact.netReturn).toBe("4800.00");
  });
});

describe("tornado over several years", () => {
  const cat = testCatalog([{ code: "opvang", amount: "105.00", domain: "wonen", reliability: "solid" }]);
  // 10,500.00 avoided in 2024 and continued one year; 20,000.00 invested in 2024: NPV(r) = 10,500 / (1 + r) − 9,500.
  const cs = cases([
    simpleCase(
      "a",
      [{ item: "opvang", quantity: 100 }],
      [{ amount: "20000.00", description: "inzet", payer: "gemeente", domain: "wonen", intervention: true }],
    ),
  ]);
  const o = { catalog: cat, pricelist: "test", continuation: [{ domain: "wonen", years: 1 }] };

  it("gives the discount rate a row of net present values with its switching value (10,500 / 9,500 − 1)", () => {
    const t = tornadoOverYears(cs, { ...o, discountRate: "uniform:0:0.2" }, tornado(cs, o));
    const row = t.rows.find((r) => r.input === "discountRate");
    expect(row).toMatchObject({
      kind: "years",
      low: "0",
      mode: "0.1",
      high: "0.2",
      domain: { min: "-0.05", max: "0.20" },
    });
    expect(row?.lenses.budget).toMatchObject({
      netAtLow: "1000.00",
      netAtMode: "45.45",
      netAtHigh: "-750.00",
      switching: { value: "0.1053", withinRange: true },
    });
    expect(t.method).toContain("Over several years");
  });

  it("gives a drawn drop-off its row; a fixed rate and drop-off add none", () => {
    const t = tornadoOverYears(
      cs,
      { ...o, discountRate: "0", adjustments: { dropOff: { global: "0:0.1:0.5" } } },
      tornado(cs, o),
    );
    const row = t.rows.find((r) => r.input === "dropOff");
    // NPV(d) = 10,500 × (2 − d) − 20,000: zero at d = 2 − 20,000 / 10,500 = 2/21.
    expect(row?.lenses.budget).toMatchObject({ netAtLow: "1000.00", netAtHigh: "-4250.00" });
    expect(row?.lenses.budget.switching).toEqual({ value: "0.0952", withinRange: true });
    const none = tornado(cs, o);
    expect(tornadoOverYearsCents(cs, { ...o, discountRate: "0.03" }, none)).toBe(none);
  });
});
