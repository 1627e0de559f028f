import { describe, expect, it } from "vitest";
import {
  amountString,
  identifier,
  isoDate,
  probabilityValue,
  quantityValue,
  versionLabel,
} from "../../src/schemas/common.js";

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) => schema.safeParse(v).success;

describe("shared schema building blocks", () => {
  it("identifiers: lowercase letters, digits, '.' and '-'", () => {
    expect(["detentie.dag", "gemeente.wmo", "wk079601", "a-b"].every((v) => ok(identifier, v))).toBe(true);
    expect(["Detentie", ".dag", "-a", "a b", "a_b", "", "x".repeat(121)].some((v) => ok(identifier, v))).toBe(false);
  });

  it("version labels", () => {
    expect(["2024", "2024.1", "voorbeeld-2024", "v1_2"].every((v) => ok(versionLabel, v))).toBe(true);
    expect(["", "-1", "a b", "a@b"].some((v) => ok(versionLabel, v))).toBe(false);
  });

  it("calendar dates: YYYY-MM-DD that exist", () => {
    expect(ok(isoDate, "2024-02-29")).toBe(true);
    expect(["2023-02-29", "2024-2-29", "2024-02-29T00:00:00Z", 20240229].some((v) => ok(isoDate, v))).toBe(false);
  });

  it("amounts: strings, at most two decimals, zero or more", () => {
    expect(["0", "0.00", "1234.5", "50000.00"].every((v) => ok(amountString, v))).toBe(true);
    expect(["1e3", "NaN", "1.234", "-1.00", "-0", "-0.00", 12, " 1", "1,50"].some((v) => ok(amountString, v))).toBe(
      false,
    );
  });

  it("quantities: non-negative decimals as strings or numbers, at most 15 significant digits", () => {
    expect(
      ["0", "2.5", 4, 0.35, "000123", "0.000000000000000001", "123456789012345"].every((v) => ok(quantityValue, v)),
    ).toBe(true);
    expect(
      ["-1", -0.5, "1e3", 1e21, Number.NaN, "NaN", "1234567890123456", "", null].some((v) => ok(quantityValue, v)),
    ).toBe(false);
  });

  it('refuses minus zero as a quantity (regression: the fast path priced "-0" at −30 times the amount)', () => {
    expect(ok(quantityValue, "-0")).toBe(false);
    expect(ok(quantityValue, "-0.0")).toBe(false);
    expect(ok(quantityValue, -0)).toBe(true); // the number −0 is written "0"
  });

  it("probabilities from 0 through 1", () => {
    expect(["0", "1", "1.000", "0.35", 0.65].every((v) => ok(probabilityValue, v))).toBe(true);
    expect(["1.0001", "2", "-0.1", "1e-1", "abc"].some((v) => ok(probabilityValue, v))).toBe(false);
  });
});
