import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors/InputError.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { parseRollupAggregate } from "../../src/rollup/parseRollupAggregate.js";
import type { GroupDimension } from "../../src/rollup/types.js";
import { caseResultArb, result } from "./fixtures.js";

describe("parseRollupAggregate", () => {
  it("accepts every aggregate rendement writes, unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(caseResultArb, { maxLength: 8 }),
        fc.constantFrom<GroupDimension[]>(["wijk", "payer"], ["wijk", "programme", "quarter"], []),
        (cs, groupBy) => {
          const r = createRollup(groupBy);
          for (const c of cs) r.add(c);
          const json = JSON.parse(JSON.stringify(r.aggregate()));
          expect(parseRollupAggregate(json)).toEqual(json);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reads a version 1 aggregate (short payer names c, a, i, sc, sa, si) as version 2 with the same figures", () => {
    fc.assert(
      fc.property(fc.array(caseResultArb, { maxLength: 6 }), (cs) => {
        const r = createRollup(["wijk"]);
        for (const c of cs) r.add(c);
        const v2 = JSON.parse(JSON.stringify(r.aggregate()));
        const short = (g: { payers: Record<string, Record<string, string>> }) => ({
          ...g,
          payers: Object.fromEntries(
            Object.entries(g.payers).map(([p, x]) => [
              p,
              {
                c: x.counterfactualCost,
                a: x.actualCost,
                i: x.interventionCost,
                sc: x.societalCounterfactualCost,
                sa: x.societalActualCost,
                si: x.societalInterventionCost,
              },
            ]),
          ),
        });
        const v1 = {
          ...v2,
          version: 1,
          total: short(v2.total),
          groups: Object.fromEntries(Object.entries(v2.groups).map(([k, g]) => [k, short(g as never)])),
        };
        expect(parseRollupAggregate(v1)).toEqual(v2);
      }),
      { numRuns: 30 },
    );
  });

  it("names every problem of a hand-made partial", () => {
    const bad = {
      format: "rendement-rollup",
      version: 2,
      groupBy: ["wijk"],
      lists: {},
      total: {
        by: {},
        cases: 1,
        unexplainedCases: 0,
        unexplainedLines: 0,
        counterfactualLines: 0,
        payers: {
          zvw: {
            counterfactualCost: "10",
            actualCost: "0.00",
            interventionCost: "0.00",
            societalCounterfactualCost: "0.00",
            societalActualCost: "0.00",
            societalInterventionCost: "0.00",
          },
        },
        wellbeing: {},
      },
      groups: {
        '["B"]': {
          by: { wijk: "A" },
          cases: 1.5,
          unexplainedCases: 0,
          unexplainedLines: 0,
          counterfactualLines: 0,
          payers: {},
          wellbeing: { rapportcijfer: { deltas: { "0.5": 1 }, sumBefore: "1", sumAfter: "2", beforeOnly: 0 } },
        },
      },
    };
    try {
      parseRollupAggregate(bad, { file: "part.json" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const paths = (e as InputError).issues.map((i) => i.path.join("."));
      expect(paths).toEqual([
        "total.payers.zvw.counterfactualCost",
        'groups.["B"].cases',
        'groups.["B"].wellbeing.rapportcijfer.deltas.0.5',
      ]);
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

  // Two cases in two wijken: A pays zvw 100.00 / 40.00 / 10.00, B pays zvw 50.00 / 0 / 0 and gemeente 20.00 / 30.00 / 30.00.
  const two = (groupBy: GroupDimension[]) => {
    const r = createRollup(groupBy);
    r.add(
      result({
        id: "1",
        wijk: "A",
        start: "2024-01-01",
        payers: { zvw: [10000, 4000, 1000] },
        wellbeing: [
          { instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 5, after: 7, delta: 2 }] },
        ],
      }),
    );
    r.add(
      result({ id: "2", wijk: "B", start: "2024-05-01", payers: { zvw: [5000, 0, 0], gemeente: [2000, 3000, 3000] } }),
    );
    return JSON.parse(JSON.stringify(r.aggregate()));
  };
  const problems = (a: unknown): string[] => {
    try {
      parseRollupAggregate(a, { file: "part.json" });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    }
    return [];
  };

  it("refuses a partial whose total does not add up from its groups", () => {
    const a = two(["wijk"]);
    expect(problems(a)).toEqual([]);
    // total zvw counterfactual is 100.00 + 50.00 = 150.00; a tampered 150.01 must be named
    a.total.payers.zvw.counterfactualCost = "150.01";
    a.groups['["B"]'].cases = 2;
    a.groups['["A"]'].wellbeing.rapportcijfer.deltas = { "3": 1 };
    expect(problems(a)).toEqual([
      'total.payers.zvw.counterfactualCost: the groups add up to 150.00 for payer "zvw", the total says 150.01',
      "total.cases: the groups add up to 3, the total says 2",
      "total.wellbeing.rapportcijfer: the groups' wellbeing of \"rapportcijfer\" does not add up to the total's",
    ]);
    // grouped by payer the case counts need not add up, but the money must, and each group holds its own payer only
    const p = two(["payer"]);
    expect(problems(p)).toEqual([]);
    p.groups['["zvw"]'].payers.gemeente = p.groups['["gemeente"]'].payers.gemeente;
    delete p.groups['["gemeente"]'];
    expect(problems(p)).toEqual([
      'groups.["zvw"].payers.gemeente: a group of payer "zvw" holds money of payer "gemeente"',
    ]);
  });

  it("refuses groupings parseGroupBy refuses, and group values outside the grouping", () => {
    const a = two(["wijk"]);
    a.groups['["A"]'].by = { wijk: "A", payer: "zvw" };
    a.total.by = { wijk: "A" };
    expect(problems(a)).toEqual([
      "total.by: the total belongs to no group: its by must be {}",
      "groups.[\"A\"].by: the group's dimensions [wijk,payer] are not the aggregate's groupBy [wijk]",
    ]);
    const e = JSON.parse(JSON.stringify(createRollup([]).aggregate()));
    expect(problems({ ...e, groupBy: ["wijk", "wijk"] })).toEqual(["groupBy: a dimension appears twice in groupBy"]);
    expect(problems({ ...e, groupBy: ["month", "year"] })).toEqual([
      "groupBy: groupBy has more than one of month, quarter and year",
    ]);
  });

  it("refuses an amount too large to add exactly with an InputError, not a crash", () => {
    const a = two([]);
    // 2^53 − 1 cents = 90071992547409.91 euros is the largest exact amount
    a.total.payers.zvw.counterfactualCost = "90071992547409.92";
    a.total.payers.zvw.societalCounterfactualCost = "-99999999999999999999.00";
    expect(problems(a).filter((m) => m.includes("too large"))).toEqual([
      "total.payers.zvw.counterfactualCost: the amount is too large to add exactly (at most 90071992547409.91 euros)",
      "total.payers.zvw.societalCounterfactualCost: the amount is too large to add exactly (at most 90071992547409.91 euros)",
    ]);
  });
});
