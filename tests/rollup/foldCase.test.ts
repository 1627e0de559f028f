import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRollup } from "../../src/rollup/createRollup.js";
import { emptyAggregate } from "../../src/rollup/emptyAggregate.js";
import { foldCase } from "../../src/rollup/foldCase.js";
import { mergeAggregates } from "../../src/rollup/mergeAggregates.js";
import { caseResultArb } from "./fixtures.js";

describe("foldCase", () => {
  it("gives the same aggregate for any permutation and any split of the cases", () => {
    fc.assert(
      fc.property(
        fc
          .array(caseResultArb, { maxLength: 12 })
          .chain((cs) =>
            fc.tuple(
              fc.constant(cs),
              fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }),
              fc.integer({ min: 0, max: cs.length }),
            ),
          ),
        ([cs, permuted, cut]) => {
          const g = ["wijk", "quarter"] as const;
          const whole = cs.reduce(foldCase, emptyAggregate(g));
          expect(permuted.reduce(foldCase, emptyAggregate(g))).toEqual(whole);
          const left = permuted.slice(0, cut).reduce(foldCase, emptyAggregate(g));
          const right = permuted.slice(cut).reduce(foldCase, emptyAggregate(g));
          expect(mergeAggregates(right, left)).toEqual(whole);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("equals the accumulator of createRollup and leaves its argument unchanged", () => {
    const cs = fc.sample(caseResultArb, { numRuns: 20, seed: 7 });
    const r = createRollup(["payer"]);
    for (const c of cs) r.add(c);
    const start = emptyAggregate(["payer"]);
    const before = JSON.stringify(start);
    expect(cs.reduce(foldCase, start)).toEqual(r.aggregate());
    expect(JSON.stringify(start)).toBe(before);
  });
});
