import { describe, expect, it } from "vitest";
import wijk from "../../examples/wijk-voorbeelden.json" with { type: "json" };
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { addCents } from "../../src/money/cents.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

describe("rollupCases", () => {
  it("rolls the bundled examples up per wijk, adding up to the cases' own net return", () => {
    const ev = evaluateCases(parseCaseFile(wijk).cases, { catalog: bundledCatalog(), instruments: loadInstruments() });
    const t = rollupCases(ev.cases, ["wijk"]);
    const net = ev.cases.reduce((s, c) => addCents(s, c.netReturn), 0);
    expect(t.total.netReturn).toBe(net);
    expect(t.rows.map((r) => r.by.wijk)).toEqual([...new Set(ev.cases.map((c) => c.wijk))].sort());
    expect(t.lists.map((l) => l.id)).toContain("sociaal-domein");
  });
});
