import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors/InputError.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { parseRollupAggregate } from "../../src/rollup/parseRollupAggregate.js";
import { caseResultArb } from "./fixtures.js";

describe("parseRollupAggregate", () => {
  it("accepts every aggregate rendement writes, unchanged", () => {
    fc.assert(
      fc.property(fc.array(caseResultArb, { maxLength: 8 }), (cs) => {
        const r = createRollup(["wijk", "payer"]);
        for (const c of cs) r.add(c);
        const json = JSON.parse(JSON.stringify(r.aggregate()));
        expect(parseRollupAggregate(json)).toEqual(json);
      }),
      { numRuns: 50 },
    );
  });

  it("names every problem of a hand-made partial", () => {
    const bad = {
      format: "rendement-rollup",
      version: 1,
      groupBy: ["wijk"],
      lists: {},
      total: { by: {}, cases: 1, unexplainedCases: 0, unexplainedLines: 0, counterfactualLines: 0, payers: { zvw: { c: "10", a: "0.00", i: "0.00", sc: "0.00", sa: "0.00", si: "0.00" } }, wellbeing: {} },
      groups: { '["B"]': { by: { wijk: "A" }, cases: 1.5, unexplainedCases: 0, unexplainedLines: 0, counterfactualLines: 0, payers: {}, wellbeing: { rapportcijfer: { deltas: { "0.5": 1 }, sumBefore: "1", sumAfter: "2", beforeOnly: 0 } } } },
    };
    try {
      parseRollupAggregate(bad, { file: "part.json" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const paths = (e as InputError).issues.map((i) => i.path.join("."));
      expect(paths).toEqual(["total.payers.zvw.c", 'groups.["B"].cases', 'groups.["B"].wellbeing.rapportcijfer.deltas.0.5']);
      expect((e as InputError).issues.every((i) => i.file === "part.json")).toBe(true);
    }
  });

  it("refuses a group filed under the wrong key", () => {
    const r = createRollup(["wijk"]);
    r.add(fc.sample(caseResultArb, { numRuns: 1, seed: 3 })[0]!);
    const a = JSON.parse(JSON.stringify(r.aggregate()));
    const [key, g] = Object.entries(a.groups)[0]!;
    a.groups = { '["elders"]': g };
    expect(() => parseRollupAggregate(a)).toThrow(/the group key should be/);
    expect(key).not.toBe('["elders"]');
  });
});
