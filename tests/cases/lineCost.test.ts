import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigCost, decimalCost, fastCost } from "../../src/cases/lineCost.js";
import { MoneyOverflowError } from "../../src/money/cents.js";

describe("line cost: amount × exact quantity, half-up to cents", () => {
  it("worked examples", () => {
    // 12.45 × 1/30 = 0.415 → 0.42
    for (const f of [
      fastCost,
      (c: number, n: number, d: number) => bigCost(c, BigInt(n), BigInt(d)),
      (c: number, n: number, d: number) => decimalCost(c, BigInt(n), BigInt(d)),
    ]) {
      expect(f(1245, 1, 30)).toBe(42);
      expect(f(1, 1, 2)).toBe(1); // 0.005 → 0.01
      expect(f(1, 49999, 100000)).toBe(0); // 0.0049999 → 0.00
      expect(f(3100, 927, 899)).toBe(3197); // 31.00 × (17/31 + 14/29)
      expect(f(0, 5, 7)).toBe(0);
    }
  });

  it("the fast path refuses (NaN) what it cannot do exactly", () => {
    expect(fastCost(Number.MAX_SAFE_INTEGER, 2, 1)).toBeNaN();
    expect(fastCost(1, 1, 0)).toBeNaN();
    expect(fastCost(1, Number.NaN, 1)).toBeNaN();
    expect(fastCost(1, 1, 2 ** 60)).toBeNaN();
  });

  it("fast, bigint and decimal.js agree to the cent (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.oneof(
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: 1, max: 2 ** 40 }),
          fc.constantFrom(7, 30, 31, 365, 366, 899, 133590, 10 ** 15),
        ),
        (c, n, d) => {
          if (BigInt(c) * BigInt(n) > BigInt(Number.MAX_SAFE_INTEGER) * BigInt(d)) {
            // a cost beyond the exact range is refused, never rounded
            expect(() => bigCost(c, BigInt(n), BigInt(d))).toThrow(/exactly representable/);
            expect(fastCost(c, n, d)).toBeNaN();
            return;
          }
          const big = bigCost(c, BigInt(n), BigInt(d));
          expect(decimalCost(c, BigInt(n), BigInt(d))).toBe(big);
          const fast = fastCost(c, n, d);
          if (!Number.isNaN(fast)) expect(fast).toBe(big);
          // the fast path must be taken whenever cents × n is a safe integer
          if (Number.isSafeInteger(c * n)) expect(fast).not.toBeNaN();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("agree at exact halves and just beside them, near the largest safe integer (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.constantFrom(-1, 0, 1),
        (d0, k, off) => {
          const d = 2 * d0; // even, so x = q·d + d/2 is an exact half
          const q = Math.floor((Number.MAX_SAFE_INTEGER - d) / d) - k;
          if (q < 0) return;
          const x = q * d + d / 2 + off;
          const big = bigCost(x, 1n, BigInt(d));
          expect(fastCost(x, 1, d)).toBe(big);
          expect(big).toBe(off < 0 ? q : q + 1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("bigCost refuses a cost beyond the exact range", () => {
    // a MoneyOverflowError, which evaluateCases reports as an input problem of the case (exit 1, not a crash)
    expect(() => bigCost(Number.MAX_SAFE_INTEGER, 2n, 1n)).toThrow(MoneyOverflowError);
  });
});
