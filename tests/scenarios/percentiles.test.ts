import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile } from "../../src/scenarios/percentile.js";
import { percentiles } from "../../src/scenarios/percentiles.js";

const QS = [0.05, 0.5, 0.95];
const bySort = (values: number[], qs: readonly number[]) => {
  const sorted = Float64Array.from(values).sort();
  return qs.map((q) => percentile(sorted, q));
};

describe("percentiles", () => {
  it("worked example: ranks 0.2, 2 and 3.8 of five values", () => {
    const v = Float64Array.of(5, 1, 4, 2, 3);
    expect(percentiles(v, QS)).toEqual([1.2, 3, 4.8]);
    expect([...v]).toEqual([5, 1, 4, 2, 3]); // left as it was
  });

  it("equals percentile over the sorted values, for any values and quantiles (ties and zeros included)", () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const q = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.array(q, { maxLength: 5 }), (xs, qs) => {
        const got = percentiles(Float64Array.from(xs), [...QS, ...qs]).map(String);
        expect(got).toEqual(bySort(xs, [...QS, ...qs]).map(String));
      }),
      { numRuns: 500 },
    );
  });

  it("sorts when a value is NaN, as percentile over a sorted copy would read it", () => {
    const xs = [3, Number.NaN, 1, 2];
    expect(percentiles(Float64Array.from(xs), QS).map(String)).toEqual(bySort(xs, QS).map(String));
  });

  it("handles many equal values and a long sorted or reversed run", () => {
    for (const xs of [
      Array.from({ length: 10_000 }, () => 7),
      Array.from({ length: 10_000 }, (_, i) => i),
      Array.from({ length: 10_000 }, (_, i) => -i),
    ])
      expect(percentiles(Float64Array.from(xs), QS)).toEqual(bySort(xs, QS));
  });
});
