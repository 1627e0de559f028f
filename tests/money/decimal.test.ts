import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { D } from "../../src/money/decimal.js";

describe("D (the private decimal.js clone)", () => {
  it("rounds half-up to cents", () => {
    expect(new D("0.415").toDecimalPlaces(2).toFixed(2)).toBe("0.42");
    expect(new D("0.005").toDecimalPlaces(2).toFixed(2)).toBe("0.01");
    expect(new D("0.0049999").toDecimalPlaces(2).toFixed(2)).toBe("0.00");
    // banker's rounding would give 2.82
    expect(new D("2.825").toFixed(2)).toBe("2.83");
  });

  it("keeps 60 significant digits and never switches to exponent notation for money", () => {
    expect(new D(1).div(3).toString()).toBe(`0.${"3".repeat(60)}`);
    expect(new D("90071992547409.91").times(1000).toString()).toBe("90071992547409910");
  });

  it("is not affected by a host application configuring the global Decimal", () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    try {
      DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
      expect(new D("0.415").toDecimalPlaces(2).toFixed(2)).toBe("0.42");
      expect(new D("1234567.891").times(1).toString()).toBe("1234567.891");
    } finally {
      DecimalJs.set(saved);
    }
  });
});
