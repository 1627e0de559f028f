import { describe, expect, it } from "vitest";
import { createEvaluator, parseCaseFile } from "../../src/index.js";
import { kase, testCatalog } from "../fixtures/cases.js";
import { issuesOf } from "../fixtures/lists.js";

describe("createEvaluator", () => {
  const c = parseCaseFile({ cases: [kase({ counterfactual: [{ item: "d.day", quantity: 2, reason: "r" }] })] })
    .cases[0]!;

  it("resolves a list once and reuses it", () => {
    const ev = createEvaluator({ catalog: testCatalog(), pricelist: "t@1" });
    const a = ev.listFor(c);
    ev.evaluate(c);
    expect(ev.listFor(c)).toBe(a);
    expect([...ev.lists.keys()]).toEqual(["t@1"]);
  });

  it("refuses a list reference that is not id or id@version", () => {
    expect(issuesOf(() => createEvaluator({ catalog: testCatalog(), pricelist: "T 1" }))[0]).toMatchObject({
      code: "invalid_pricelist_ref",
    });
  });

  it("applies price overrides in cents (what-if)", () => {
    // d.day overridden to 123.45: 2 days = 246.90
    const ev = createEvaluator({ catalog: testCatalog(), pricelist: "t@1", overrides: new Map([["d.day", 12345]]) });
    expect(ev.evaluate(c).counterfactualCost).toBe(24690);
  });

  it("knows the bundled wellbeing instruments by default, and only those given when given", () => {
    const w = parseCaseFile({
      cases: [kase({ wellbeing: [{ instrument: "rapportcijfer", before: { scores: { cijfer: 5 } } }] })],
    }).cases[0]!;
    expect(createEvaluator({ catalog: testCatalog(), pricelist: "t@1" }).evaluate(w).wellbeing[0]?.instrument).toBe(
      "rapportcijfer",
    );
    const none = createEvaluator({ catalog: testCatalog(), pricelist: "t@1", instruments: new Map() });
    expect(issuesOf(() => none.evaluate(w))[0]).toMatchObject({
      code: "unknown_instrument",
      path: ["wellbeing", 0, "instrument"],
    });
  });
});
