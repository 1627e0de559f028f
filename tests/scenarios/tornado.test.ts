import { describe, expect, it } from "vitest";
import { simulationHtml, simulationMarkdown } from "../../src/report/scenarios/scenarioReports.js";
import { simulateCents, tornado, tornadoCents } from "./asJson.js";
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
    const t = tornado(cs, { catalog, pricelist: "test", roughRange: "0" });
    expect(t.netReturn).toEqual({ budget: "1500.00", societal: "1500.00" });
    expect(
      t.rows.map((r) => [
        r.item,
        r.lenses.budget.netAtLow,
        r.lenses.budget.netAtMode,
        r.lenses.budget.netAtHigh,
        r.lenses.budget.swing,
        r.lenses.budget.switching.value,
        r.lenses.budget.switching.withinRange,
      ]),
    ).toEqual([
      ["cell", "0.00", "1500.00", "4500.00", "4500.00", "150.0000", true],
      ["meeting", "2000.00", "1500.00", "1000.00", "1000.00", "3000.0000", false],
    ]);
    // The reports mark the switching value outside its range with "*" and explain the mark, in Markdown and HTML.
    const sim = simulateCents(cs, { catalog, pricelist: "test", roughRange: "0", seed: 1, draws: 10 });
    const tc = tornadoCents(cs, { catalog, pricelist: "test" });
    for (const text of [simulationMarkdown(sim, tc, "en"), simulationHtml(sim, tc, "en")]) {
      expect(text).toMatch(/3,000\.0000 (\*|&#42;)/);
      expect(text).toMatch(/outside the input(&#39;|')s range/);
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
    const t = tornado(cs, { catalog, pricelist: "test", roughRange: "0" });
    expect(t.rows[0]?.item).toBe("support");
    expect(t.rows[0]?.lenses.budget.switching).toEqual({ value: "77.7778", exact: "700/9", withinRange: true });
    // 9/7 × 60 = 77.142857… → 77.14, net −22.86; 9/7 × 80 = 102.857… → 102.86, net 2.86.
    expect(t.rows[0]?.lenses.budget).toMatchObject({ netAtLow: "-22.86", netAtHigh: "2.86", swing: "25.72" });
  });

  // Counterfactual 30 days of a cell at 200.00 = 6,000.00 (no range); a card of 3,000.00 the intervention.
  const rateCatalog = () =>
    testCatalog([
      { code: "cell", amount: "200.00", unit: "day" },
      { code: "card", amount: "3000.00" },
    ]);
  const rateCase = (days: number) =>
    cases([
      simpleCase(
        "r",
        [{ item: "cell", quantity: days, reason: "r" }],
        [{ item: "card", quantity: 1, intervention: true }],
      ),
    ]);
  const deadweight = { deadweight: { global: "0.1:0.2:0.3" }, attribution: { global: "0.25" } };

  it("gives a rate's switching value by hand, multiplied", () => {
    // Net N(r) = 6,000 × (1 − r) × 0.75 − 3,000. At 0.2: 3,600 − 3,000 = 600.00; at 0.1: 4,050 − 3,000 = 1,050.00;
    // at 0.3: 3,150 − 3,000 = 150.00; swing 900.00. Zero at 4,500 × (1 − r) = 3,000: r = 1/3 (outside 0.1–0.3).
    const t = tornado(rateCase(30), {
      catalog: rateCatalog(),
      pricelist: "test",
      roughRange: "0",
      adjustments: deadweight,
    });
    expect(t.netReturn.budget).toBe("600.00");
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({
      kind: "rate",
      input: "deadweight",
      low: "0.1",
      mode: "0.2",
      high: "0.3",
      domain: { min: "0", max: "1" },
      lensesAgree: true,
    });
    expect(t.rows[0]?.lenses.budget).toEqual({
      netAtLow: "1050.00",
      netAtMode: "600.00",
      netAtHigh: "150.00",
      swing: "900.00",
      switching: { value: "0.3333", exact: "1/3", withinRange: false },
    });
  });

  it("gives a rate's switching value by hand, added, within the domain the other rates leave", () => {
    // Net N(r) = 6,000 × (1 − r − 0.25) − 3,000. At 0.2: 3,300 − 3,000 = 300.00; at 0.1: 900.00; at 0.3: −300.00.
    // Zero at 0.75 − r = 0.5: r = 0.25 (within 0.1–0.3). The domain ends at 1 − 0.25 = 0.75.
    const t = tornado(rateCase(30), {
      catalog: rateCatalog(),
      pricelist: "test",
      roughRange: "0",
      adjustments: deadweight,
      combine: "additive",
    });
    expect(t.rows[0]).toMatchObject({ domain: { min: "0", max: "0.75" } });
    expect(t.rows[0]?.lenses.budget).toMatchObject({
      netAtLow: "900.00",
      netAtHigh: "-300.00",
      swing: "1200.00",
      switching: { value: "0.2500", exact: "1/4", withinRange: true },
    });
    // 10 days: 2,000 × (0.75 − r) = 3,000 needs r = −0.75: no rate can bring the net return to zero.
    const none = tornado(rateCase(10), {
      catalog: rateCatalog(),
      pricelist: "test",
      roughRange: "0",
      adjustments: deadweight,
      combine: "additive",
    });
    expect(none.rows[0]?.lenses.budget.switching).toEqual({ none: "outsideDomain" });
  });

  const altCase = (alternatives: { probability: string; label: string; days: number }[]) =>
    cases([
      {
        id: "p",
        wijk: "W1",
        start: "2024-03-01",
        counterfactual: {
          alternatives: alternatives.map((a) => ({
            probability: a.probability,
            label: a.label,
            lines: a.days > 0 ? [{ item: "cell", quantity: a.days, reason: "r" }] : [],
          })),
        },
        actual: [{ item: "card", quantity: 1, intervention: true }],
      },
    ]);

  it("gives a probability's switching value by hand", () => {
    // Detention 0.35 (30 days: 6,000.00), police 0.65 (5 days: 1,000.00); card 3,000.00.
    // Net N(p) = 6,000 p + 1,000 (1 − p) − 3,000: at 0.35 −250.00; at 0 −2,000.00; at 1 3,000.00; swing 5,000.00.
    // Zero at 5,000 p = 2,000: p = 0.4. A set of two alternatives is one row (the other is 1 − p).
    const t = tornado(
      altCase([
        { probability: "0.35", label: "detentie", days: 30 },
        { probability: "0.65", label: "politie", days: 5 },
      ]),
      { catalog: rateCatalog(), pricelist: "test", roughRange: "0" },
    );
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]).toMatchObject({
      kind: "probability",
      input: "p/counterfactual.alternatives[0]",
      case: "p",
      alternative: 0,
      label: "detentie",
      range: "unit",
      low: "0",
      mode: "0.35",
      high: "1",
    });
    expect(t.rows[0]?.lenses.budget).toEqual({
      netAtLow: "-2000.00",
      netAtMode: "-250.00",
      netAtHigh: "3000.00",
      swing: "5000.00",
      switching: { value: "0.4000", exact: "2/5", withinRange: true },
    });
  });

  it("gives one row per judgement shared by several cases, swinging them together", () => {
    // Three cases with detention 0.35 (30 days: 6,000.00) or police 0.65 (5 days: 1,000.00); card 3,000.00 each.
    // Two share a judgement (κ 20, one reason): one row setting both, N(p) = 2 × (5,000 p − 2,000) + (−250.00):
    // at 0 −4,250.00, at 1 5,750.00; zero at 10,000 p = 4,250: p = 0.425. The third has its own reason: its own row.
    const shared = { concentration: "20", reason: "team estimate" };
    const alts = (id: string, reason: string) => ({
      id,
      wijk: "W1",
      start: "2024-03-01",
      counterfactual: {
        uncertainty: { ...shared, reason },
        alternatives: [
          { probability: "0.35", label: "detentie", lines: [{ item: "cell", quantity: 30, reason: "r" }] },
          { probability: "0.65", label: "politie", lines: [{ item: "cell", quantity: 5, reason: "r" }] },
        ],
      },
      actual: [{ item: "card", quantity: 1, intervention: true }],
    });
    const cs = cases([alts("a", "team estimate"), alts("b", "team estimate"), alts("c", "another estimate")]);
    const t = tornado(cs, { catalog: rateCatalog(), pricelist: "test", roughRange: "0" });
    expect(t.rows).toHaveLength(2);
    const row = t.rows.find((r) => r.judgement !== undefined);
    expect(row).toMatchObject({
      kind: "probability",
      input: "probabilities@a/counterfactual.alternatives[0]",
      judgement: "team estimate",
      alternative: 0,
      label: "detentie",
      range: "stated",
      mode: "0.35",
      cases: 2,
    });
    expect(row?.case).toBeUndefined();
    // Over its Beta(7, 13) P5 … P95, both cases move: twice the swing of the one-case row over the same range.
    const one = t.rows.find((r) => r.case === "c");
    expect(one).toMatchObject({ cases: 1, low: row?.low, high: row?.high });
    expect(Number(row?.lenses.budget.swing)).toBeCloseTo(2 * Number(one?.lenses.budget.swing), 2);
    const two = cases([alts("a", "x"), alts("b", "x")]);
    const at0 = tornado(two, { catalog: rateCatalog(), pricelist: "test", roughRange: "0" });
    // Without the third case: N(p) = 10,000 p − 4,000, zero at p = 0.4, as with each case alone.
    expect(at0.rows).toHaveLength(1);
    expect(at0.rows[0]?.lenses.budget.switching).toMatchObject({ value: "0.4000", exact: "2/5" });
    // With the third fixed at its baseline (−250.00): zero at 10,000 p = 4,250.
    expect(row?.lenses.budget.switching).toMatchObject({ value: "0.4250", exact: "17/40" });
  });

  it("keeps the other alternatives' proportions when one probability varies", () => {
    // A 0.5 (6,000.00), B 0.3 (1,000.00), C 0.2 (nothing). B at x: A = 0.5 (1 − x) / 0.7, C = 0.2 (1 − x) / 0.7.
    // N(x) = 6,000 × 5/7 × (1 − x) + 1,000 x − 3,000 = 0 at 9,000/7 = 23,000/7 x: x = 9/23.
    const t = tornado(
      altCase([
        { probability: "0.5", label: "A", days: 30 },
        { probability: "0.3", label: "B", days: 5 },
        { probability: "0.2", label: "C", days: 0 },
      ]),
      { catalog: rateCatalog(), pricelist: "test", roughRange: "0" },
    );
    expect(t.rows).toHaveLength(3);
    const b = t.rows.find((r) => r.label === "B");
    expect(b?.lenses.budget.switching).toEqual({ value: "0.3913", exact: "9/23", withinRange: true });
    // B at 0: A = 5/7 → 6,000 × 5/7 = 4,285.71 (rounded once) − 3,000 = 1,285.71; B at 1: 1,000 − 3,000.
    expect(b?.lenses.budget).toMatchObject({ netAtLow: "1285.71", netAtHigh: "-2000.00" });
  });

  it("gives rows per lens where a transfer makes the lenses differ", () => {
    // Avoided: the cell (6,000.00) and bijstand 4,000.00, a transfer the societal lens leaves out; card 3,000.00.
    // Deadweight r on both: budget N(r) = 10,000 (1 − r) − 3,000, zero at r = 0.7;
    // societal N(r) = 6,000 (1 − r) − 3,000, zero at r = 0.5. Neither within 0.1–0.3.
    const cs = cases([
      simpleCase(
        "t",
        [
          { item: "cell", quantity: 30, reason: "r" },
          {
            amount: "4000.00",
            description: "bijstand",
            payer: "gemeente",
            domain: "inkomen",
            transfer: true,
            reason: "r",
          },
        ],
        [{ item: "card", quantity: 1, intervention: true }],
      ),
    ]);
    const t = tornado(cs, {
      catalog: rateCatalog(),
      pricelist: "test",
      roughRange: "0",
      adjustments: { deadweight: { global: "0.1:0.2:0.3" } },
    });
    expect(t.netReturn).toEqual({ budget: "5000.00", societal: "1800.00" });
    const row = t.rows[0];
    expect(row?.lensesAgree).toBe(false);
    expect(row?.swing).toBe("2000.00");
    expect(row?.lenses.budget.switching).toMatchObject({ value: "0.7000", withinRange: false });
    expect(row?.lenses.societal).toMatchObject({
      netAtLow: "2400.00",
      netAtHigh: "1200.00",
      swing: "1200.00",
      switching: { value: "0.5000", withinRange: false },
    });
  });

  it("varies a rough item without a range within the simulation's assumed range, as the simulation draws it", () => {
    // The card (rough, no range) at ±30%: 2,100.00 … 3,900.00. Net = 6,000 − card: 3,900.00 … 2,100.00.
    const t = tornado(rateCase(30), { catalog: rateCatalog(), pricelist: "test" });
    const card = t.rows.find((r) => r.item === "card");
    expect(card).toMatchObject({ kind: "price", range: "assumed", low: "2100.00", mode: "3000.00", high: "3900.00" });
    expect(card?.lenses.budget).toMatchObject({ netAtLow: "3900.00", netAtHigh: "2100.00", swing: "1800.00" });
    expect(card?.lenses.budget.switching).toEqual({ value: "6000.0000", exact: "6000", withinRange: false });
    // The cell is rough too: both rows; with roughRange 0 neither.
    expect(t.rows.map((r) => r.item).sort()).toEqual(["card", "cell"]);
    expect(tornado(rateCase(30), { catalog: rateCatalog(), pricelist: "test", roughRange: "0" }).rows).toEqual([]);
  });
});
