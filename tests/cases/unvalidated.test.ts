// An object that never went through parseCaseFile gets issues from the engine, never a figure (issue 13).
import { describe, expect, it } from "vitest";
import { bundledCatalog, type Case, evaluateCases } from "../../src/index.js";
import { issuesOf } from "../fixtures/lists.js";

const catalog = bundledCatalog();
const base = {
  id: "x",
  wijk: "W",
  start: "2024-03-01",
  counterfactual: [{ item: "justitie.detentie.dag", quantity: 10, reason: "r" }],
  actual: [] as unknown[],
};
const problems = (c: unknown) =>
  // evaluateCases validates an object no parser branded against the case schema first (the engine's own
  // checks are the second line): what matters is that each problem is refused at its path.
  issuesOf(() => evaluateCases([c as Case], { catalog, pricelist: "sociaal-domein@2024" })).map((i) =>
    i.path.join("."),
  );

describe("evaluateCases on unvalidated objects", () => {
  it("refuses a negative or non-numeric quantity instead of pricing it", () => {
    expect(problems({ ...base, counterfactual: [{ item: "justitie.detentie.dag", quantity: "-5" }] })).toEqual([
      "cases.0.counterfactual.0.quantity",
    ]);
    expect(problems({ ...base, counterfactual: [{ item: "justitie.detentie.dag", quantity: "abc" }] })).toEqual([
      "cases.0.counterfactual.0.quantity",
    ]);
    expect(problems({ ...base, counterfactual: [{ item: "justitie.detentie.dag", quantity: -5 }] })).toEqual([
      "cases.0.counterfactual.0.quantity",
    ]);
  });

  it("refuses dates that are not real, and an amount that is not one", () => {
    expect(problems({ ...base, start: "2024-02-30" })).toEqual(["cases.0.start"]);
    const period = { from: "2024-02-28", through: "2024-02-30" };
    expect(problems({ ...base, counterfactual: [{ item: "justitie.detentie.dag", period }] })).toEqual([
      "cases.0.counterfactual.0.period.through",
    ]);
    const amount = { amount: "12,50", payer: "gemeente", description: "d", domain: "wonen" };
    expect(problems({ ...base, actual: [amount] })).toEqual(["cases.0.actual.0.amount"]);
    expect(problems({ ...base, actual: undefined })).toEqual(["cases.0.actual"]);
  });

  it("still prices the same case once it is valid", () => {
    const r = evaluateCases([base as Case], { catalog, pricelist: "sociaal-domein@2024" });
    expect(r.cases[0]?.counterfactualCost).not.toBe("0.00");
  });
});
