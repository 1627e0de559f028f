import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCents, centsToString, MoneyOverflowError, sumCents } from "../../src/money/cents.js";

describe("centsToString", () => {
  it("writes two decimals with a leading zero where needed", () => {
    expect(centsToString(123456)).toBe("1234.56");
    expect(centsToString(5)).toBe("0.05");
    expect(centsToString(50)).toBe("0.50");
    expect(centsToString(0)).toBe("0.00");
    expect(centsToString(-5)).toBe("-0.05");
    expect(centsToString(-123456)).toBe("-1234.56");
    expect(centsToString(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91");
    expect(centsToString(10n ** 20n)).toBe("1000000000000000000.00");
  });

  it("never writes minus zero", () => {
    expect(centsToString(-0)).toBe("0.00");
  });

  it("is the exact inverse of reading cents from the text (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (c) => {
        const s = centsToString(c);
        expect(s).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(s.replace(".", ""))).toBe(BigInt(c));
      }),
    );
  });
});

describe("addCents / sumCents", () => {
  it("adds exactly within the safe range", () => {
    expect(addCents(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(sumCents([1, 2, 3, -6])).toBe(0);
    expect(sumCents([])).toBe(0);
  });

  it("refuses a total beyond ±(2^53 − 1) cents rather than rounding it", () => {
    expect(() => addCents(Number.MAX_SAFE_INTEGER, 1)).toThrow(MoneyOverflowError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(/exactly representable/);
    expect(() => addCents(Number.MIN_SAFE_INTEGER, -1)).toThrow(MoneyOverflowError);
  });
});
