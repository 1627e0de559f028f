import { describe, expect, it } from "vitest";
import { simulationHtml, simulationMarkdown } from "../../src/report/scenarios/scenarioReports.js";
import { simulate } from "../../src/scenarios/simulate.js";
import { tornado } from "../../src/scenarios/tornado.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

describe("tornado", () => {
  it("ranks a two-item case by hand, with switching values", () => {
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
    ]);
    // net = 30 × cell − meeting − 3000.
    // cell: low 150 → 4500 − 1500 − 3000 = 0.00; high 300 → 9000 − 4500 = 4500.00; swing 4500.00.
    //       R (cell at 0) = −4500, Q = 30 → switching value 4500/30 = 150.0000, within 150–300.
    // meeting: low 1000 → 6000 − 4000 = 2000.00; high 2000 → 1000.00; swing 1000.00.
    //       R = 6000 − 3000 = 3000, Q = −1 → 3000.0000, outside 1000–2000.
    const t = tornado(cs, { catalog, pricelist: "test" });
    expect(t.netReturn).toBe("1500.00");
    expect(
      t.rows.map((r) => [
        r.item,
        r.netAtLow,
        r.netAtMode,
        r.netAtHigh,
        r.swing,
        r.switchingValue,
        r.switchingWithinRange,
      ]),
    ).toEqual([
      ["cell", "0.00", "1500.00", "4500.00", "4500.00", "150.0000", true],
      ["meeting", "2000.00", "1500.00", "1000.00", "1000.00", "3000.0000", false],
    ]);
    // The reports mark the switching value outside its range with "*" and explain the mark, in Markdown and HTML.
    const sim = simulate(cs, { catalog, pricelist: "test", seed: 1, draws: 10 });
    for (const text of [simulationMarkdown(sim, t, "en"), simulationHtml(sim, t, "en")]) {
      expect(text).toMatch(/3,000\.0000 (\*|&#42;)/);
      expect(text).toMatch(/outside the item(&#39;|')s range/);
    }
  });

  it("states a switching value that is not a terminating decimal exactly", () => {
    const catalog = testCatalog([
      { code: "support", amount: "70.00", unit: "week", range: { low: "60.00", high: "80.00" } },
      { code: "meeting", amount: "100.00" },
    ]);
    // 10 days = 10/7 weeks of support avoided: net = 10/7 p − 100; zero at p = 70.00 exactly? 10/7 × 70 = 100 → yes 70.
    // With 9 days: net = 9/7 p − 100, zero at p = 700/9 = 77.7777… → "77.7778", exact "700/9".
    const cs = cases([
      simpleCase(
        "s",
        [{ item: "support", period: { from: "2024-03-01", through: "2024-03-09" }, reason: "r" }],
        [{ item: "meeting", quantity: 1, intervention: true }],
      ),
    ]);
    const t = tornado(cs, { catalog, pricelist: "test" });
    expect(t.rows[0]).toMatchObject({
      item: "support",
      switchingValue: "77.7778",
      switchingValueExact: "700/9",
      switchingWithinRange: true,
    });
    // 9/7 × 60 = 77.142857… → 77.14, net −22.86; 9/7 × 80 = 102.857… → 102.86, net 2.86.
    expect(t.rows[0]).toMatchObject({ netAtLow: "-22.86", netAtHigh: "2.86", swing: "25.72" });
  });
});
