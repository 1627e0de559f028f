import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCents } from "../../src/money/cents.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import type { GroupDimension } from "../../src/rollup/types.js";
import { caseResultArb, result } from "./fixtures.js";

const FIGS = ["counterfactualCost", "actualCost", "interventionCost", "avoidedCost", "netReturn"] as const;

describe("createRollup", () => {
  it("gives group totals that add up to the grand total to the cent, in both lenses", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GroupDimension[]>(["wijk"], ["programme", "month"], ["payer"], ["wijk", "payer", "year"]),
        fc.array(caseResultArb, { maxLength: 25 }),
        (g, cs) => {
          const r = createRollup(g);
          for (const c of cs) r.add(c);
          const t = finalizeRollup(r.aggregate());
          for (const f of FIGS) {
            const sum = t.rows.reduce((s, row) => addCents(s, row[f]), 0);
            expect(sum).toBe(t.total[f]);
            const soc = t.rows.reduce((s, row) => addCents(s, row.societal[f]), 0);
            expect(soc).toBe(t.total.societal[f]);
            // and the total is the sum of the cases
            expect(cs.reduce((s, c) => addCents(s, c[f]), 0)).toBe(t.total[f]);
          }
          // payer matrix: Σ net over payers = the group's net
          for (const row of t.rows) expect(row.payers.reduce((s, p) => addCents(s, p.net), 0)).toBe(row.netReturn);
          if (!g.includes("payer")) expect(t.rows.reduce((s, row) => s + row.cases, 0)).toBe(cs.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("counts its groups and keeps a programme-less case apart", () => {
    const r = createRollup(["programme"]);
    r.add(result({ id: "a", wijk: "A", start: "2024-01-01", payers: { zvw: [100, 0, 0] } }));
    r.add(result({ id: "b", wijk: "A", programme: "Schulden", start: "2024-01-01", payers: { zvw: [100, 0, 0] } }));
    expect(r.groups).toBe(2);
    expect(Object.keys(r.aggregate().groups)).toEqual(['[""]', '["Schulden"]']);
  });
});

describe("createRollup().addCase: the engine's cents folded directly", () => {
  it("gives the aggregate of folding the evaluated results, to the byte, for random cases", async () => {
    const { bundledCatalog, createEvaluator, parseCaseFile, resolvePriceList } = await import("../../src/index.js");
    const { randomCase } = await import("../fixtures/arbitraries.js");
    const catalog = bundledCatalog();
    const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
    fc.assert(
      fc.property(
        fc.array(randomCase(list), { maxLength: 10 }),
        fc.constantFrom<GroupDimension[]>(["wijk", "payer"], ["programme", "quarter"], []),
        (inputs, groupBy) => {
          const cases = parseCaseFile({ cases: inputs.map((c, i) => ({ ...c, id: `c${i}` })) }).cases;
          const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
          const direct = createRollup(groupBy);
          const viaResults = createRollup(groupBy);
          for (const c of cases) {
            direct.addCase(c, ev);
            viaResults.add(ev.evaluate(c));
          }
          expect(JSON.stringify(direct.aggregate())).toBe(JSON.stringify(viaResults.aggregate()));
        },
      ),
      { numRuns: 60 },
    );
  });
});
