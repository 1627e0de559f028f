import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../../src/money/decimal.js";
import {
  allocateCents,
  compareCents,
  divideRounded,
  divideRoundedSafe,
  formatCents,
  MoneyOverflowError,
  multiplyCents,
  parseCents,
  subtractCents,
  sumCents,
} from "../../src/money/index.js";

describe("rounding modes, each written once", () => {
  it("worked examples: halves away from zero, toward +∞, and floor", () => {
    expect(divideRounded(83n, 2n, "halfUp")).toBe(42n); // 41.5 → 42
    expect(divideRounded(-83n, 2n, "halfUp")).toBe(-42n); // −41.5 → −42
    expect(divideRounded(-83n, 2n, "halfCeil")).toBe(-41n); // −41.5 → −41
    expect(divideRounded(83n, 2n, "halfCeil")).toBe(42n);
    expect(divideRounded(-7n, 2n, "floor")).toBe(-4n);
    expect(divideRounded(7n, -2n, "halfUp")).toBe(-4n);
    expect(divideRounded(49999n, 100000n, "halfUp")).toBe(0n);
    expect(() => divideRounded(1n, 0n, "halfUp")).toThrow(RangeError);
  });

  it("the safe-integer path equals the bigint path wherever it answers", () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("halfUp", "halfCeil", "floor" as const),
        (x, d, mode) => {
          const fast = divideRoundedSafe(x, d, mode);
          expect(fast).toBe(Number(divideRounded(BigInt(x), BigInt(d), mode)));
        },
      ),
    );
    expect(divideRoundedSafe(2 ** 60, 3, "halfUp")).toBeNaN();
    expect(divideRoundedSafe(1, 0, "halfUp")).toBeNaN();
  });
});

describe("multiplyCents", () => {
  it("one day of a 12.45 monthly item in a 30-day month is 0.415 → 0.42 (DESIGN)", () => {
    expect(multiplyCents(1245, 1, 30)).toBe(42);
    expect(multiplyCents(1245n as unknown as number, 1n, 30n)).toBe(42);
    expect(multiplyCents(-1245, 1, 30)).toBe(-42);
    expect(multiplyCents(-1, 1, 2, "halfCeil")).toBe(0);
  });

  it("agrees with decimal.js (ROUND_HALF_UP) on any price and fraction, past 2^53 intermediates too", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (c, n, d) => {
          const ref = new D(c).times(n.toString()).div(d.toString()).toDecimalPlaces(0, D.ROUND_HALF_UP);
          if (ref.abs().gt(Number.MAX_SAFE_INTEGER)) {
            expect(() => multiplyCents(c, n, d)).toThrow(MoneyOverflowError);
            return;
          }
          expect(multiplyCents(c, n, d)).toBe(ref.toNumber());
          if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(multiplyCents(c, Number(n), Number(d))).toBe(ref.toNumber());
        },
      ),
    );
  });
});

describe("allocateCents (largest remainder)", () => {
  it("shares 100 cents in thirds as 34, 33, 33 and ties go to the lower index", () => {
    expect(allocateCents(100, [1n, 1n, 1n], 3n)).toEqual([34, 33, 33]);
    // 10.5 + 20.25 + 0.25 = 31 → floors 10, 20, 0 → one cent to the largest remainder (0.5)
    expect(allocateCents(31, [42n, 81n, 1n], 4n)).toEqual([11, 20, 0]);
  });

  it("always adds up to the rounded total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 5 }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (parts, d) => {
          const total = Number(
            divideRounded(
              parts.reduce((a, b) => a + b, 0n),
              d,
              "halfUp",
            ),
          );
          const shares = allocateCents(total, parts, d);
          expect(sumCents(shares)).toBe(total);
          shares.forEach((s, k) => {
            expect(BigInt(s) * d - (parts[k] as bigint) < d).toBe(true);
            expect((parts[k] as bigint) - BigInt(s) * d < d).toBe(true);
          });
        },
      ),
    );
  });
});

describe("parse, format, compare", () => {
  it("parses euros to cents and formats them back in Dutch and English", () => {
    expect(parseCents("1234.5")).toBe(123450);
    expect(formatCents(123456)).toBe("€ 1.234,56");
    expect(formatCents(123456, "en")).toBe("€1,234.56");
    expect(formatCents(-5)).toBe("€ -0,05");
    expect(formatCents(-4550000, "en")).toBe("-€45,500.00");
    expect(formatCents(0)).toBe("€ 0,00");
    expect(formatCents(2n ** 60n, "en")).toBe("€11,529,215,046,068,469.76");
  });

  it("orders amounts and subtracts exactly", () => {
    expect([500, -20, 130].sort(compareCents)).toEqual([-20, 130, 500]);
    expect(subtractCents(100, 250)).toBe(-150);
    expect(() => subtractCents(-Number.MAX_SAFE_INTEGER, 2)).toThrow(MoneyOverflowError);
  });
});
