import { describe, expect, it } from "vitest";
import { compileSimulation } from "../../src/scenarios/compileSimulation.js";
import { runDraws } from "../../src/scenarios/runDraws.js";
import { summariseDraws } from "../../src/scenarios/summariseDraws.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

const catalog = testCatalog([
  { code: "x", amount: "100.00", range: { low: "50.00", high: "200.00" } },
  { code: "y", amount: "10.00", unit: "week", range: { low: "5.00", high: "20.00" } },
  { code: "i", amount: "30.00", range: { low: "20.00", high: "40.00" } },
]);
const cs = cases([
  simpleCase(
    "a",
    [{ item: "x", quantity: 2, reason: "r" }],
    [
      { item: "i", quantity: 1, intervention: true },
      { item: "y", period: { from: "2024-03-01", through: "2024-03-10" } },
    ],
  ),
  simpleCase(
    "b",
    {
      alternatives: [
        { probability: "0.25", lines: [{ item: "x", quantity: 1, reason: "r" }] },
        { probability: "0.75", lines: [{ item: "y", quantity: 3, reason: "r" }] },
      ],
    },
    [{ item: "i", quantity: 2, intervention: true }],
    { wijk: "W2" },
  ),
]);

describe("runDraws", () => {
  it("gives the same figures however the draws are split (as over workers)", () => {
    const m = compileSimulation(cs, { catalog, pricelist: "test", groupBy: ["wijk"] });
    const opts = { seed: 99n, draws: 1000, distribution: "pert" as const, groupBy: ["wijk" as const], samples: true };
    const whole = summariseDraws(m, [runDraws(m, 99n, "pert", 0, 1000, true)], opts);
    // Three uneven blocks, handed over in another order.
    const parts = summariseDraws(
      m,
      [
        runDraws(m, 99n, "pert", 700, 1000, true),
        runDraws(m, 99n, "pert", 0, 123, true),
        runDraws(m, 99n, "pert", 123, 700, true),
      ],
      opts,
    );
    expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
  });

  it("draws alternatives with their own uncertain lines", () => {
    const m = compileSimulation(cs, { catalog, pricelist: "test", groupBy: ["wijk"] });
    // Case b: net = X − 2·I with probability 0.25, or 3·Y − 2·I with probability 0.75.
    // Bounds: X in 50…200, Y in 5…20, I in 20…40, so net lies in 50 − 80 … 200 − 40 or 15 − 80 … 60 − 40.
    const b = runDraws(m, 5, "uniform", 0, 2000);
    let lowBranch = 0;
    for (let d = 0; d < 2000; d++) {
      const net = (b.net[d * 2 + 1] as number) / 100;
      expect(net).toBeGreaterThanOrEqual(-65);
      expect(net).toBeLessThanOrEqual(160);
      if (net <= 20) lowBranch++;
    }
    // The Y branch (p = 0.75) always gives net ≤ 20; the X branch only when X − 2I ≤ 20 (rarely).
    expect(lowBranch / 2000).toBeGreaterThan(0.7);
    expect(lowBranch / 2000).toBeLessThan(0.85);
  });
});
