import { describe, expect, it } from "vitest";
import { casesView, chartView, counterfactualChart, rollupView } from "../../src/notebook/index.js";
import { districtResults, XSS } from "../report/helpers.js";

const display = (x: object) => (x as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!();

describe("notebook display", () => {
  const results = districtResults(true);

  it("displays a roll-up as HTML and plain text, with the hostile wijk escaped", () => {
    const view = rollupView(results, ["wijk"]);
    const bundle = display(view);
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
    expect(bundle["text/plain"]).toContain("WK079604");
    expect(bundle["text/html"]).toContain("<svg");
    expect(bundle["text/html"]).not.toContain(XSS);
    expect(view.table.rows).toHaveLength(6);
  });

  it("displays charts as Vega-Lite v5", () => {
    const view = rollupView(results, ["wijk"]);
    for (const c of [
      view.chart(),
      view.payerChart(),
      view.wellbeingChart(),
      chartView(counterfactualChart(view.table)),
    ]) {
      const b = display(c);
      expect((b["application/vnd.vegalite.v5+json"] as { $schema: string }).$schema).toContain("vega-lite/v5");
      expect(typeof b["text/plain"]).toBe("string");
    }
  });

  it("displays cases, limited, with every value escaped", () => {
    const b = display(casesView(results, { limit: 400 }));
    expect(b["text/html"]).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(b["text/html"]).not.toContain("<script>");
    expect(display(casesView(results, { limit: 3 }))["text/plain"]).toContain(`… nog ${results.length - 3}`);
  });
});
