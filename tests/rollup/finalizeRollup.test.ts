import { describe, expect, it } from "vitest";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { result } from "./fixtures.js";

// Three hand-made cases (amounts in cents: [counterfactual, actual, intervention]).
const c1 = result({
  id: "c1",
  wijk: "A",
  start: "2024-05-13",
  payers: { gemeente: [100000, 30000, 25000], zvw: [50000, 10000, 0] },
  unexplained: 1,
  lines: 3,
  wellbeing: [{ instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 4, after: 7, delta: 3 }] }],
});
const c2 = result({
  id: "c2",
  wijk: "A",
  start: "2024-08-01",
  payers: { gemeente: [0, 20000, 20000] },
  wellbeing: [{ instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 6, after: 6, delta: 0 }] }],
});
const c3 = result({
  id: "c3",
  wijk: "B",
  start: "2025-01-10",
  payers: { gemeente: [200000, 50000, 50000] },
  wellbeing: [
    { instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 5, after: 4, delta: -1 }] },
    { instrument: "vuistregels", dimensions: [{ dimension: "wonen", before: 3 }] },
  ],
});

function table(groupBy: Parameters<typeof createRollup>[0]) {
  const r = createRollup(groupBy);
  for (const c of [c1, c2, c3]) r.add(c);
  return finalizeRollup(r.aggregate());
}

