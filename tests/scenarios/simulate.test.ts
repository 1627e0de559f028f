import { describe, expect, it } from "vitest";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { isInputError } from "../../src/errors/InputError.js";
import { centsToString } from "../../src/money/cents.js";
import { simulate } from "./asJson.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

describe("simulate", () => {
  const catalog = testCatalog([
    { code: "cell", amount: "200.00", unit: "day", range: { low: "150.00", high: "300.00" } },
    { code: "meeting", amount: "1500.00", range: { low: "1000.00", high: "2000.00" } },
    { code: "card", amount: "3000.00" },
  ]);
  const cs = cases([
    simpleCase(
      "a",
      [{ item: "cell", quantity: 30, reason: "r" }],
      [
        { item: "meeting", quantity: 1, intervention: true },
        { item: "card", quantity: 1, intervention: true },
      ],
    ),
    simpleCase(
      "b",
      [{ item: "cell", period: { from: "2024-03-01", through: "2024-03-10" }, reason: "r" }],
      [{ item: "meeting", quantity: "0.5", intervention: true }],
      { wijk: "W2" },
    ),
  ]);

  it("gives identical output for the same seed and different output for another", () => {
    const a = simulate(cs, { catalog, pricelist: "test", seed: 42, draws: 500, groupBy: ["wijk"], samples: true });
    const b = simulate(cs, { catalog, pricelist: "test", seed: 42, draws: 500, groupBy: ["wijk"], samples: true });
    const c = simulate(cs, { catalog, pricelist: "test", seed: 43, draws: 500, groupBy: ["wijk"], samples: true });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    expect(a.groups.map((g) => g.by.wijk)).toEqual(["W1", "W2"]);
    expect(a.samples?.["cell@test@1"]).toHaveLength(500);
  });

  it("does not depend on the order of the cases: the same seed on a shuffled file gives identical output, groups sorted", () => {
    const alt = cases([
      ...["d1", "a1", "c1", "b1"].map((id, k) =>
        simpleCase(
          id,
          [{ item: "cell", quantity: 10 + k, reason: "r" }],
          [{ item: "meeting", quantity: 1, intervention: true }],
          { wijk: `W${4 - k}` },
        ),
      ),
    ]);
    const withAlternatives = cases([
      {
        id: "z",
        wijk: "W9",
        start: "2024-03-01",
        counterfactual: {
          alternatives: [
            { probability: "0.4", lines: [{ item: "cell", quantity: 5, reason: "r" }] },
            { probability: "0.6", lines: [{ item: "meeting", quantity: 1, reason: "r" }] },
          ],
        },
        actual: [{ item: "card", quantity: 1, intervention: true }],
      },
    ]);
    const all = [...alt, ...withAlternatives, ...cs];
    const shuffled = [6, 3, 5, 0, 4, 1, 2].map((k) => all[k] as (typeof all)[number]);
    const opts = { catalog, pricelist: "test", seed: 9, draws: 300, groupBy: ["wijk"], samples: true };
    const a = simulate(all, opts);
    const b = simulate(shuffled, opts);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const wijken = a.groups.map((g) => g.by.wijk as string);
    expect(wijken).toEqual([...wijken].sort());
  });

  it("keeps every sampled price within its range", () => {
    for (const distribution of ["triangular", "uniform", "pert"] as const) {
      const s = simulate(cs, { catalog, pricelist: "test", seed: 1, draws: 2000, distribution, samples: true });
      const cell = s.samples?.["cell@test@1"] as number[];
      expect(Math.min(...cell)).toBeGreaterThanOrEqual(150);
      expect(Math.max(...cell)).toBeLessThanOrEqual(300);
    }
  });

  it("draws with the right mean for an asymmetric mode, and a mode at an end stays inside the range", () => {
    // x: low 0, mode 20, high 100. Means: triangular (0 + 20 + 100)/3 = 40; PERT (0 + 4·20 + 100)/6 = 30;
    // uniform (0 + 100)/2 = 50. Standard deviations about 21.6, 17.3 and 28.9 euro, so over 20,000 draws
    // the standard error of a mean is at most 0.21 euro; allow 0.8.
    // y: mode at the low end (10 in 10…30): every draw within 10…30 and mean (10 + 10 + 30)/3 = 16.67 (triangular).
    const skew = testCatalog([
      { code: "x", amount: "20.00", range: { low: "0.00", high: "100.00" } },
      { code: "y", amount: "10.00", range: { low: "10.00", high: "30.00" } },
    ]);
    const c1 = cases([
      simpleCase(
        "m",
        [
          { item: "x", quantity: 1, reason: "r" },
          { item: "y", quantity: 1, reason: "r" },
        ],
        [],
      ),
    ]);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const [distribution, mx, my] of [
      ["triangular", 40, 50 / 3],
      ["pert", 30, (10 + 40 + 30) / 6],
      ["uniform", 50, 20],
    ] as const) {
      const s = simulate(c1, {
        catalog: skew,
        pricelist: "test",
        seed: 17,
        draws: 20_000,
        distribution,
        samples: true,
      });
      const xs = s.samples?.["x@test@1"] as number[];
      const ys = s.samples?.["y@test@1"] as number[];
      expect(Math.abs(mean(xs) - mx)).toBeLessThan(0.8);
      expect(Math.abs(mean(ys) - my)).toBeLessThan(0.3);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(100);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
      expect(Math.max(...ys)).toBeLessThanOrEqual(30);
    }
  });

  it("equals the exact evaluation when every range has zero width", () => {
    const zero = testCatalog([
      { code: "cell", amount: "200.00", unit: "day", range: { low: "200.00", high: "200.00" } },
      { code: "meeting", amount: "1500.00", range: { low: "1500.00", high: "1500.00" } },
      { code: "card", amount: "3000.00" },
    ]);
    // Case a by hand: C = 30 × 200 = 6000.00, A = I = 1500 + 3000 = 4500.00, net 1500.00, ratio 6000/4500 = 1.3333.
    // Case b: 10 days × 200 = 2000.00; I = 0.5 × 1500 = 750.00; net 1250.00.
    for (const distribution of ["triangular", "uniform", "pert"] as const) {
      // roughRange "0": the rough card without a range stays fixed too (by default it is drawn within ±30%).
      const s = simulate(cs, {
        catalog: zero,
        pricelist: "test",
        seed: 9,
        draws: 50,
        distribution,
        groupBy: ["wijk"],
        roughRange: "0",
      });
      const exact = evaluateCases(cs, { catalog: zero, pricelist: "test" });
      expect(s.groups[0]?.netReturn).toEqual({ mean: "1500.00", p5: "1500.00", p50: "1500.00", p95: "1500.00" });
      expect(s.groups[0]?.ratio?.p50).toBe("1.3333");
      expect(s.groups[1]?.netReturn.p95).toBe(centsToString(exact.cases[1]?.netReturn ?? 0));
      expect(s.total.netReturn.p50).toBe("2750.00");
      expect(s.total.exact.netReturn).toBe("2750.00");
      expect(s.total.probabilityPositive).toBe("1.0000");
    }
  });

  it("states the ratio of a zero-width simulation as the exact ratio, halves rounded up", () => {
    // B = 3002.10, I = 2000.00: B / I = 1.50105 exactly → "1.5011" (half-up), while the float 300210 / 200000
    // is 1.501049999… and toFixed(4) would give "1.5010".
    const flat = testCatalog([
      { code: "b", amount: "3002.10", range: { low: "3002.10", high: "3002.10" } },
      { code: "i", amount: "2000.00" },
    ]);
    const c1 = cases([
      simpleCase("r", [{ item: "b", quantity: 1, reason: "r" }], [{ item: "i", quantity: 1, intervention: true }]),
    ]);
    const s = simulate(c1, { catalog: flat, pricelist: "test", seed: 1, draws: 20, roughRange: "0" });
    expect(s.total.exact.ratio).toBe("1.5011");
    expect(s.total.ratio).toEqual({ mean: "1.5011", p5: "1.5011", p50: "1.5011", p95: "1.5011" });
  });

  it("draws percentiles of a known uniform and triangular distribution within tolerance", () => {
    const one = testCatalog([
      { code: "x", amount: "50.00", range: { low: "0.00", high: "100.00" } },
      { code: "i", amount: "10.00" },
    ]);
    const c1 = cases([
      simpleCase("u", [{ item: "x", quantity: 1, reason: "r" }], [{ item: "i", quantity: 1, intervention: true }]),
    ]);
    // net = X − 10. Uniform(0, 100): P5 = 5, P50 = 50, P95 = 95, so net −5, 40, 85.
    // The standard error of a quantile near q is sqrt(q(1−q)/n)/f = sqrt(0.0475/20000)×100 ≈ 0.15 euro; allow 1 euro.
    const u = simulate(c1, {
      catalog: one,
      pricelist: "test",
      seed: 5,
      draws: 20_000,
      distribution: "uniform",
      roughRange: "0",
    });
    expect(Math.abs(Number(u.total.netReturn.p5) + 5)).toBeLessThan(1);
    expect(Math.abs(Number(u.total.netReturn.p50) - 40)).toBeLessThan(1.5);
    expect(Math.abs(Number(u.total.netReturn.p95) - 85)).toBeLessThan(1);
    // P(net > 0) = P(X > 10) = 0.9 (sd of the share: sqrt(0.09/20000) ≈ 0.002).
    expect(Math.abs(Number(u.total.probabilityPositive) - 0.9)).toBeLessThan(0.01);
    // Triangular(0, 50, 100): F(x) = x²/5000 below the mode, so P5 = sqrt(0.05 × 5000) = 15.81, P50 = 50,
    // P95 = 100 − sqrt(0.05 × 5000) = 84.19; net subtracts 10.
    const t = simulate(c1, { catalog: one, pricelist: "test", seed: 5, draws: 20_000, roughRange: "0" });
    expect(Math.abs(Number(t.total.netReturn.p5) - 5.81)).toBeLessThan(1);
    expect(Math.abs(Number(t.total.netReturn.p50) - 40)).toBeLessThan(1);
    expect(Math.abs(Number(t.total.netReturn.p95) - 74.19)).toBeLessThan(1);
    // PERT(0, 50, 100) is Beta(3, 3) scaled: mean 50, P5 ≈ 18.93 (the Beta(3,3) 5% quantile is 0.1893).
    const p = simulate(c1, {
      catalog: one,
      pricelist: "test",
      seed: 5,
      draws: 20_000,
      distribution: "pert",
      roughRange: "0",
    });
    expect(Math.abs(Number(p.total.netReturn.mean) - 40)).toBeLessThan(0.6);
    expect(Math.abs(Number(p.total.netReturn.p5) - 8.93)).toBeLessThan(1.2);
  });

  it("draws counterfactual alternatives by their probabilities", () => {
    const one = testCatalog([
      { code: "x", amount: "100.00" },
      { code: "i", amount: "10.00" },
    ]);
    const c1 = cases([
      simpleCase(
        "alt",
        {
          alternatives: [
            { probability: "0.3", lines: [{ item: "x", quantity: 1, reason: "r" }] },
            { probability: "0.7", lines: [] },
          ],
        },
        [{ item: "i", quantity: 1, intervention: true }],
      ),
    ]);
    // Exact: C = 0.3 × 100 = 30.00, net 20.00. A draw: net 90 with p 0.3, −10 with p 0.7.
    const s = simulate(c1, { catalog: one, pricelist: "test", seed: 11, draws: 10_000, roughRange: "0" });
    expect(s.total.exact.netReturn).toBe("20.00");
    expect(s.total.netReturn.p5).toBe("-10.00");
    expect(s.total.netReturn.p95).toBe("90.00");
    expect(Math.abs(Number(s.total.probabilityPositive) - 0.3)).toBeLessThan(0.015);
  });

  it("draws the uncertain prices inside an alternative like those of a plain counterfactual", () => {
    const one = testCatalog([
      { code: "x", amount: "100.00", range: { low: "50.00", high: "200.00" } },
      { code: "i", amount: "30.00" },
    ]);
    // The same counterfactual twice: as plain lines, and as one alternative of probability 1.
    // Prices are drawn before the alternative, so with one seed both give the same draws:
    // net = X − 30 with X uniform on 50…200: P5 = 57.50 − 30 = 27.50, P95 = 192.50 − 30 = 162.50 (about).
    const plain = cases([
      simpleCase("p", [{ item: "x", quantity: 1, reason: "r" }], [{ item: "i", quantity: 1, intervention: true }]),
    ]);
    const alt = cases([
      simpleCase("p", { alternatives: [{ probability: "1", lines: [{ item: "x", quantity: 1, reason: "r" }] }] }, [
        { item: "i", quantity: 1, intervention: true },
      ]),
    ]);
    const a = simulate(plain, { catalog: one, pricelist: "test", seed: 3, draws: 2000, distribution: "uniform" });
    const b = simulate(alt, { catalog: one, pricelist: "test", seed: 3, draws: 2000, distribution: "uniform" });
    expect(b.total.netReturn).toEqual(a.total.netReturn);
    expect(b.total.netReturn.p5).not.toBe(b.total.netReturn.p95);
    expect(Math.abs(Number(b.total.netReturn.p95) - 162.5)).toBeLessThan(3);
  });

  it("refuses bad options as input errors, all at once", () => {
    try {
      simulate(cs, { catalog, pricelist: "test", seed: -1, draws: 0, groupBy: ["street"] });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      expect((e as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
        "invalid_draws",
        "invalid_seed",
      ]);
    }
  });
});

describe("simulate: size checked up front", () => {
  it("refuses draws × groups beyond what it holds in memory, before drawing, saying how to go smaller", () => {
    const catalog = testCatalog([{ code: "cell", amount: "250.00", range: { low: "200.00", high: "300.00" } }]);
    const cs = cases([simpleCase("a", [{ item: "cell", quantity: 30, reason: "r" }], [], { wijk: "W1" })]);
    try {
      simulate(cs, { catalog, pricelist: "test", seed: 1, draws: 999_999_999, groupBy: ["wijk"] });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      const issue = (e as { issues: { code: string; path: unknown[]; message: string; expected?: string }[] })
        .issues[0];
      expect(issue?.code).toBe("simulation_too_large");
      expect(issue?.path).toEqual(["draws"]);
      expect(issue?.message).toMatch(
        /999999999 draws over \d+ groups and \d+ payers in two lenses would keep \d+ figures, more than the 60000000/,
      );
      expect(issue?.expected).toMatch(/fewer draws, a coarser grouping/);
    }
  });
});
