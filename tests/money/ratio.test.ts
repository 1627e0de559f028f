import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addRatio,
  mulCentsRound,
  mulRatio,
  ratio,
  ratioFromDecimal,
  ratioFromNumber,
  ratioToFixed,
  ratioToNumber,
  ratioToString,
} from "../../src/money/ratio.js";

describe("ratio", () => {
  it("reduces and normalises the sign", () => {
    expect(ratio(10, 4)).toEqual({ n: 5n, d: 2n });
    expect(ratio(3, -6)).toEqual({ n: -1n, d: 2n });
    expect(ratio(0, 7)).toEqual({ n: 0n, d: 1n });
    expect(() => ratio(1, 0)).toThrow(RangeError);
  });

  it("adds and multiplies exactly: 17/31 + 14/29 = 927/899", () => {
    // 17·29 + 14·31 = 493 + 434 = 927; 31·29 = 899; gcd(927, 899) = 1
    expect(addRatio(ratio(17, 31), ratio(14, 29))).toEqual({ n: 927n, d: 899n });
    // 4 hours a week × 28/7 weeks = 16 hours
    expect(mulRatio(ratio(4), ratio(28, 7))).toEqual({ n: 16n, d: 1n });
    expect(ratioFromDecimal(35n, 2)).toEqual({ n: 7n, d: 20n });
  });

  it("writes n/d, or n when whole", () => {
    expect(ratioToString(ratio(48, 7))).toBe("48/7");
    expect(ratioToString(ratio(14, 7))).toBe("2");
  });
});

describe("mulCentsRound (half-up, once)", () => {
  it("one day of a 12.45 monthly item in a 30-day month is 0.415, which rounds to 0.42 (DESIGN)", () => {
    // 1245 cents × 1/30 = 41.5 cents exactly → half-up → 42 cents
    expect(mulCentsRound(1245, ratio(1, 30))).toBe(42n);
  });

  it("rounds a half cent up, and just below half down", () => {
    // 0.005 euro = 1/2 cent → 1 cent
    expect(mulCentsRound(1, ratio(1, 2))).toBe(1n);
    // 0.0049999 euro = 0.49999 cent → 0 cents
    expect(mulCentsRound(1, ratio(49999, 100000))).toBe(0n);
    // 0.0050001 euro → 1 cent
    expect(mulCentsRound(1, ratio(50001, 100000))).toBe(1n);
  });

  it("rounds halves away from zero for negative amounts", () => {
    expect(mulCentsRound(-1, ratio(1, 2))).toBe(-1n);
    expect(mulCentsRound(-1245, ratio(1, 30))).toBe(-42n);
  });

  it("equals floor(x + 1/2) for non-negative x (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (c, n, d) => {
          // floor((2cn + d) / 2d) is floor(cn/d + 1/2)
          expect(mulCentsRound(c, { n, d })).toBe((2n * c * n + d) / (2n * d));
        },
      ),
    );
  });
});

describe("ratioToFixed", () => {
  it("states a ratio with a fixed precision, half-up", () => {
    // 50000 / 4500 = 11.11111… → 11.1111
    expect(ratioToFixed(ratio(50000, 4500), 4)).toBe("11.1111");
    expect(ratioToFixed(ratio(2, 3), 4)).toBe("0.6667");
    expect(ratioToFixed(ratio(1, 8), 2)).toBe("0.13");
    expect(ratioToFixed(ratio(-1, 8), 2)).toBe("-0.13");
    expect(ratioToFixed(ratio(-1, 1000), 2)).toBe("0.00");
    expect(ratioToFixed(ratio(5, 2), 0)).toBe("3");
    expect(ratioToFixed(ratio(13027, 12610), 8)).toBe("1.03306899");
  });
});

describe("ratioFromNumber / ratioToNumber (scores and deltas, exact in the decimals as written)", () => {
  it("reads a number's shortest decimal text, exponents included", () => {
    expect(ratioFromNumber(0.1)).toEqual({ n: 1n, d: 10n });
    expect(ratioFromNumber(-2.5)).toEqual({ n: -5n, d: 2n });
    expect(ratioFromNumber(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(ratioFromNumber(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(() => ratioFromNumber(Number.NaN)).toThrow(RangeError);
  });

  it("7.1 − 6.9 is 0.2, not 0.1999999999999993; 1/3 to 20 decimals", () => {
    const d = addRatio(ratioFromNumber(7.1), ratio(-69, 10));
    expect(ratioToNumber(d)).toBe(0.2);
    expect(ratioToNumber(ratio(1, 3))).toBe(0.3333333333333333);
  });

  it("property: every finite number comes back unchanged", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        fc.pre(!Object.is(x, -0));
        expect(ratioToNumber(ratioFromNumber(x))).toBe(x);
      }),
    );
  });
});