describe("finalizeRollup", () => {
  it("sums per wijk, with B = C − A + I, net = C − A and ratio ΣB/ΣI", () => {
    const t = table(["wijk"]);
    const [a, b] = t.rows;
    // Wijk A: C = 1000 + 500 + 0 = 1500; A = 300 + 100 + 200 = 600; I = 250 + 0 + 200 = 450
    // B = 1500 − 600 + 450 = 1350; net = 900; ratio = 1350 / 450 = 3.0000
    expect(a).toMatchObject({
      by: { wijk: "A" },
      cases: 2,
      unexplainedCases: 1,
      unexplainedLines: 1,
      counterfactualLines: 4,
      counterfactualCost: 150000,
      actualCost: 60000,
      interventionCost: 45000,
      avoidedCost: 135000,
      netReturn: 90000,
      ratio: "3.0000",
    });
    // Wijk B: C 2000, A 500, I 500 → B 2000, net 1500, ratio 4.0000
    expect(b).toMatchObject({
      by: { wijk: "B" },
      cases: 1,
      avoidedCost: 200000,
      netReturn: 150000,
      ratio: "4.0000",
    });
    // Total: C 3500, A 1100, I 950 → B 3350, net 2400; 3350/950 = 3.52631… → 3.5263
    expect(t.total).toMatchObject({
      cases: 3,
      counterfactualCost: 350000,
      actualCost: 110000,
      interventionCost: 95000,
      avoidedCost: 335000,
      netReturn: 240000,
      ratio: "3.5263",
    });
  });

  it("gives the wrong-pocket matrix per payer: invested, gained, net", () => {
    const a = table(["wijk"]).rows[0];
    // gemeente in A: c 1000, a 300 + 200 = 500, i 250 + 200 = 450 → gained 1000 − 500 + 450 = 950, net 500
    // zvw in A: c 500, a 100, i 0 → gained 400, net 400 (invests nothing, gains most per euro: the wrong pocket)
    expect(a?.payers).toEqual([
      {
        payer: "gemeente",
        counterfactualCost: 100000,
        actualCost: 50000,
        invested: 45000,
        gained: 95000,
        net: 50000,
      },
      {
        payer: "zvw",
        counterfactualCost: 50000,
        actualCost: 10000,
        invested: 0,
        gained: 40000,
        net: 40000,
      },
    ]);
  });

  it("summarises wellbeing per instrument: means, median, shares", () => {
    const t = table(["wijk"]);
    // A: deltas 3 and 0 → mean 1.50, median (0 + 3) / 2 = 1.50; before (4 + 6) / 2 = 5.00, after (7 + 6) / 2 = 6.50
    expect(t.rows[0]?.wellbeing).toEqual([
      {
        instrument: "rapportcijfer",
        measured: 2,
        beforeOnly: 0,
        meanBefore: "5.00",
        meanAfter: "6.50",
        meanDelta: "1.50",
        medianDelta: "1.50",
        improved: 1,
        unchanged: 1,
        worse: 0,
        shareImproved: "0.5000",
        shareUnchanged: "0.5000",
        shareWorse: "0.0000",
      },
    ]);
    // Total: deltas −1, 0, 3 → mean 2/3 = 0.67, median 0.00, one third each
    const rc = t.total.wellbeing.find((w) => w.instrument === "rapportcijfer");
    expect(rc).toMatchObject({
      measured: 3,
      meanDelta: "0.67",
      medianDelta: "0.00",
      shareImproved: "0.3333",
      shareWorse: "0.3333",
    });
    // vuistregels: only a before score → counted apart, no means
    expect(t.total.wellbeing.find((w) => w.instrument === "vuistregels")).toEqual({
      instrument: "vuistregels",
      measured: 0,
      beforeOnly: 1,
      improved: 0,
      unchanged: 0,
      worse: 0,
    });
  });

  it("takes a case's delta as the exact mean of its dimensions", () => {
    // dims deltas 1, 2, 2 → 5/3 per case; two such cases and one with 0 → median 5/3 = 1.67, mean (10/3)/3 = 10/9 = 1.11
    const wb = (ds: number[]) => [
      {
        instrument: "vuistregels",
        dimensions: ds.map((d, k) => ({ dimension: `d${k}`, before: 5, after: 5 + d, delta: d })),
      },
    ];
    const r = createRollup([]);
    r.add(result({ id: "x", wijk: "A", start: "2024-01-01", payers: {}, wellbeing: wb([1, 2, 2]) }));
    r.add(result({ id: "y", wijk: "A", start: "2024-01-01", payers: {}, wellbeing: wb([2, 1, 2]) }));
    r.add(result({ id: "z", wijk: "A", start: "2024-01-01", payers: {}, wellbeing: wb([0]) }));
    const agg = r.aggregate();
    expect(agg.total.wellbeing.vuistregels?.deltas).toEqual({ "0": 1, "5/3": 2 });
    expect(finalizeRollup(agg).total.wellbeing[0]).toMatchObject({
      measured: 3,
      meanDelta: "1.11",
      medianDelta: "1.67",
    });
  });

  it("groups by quarter of the start date and by payer", () => {
    expect(table(["quarter"]).rows.map((r) => [r.by.quarter, r.cases])).toEqual([
      ["2024-Q2", 1],
      ["2024-Q3", 1],
      ["2025-Q1", 1],
    ]);
    const byPayer = table(["payer"]);
    // gemeente: all three cases; zvw: only c1. Money adds up to the total; counts do not (c1 is in both).
    expect(byPayer.rows.map((r) => [r.by.payer, r.cases, r.netReturn])).toEqual([
      ["gemeente", 3, 200000],
      ["zvw", 1, 40000],
    ]);
    expect(byPayer.total.netReturn).toBe(240000);
  });

  it("states no ratio where nothing was invested", () => {
    const r = createRollup(["wijk"]);
    r.add(result({ id: "n", wijk: "A", start: "2024-01-01", payers: { zvw: [1000, 0, 0] } }));
    const t = finalizeRollup(r.aggregate());
    expect(t.total.ratio).toBeUndefined();
    expect(t.total.avoidedCost).toBe(1000);
  });

  it("lists the price lists used with their fingerprints", () => {
    expect(table([]).lists).toEqual([
      { id: "sociaal-domein", version: "2024", priceYear: 2024, fingerprint: "f".repeat(64) },
    ]);
  });
});
