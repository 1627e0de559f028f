import { describe, expect, it } from "vitest";
import { formatEuro } from "../../src/money/formatEuro.js";

describe("formatEuro", () => {
  it("formats Dutch euros by default: € 1.234,56", () => {
    expect(formatEuro("1234.56")).toBe("€ 1.234,56");
    expect(formatEuro("1234.5")).toBe("€ 1.234,50");
    expect(formatEuro("45500")).toBe("€ 45.500,00");
    expect(formatEuro("999.99")).toBe("€ 999,99");
    expect(formatEuro("1000")).toBe("€ 1.000,00");
  });

  it("formats English euros on request: €1,234.56", () => {
    expect(formatEuro("1234.56", "en")).toBe("€1,234.56");
    expect(formatEuro("-45500", "en")).toBe("-€45,500.00");
  });

  it("puts the minus after the sign in Dutch, before it in English", () => {
    expect(formatEuro("-1234.56", "nl")).toBe("€ -1.234,56");
    expect(formatEuro("-0.05", "nl")).toBe("€ -0,05");
    expect(formatEuro("-0.05", "en")).toBe("-€0.05");
  });

  it("formats zero (and minus zero) without a sign", () => {
    expect(formatEuro("0")).toBe("€ 0,00");
    expect(formatEuro("0.00", "en")).toBe("€0.00");
    expect(formatEuro("-0.00")).toBe("€ 0,00");
    expect(formatEuro("-0.00", "en")).toBe("€0.00");
  });

  it("groups large amounts in thousands", () => {
    expect(formatEuro("123456789012.34")).toBe("€ 123.456.789.012,34");
    expect(formatEuro("123456789012.34", "en")).toBe("€123,456,789,012.34");
    expect(formatEuro("90071992547409.91")).toBe("€ 90.071.992.547.409,91");
    expect(formatEuro("100000")).toBe("€ 100.000,00");
  });

  it("drops leading zeros", () => {
    expect(formatEuro("007.10")).toBe("€ 7,10");
    expect(formatEuro("0.5")).toBe("€ 0,50");
  });

  it("rounds more than two decimals half-up rather than cutting them off", () => {
    // 1.235 is between 1.23 and 1.24; half-up gives 1.24 (truncation would give 1.23)
    expect(formatEuro("1.235")).toBe("€ 1,24");
    expect(formatEuro("1.2349")).toBe("€ 1,23");
    expect(formatEuro("999.995", "en")).toBe("€1,000.00");
    expect(formatEuro("-0.004")).toBe("€ 0,00");
    expect(formatEuro("-0.005")).toBe("€ -0,01");
  });

  it("refuses text that is not a decimal", () => {
    for (const bad of ["1e3", "NaN", "", "1.234,56", "€ 5"]) expect(() => formatEuro(bad)).toThrow(RangeError);
  });
});
