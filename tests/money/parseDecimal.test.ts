import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountProblem, amountToCents, parseDecimal } from "../../src/money/parseDecimal.js";

describe("parseDecimal", () => {
  it("parses plain decimals into exact units over a power of ten", () => {
    expect(parseDecimal("12.5")).toEqual({ units: 125n, scale: 1, negative: false });
    expect(parseDecimal("0.35")).toEqual({ units: 35n, scale: 2, negative: false });
    expect(parseDecimal("3000")).toEqual({ units: 3000n, scale: 0, negative: false });
    expect(parseDecimal("-1.05")).toEqual({ units: 105n, scale: 2, negative: true });
    // more digits than a double holds stay exact
    expect(parseDecimal("123456789012345678901234.5")?.units).toBe(1234567890123456789012345n);
  });

  it("converts numbers through their shortest decimal text", () => {
    // 0.1 is 0.1000000000000000055511151231257827… in binary; its text is "0.1"
    expect(parseDecimal(0.1)).toEqual({ units: 1n, scale: 1, negative: false });
    expect(parseDecimal(4)).toEqual({ units: 4n, scale: 0, negative: false });
    // 0.1 + 0.2 has the text "0.30000000000000004": 17 decimals, kept exactly as written
    expect(parseDecimal(0.1 + 0.2)?.scale).toBe(17);
  });

  it("treats minus zero as zero, not as negative", () => {
    expect(parseDecimal("-0")?.negative).toBe(false);
    expect(parseDecimal("-0.00")?.negative).toBe(false);
  });

  it.each([
    "1e3",
    "1E3",
    "NaN",
    "Infinity",
    "-Infinity",
    " 1",
    "1 ",
    ".5",
    "5.",
    "1,5",
    "1.000,00",
    "+1",
    "0x10",
    "",
    "--1",
    "1.2.3",
    "١٢",
  ])("refuses %j", (s) => {
    expect(parseDecimal(s)).toBeUndefined();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])(
    "refuses the number %s (non-finite or exponent text)",
    (n) => {
      expect(parseDecimal(n)).toBeUndefined();
    },
  );

  it("round-trips any integer-with-decimals text (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        const s = units.toString().padStart(scale + 1, "0");
        const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
        const p = parseDecimal(text);
        expect(p).toBeDefined();
        expect(p?.scale).toBe(scale);
        expect(p?.units).toBe(units);
      }),
    );
  });
});

describe("amountProblem", () => {
  it("refuses an amount beyond exact integer cents (2^53 − 1 cents), which no total could hold exactly", () => {
    expect(amountProblem("90071992547409.91")).toBeUndefined();
    expect(amountProblem("90071992547409.92")).toMatch(/too large/);
    expect(amountProblem("99999999999999999999")).toMatch(/too large/);
  });

  it("accepts amounts of at most two decimals, zero or more", () => {
    for (const ok of ["0", "0.00", "1234.56", "1.5", "50000", 12, 12.5]) expect(amountProblem(ok)).toBeUndefined();
  });

  it("names the problem of each bad amount", () => {
    expect(amountProblem("1e3")).toMatch(/not a plain decimal/);
    expect(amountProblem("NaN")).toMatch(/not a plain decimal/);
    expect(amountProblem("12.345")).toMatch(/more than two decimals/);
    expect(amountProblem("0.001")).toMatch(/more than two decimals/);
    expect(amountProblem("-5.00")).toMatch(/negative/);
    expect(amountProblem(null)).toMatch(/expected a decimal string/);
    expect(amountProblem(true)).toMatch(/expected a decimal string/);
    expect(amountProblem(0.1 + 0.2)).toMatch(/more than two decimals/);
  });

  it("allows negative amounts only when asked", () => {
    expect(amountProblem("-5.00", { allowNegative: true })).toBeUndefined();
  });
});

describe("amountToCents", () => {
  it("converts to integer cents exactly", () => {
    expect(amountToCents("1234.56")).toBe(123456);
    expect(amountToCents("1234.5")).toBe(123450);
    expect(amountToCents("7")).toBe(700);
    expect(amountToCents("0.01")).toBe(1);
    expect(amountToCents("-0.05")).toBe(-5);
    // 90,071,992,547,409.91 euros is 2^53 − 1 cents, the largest safe amount
    expect(amountToCents("90071992547409.91")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses what is not an amount, or too large to be exact", () => {
    expect(() => amountToCents("1.234")).toThrow(RangeError);
    expect(() => amountToCents("1e3")).toThrow(RangeError);
    expect(() => amountToCents("90071992547409.92")).toThrow(/too large/);
  });

  it("agrees with a bigint reading of the text (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (c) => {
        const s = c.toString().padStart(3, "0");
        expect(amountToCents(`${s.slice(0, -2)}.${s.slice(-2)}`)).toBe(c);
      }),
    );
  });
});

describe("minus zero in amounts (regression: the integer fast path reads the sign)", () => {
  it('refuses "-0" and "-0.00" as amounts that must be zero or more', () => {
    expect(amountProblem("-0")).toMatch(/negative/);
    expect(amountProblem("-0.00")).toMatch(/negative/);
    expect(amountProblem("-0.00", { allowNegative: true })).toBeUndefined();
    // the number −0 has the text "0": it is plain zero
    expect(amountProblem(-0)).toBeUndefined();
  });
});
