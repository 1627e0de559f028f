import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../src/cases/types.js";
import { isInputError } from "../../src/errors/InputError.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { emptyAggregate } from "../../src/rollup/emptyAggregate.js";
import { mergeAggregates } from "../../src/rollup/mergeAggregates.js";
import type { GroupDimension } from "../../src/rollup/types.js";
import { caseResultArb } from "./fixtures.js";

const groupByArb = fc.constantFrom<GroupDimension[]>(
  [],
  ["wijk"],
  ["wijk", "programme", "quarter"],
  ["payer"],
  ["year", "payer", "wijk"],
);

const agg = (g: GroupDimension[], cs: readonly CaseResult[]) => {
  const r = createRollup(g);
  for (const c of cs) r.add(c);
  return r.aggregate();
};

describe("mergeAggregates", () => {
  it("is associative and commutative, with the empty aggregate as neutral element", () => {
    fc.assert(
      fc.property(
        groupByArb,
        fc.array(caseResultArb, { maxLength: 6 }),
        fc.array(caseResultArb, { maxLength: 6 }),
        fc.array(caseResultArb, { maxLength: 6 }),
        (g, xs, ys, zs) => {
          const [a, b, c] = [agg(g, xs), agg(g, ys), agg(g, zs)];
          const left = JSON.stringify(mergeAggregates(mergeAggregates(a, b), c));
          const right = JSON.stringify(mergeAggregates(a, mergeAggregates(b, c)));
          expect(left).toBe(right);
          expect(JSON.stringify(mergeAggregates(a, b))).toBe(JSON.stringify(mergeAggregates(b, a)));
          expect(JSON.stringify(mergeAggregates(a, emptyAggregate(g)))).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("equals the aggregate of the union, and survives a JSON round trip", () => {
    fc.assert(
      fc.property(
        groupByArb,
        fc.array(caseResultArb, { maxLength: 10 }),
        fc.array(caseResultArb, { maxLength: 10 }),
        (g, xs, ys) => {
          const parts = [agg(g, xs), agg(g, ys)].map((a) => JSON.parse(JSON.stringify(a)));
          expect(mergeAggregates(parts[0], parts[1])).toEqual(agg(g, [...xs, ...ys]));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses aggregates grouped differently", () => {
    try {
      mergeAggregates(emptyAggregate(["wijk"]), emptyAggregate(["quarter"]));
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      expect((e as { issues: { code: string }[] }).issues[0]?.code).toBe("incompatible_aggregates");
    }
  });

  it("holds no bigint and no per-case data", () => {
    const cs = fc.sample(caseResultArb, { numRuns: 30, seed: 1 });
    const a = agg(["wijk"], cs);
    const text = JSON.stringify(a); // would throw on a bigint
    for (const c of cs) expect(text).not.toContain(c.id);
    expect(Object.keys(a.groups).length).toBeLessThanOrEqual(3);
  });
});
