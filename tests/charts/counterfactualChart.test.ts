import { describe, expect, it } from "vitest";
import { counterfactualChart } from "../../src/charts/counterfactualChart.js";
import { payerMatrixChart } from "../../src/charts/payerMatrixChart.js";
import { wellbeingChart } from "../../src/charts/wellbeingChart.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { result } from "../rollup/fixtures.js";

const r = createRollup(["wijk"]);
r.add(
  result({
    id: "a",
    wijk: "A",
    start: "2024-01-01",
    payers: { gemeente: [100000, 30000, 25000], zvw: [50000, 0, 0] },
    wellbeing: [{ instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 4, after: 7, delta: 3 }] }],
  }),
);
r.add(result({ id: "b", wijk: "B", start: "2024-01-01", payers: { gemeente: [0, 20000, 20000] } }));
const table = finalizeRollup(r.aggregate());

describe("counterfactualChart", () => {
  it("gives a Vega-Lite v5 bar chart with both series per group and the exact amounts as text", () => {
    const spec = counterfactualChart(table);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    // A: C = 1000 + 500 = 1500, A = 300; B: C 0, A 200
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { group: "A", series: "Zonder interventie", amount: 1500, text: "€ 1.500,00" },
      { group: "A", series: "Met interventie", amount: 300, text: "€ 300,00" },
      { group: "B", series: "Zonder interventie", amount: 0, text: "€ 0,00" },
      { group: "B", series: "Met interventie", amount: 200, text: "€ 200,00" },
    ]);
    expect(spec.mark).toMatchObject({ type: "bar" });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec); // plain JSON
  });
});

describe("counterfactualChart tooltip", () => {
  it("names the group by its own dimensions, not always as a wijk", () => {
    const q = createRollup(["programme", "quarter"]);
    q.add(result({ id: "a", wijk: "A", start: "2024-05-01", payers: { zvw: [100, 0, 0] } }));
    const tip = (g: ReturnType<typeof finalizeRollup>, lang: "nl" | "en") =>
      (counterfactualChart(g, { lang }).encoding as { tooltip: { title?: string }[] }).tooltip[0]?.title;
    expect(tip(finalizeRollup(q.aggregate()), "en")).toBe("Programme · Quarter");
    expect(tip(table, "nl")).toBe("Wijk");
    expect(tip(finalizeRollup(createRollup([]).aggregate()), "nl")).toBe("Totaal");
  });
});

describe("payerMatrixChart", () => {
  it("shows per payer invested, gained and net", () => {
    // gemeente: c 1000, a 500, i 450 → gained 950, net 500; zvw: gained 500, net 500
    const values = (
      payerMatrixChart(table, { lang: "en" }).data as { values: { payer: string; series: string; amount: number }[] }
    ).values;
    expect(values.filter((v) => v.payer === "gemeente").map((v) => [v.series, v.amount])).toEqual([
      ["Invested", 450],
      ["Gained", 950],
      ["Net", 500],
    ]);
  });
});

describe("wellbeingChart", () => {
  it("shows mean before and after per group and instrument, skipping groups without measurements", () => {
    const values = (wellbeingChart(table).data as { values: { group: string; moment: string; score: number }[] })
      .values;
    expect(values.map((v) => [v.group, v.moment, v.score])).toEqual([
      ["A", "Voor", 4],
      ["A", "Na", 7],
    ]);
  });
});
