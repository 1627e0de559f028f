import { describe, expect, it } from "vitest";
import district from "../../examples/district/cases.json" with { type: "json" };
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

// The synthetic district of examples/district (scripts/generate-district.mjs).
describe("examples/district/cases.json", () => {
  const file = parseCaseFile(district, { file: "examples/district/cases.json" });
  const ev = evaluateCases(file.cases, {
    catalog: bundledCatalog(),
    instruments: loadInstruments(),
    pricelist: "sociaal-domein",
  });

  it("is marked synthetic and prices every case with the sociaal-domein list", () => {
    expect(file.synthetic).toBe(true);
    expect(file.cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ev.lists.map((l) => l.id))).toEqual(new Set(["sociaal-domein"]));
    expect(file.cases.every((c) => c.start >= "2024-01-16" && c.start <= "2025-12-31")).toBe(true);
  });

  it("has 4–6 wijken, alternatives, wellbeing and a realistic few unexplained lines", () => {
    const t = rollupCases(ev.cases, ["wijk"]);
    expect(t.rows.length).toBeGreaterThanOrEqual(4);
    expect(t.rows.length).toBeLessThanOrEqual(6);
    expect(file.cases.some((c) => !Array.isArray(c.counterfactual))).toBe(true);
    expect(t.total.wellbeing.reduce((s, w) => s + w.measured, 0)).toBeGreaterThan(50);
    expect(t.total.unexplainedLines).toBeGreaterThan(0);
    expect(t.total.unexplainedLines / t.total.counterfactualLines).toBeLessThan(0.1);
    expect(Number(t.total.netReturn)).toBeGreaterThan(0); // only a plausibility check on the sign
  });
});
