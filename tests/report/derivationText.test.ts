import { describe, expect, it } from "vitest";
import { derivationText } from "../../src/report/derivationText.js";

describe("derivationText", () => {
  it("says a derivation in Dutch for a Dutch report", () => {
    expect(derivationText("4 hour per week × (28/7 weeks) = 16 hour", "nl")).toBe(
      "4 uur per week × (28/7 weken) = 16 uur",
    );
    expect(derivationText("17/31 + 14/29 months", "nl")).toBe("17/31 + 14/29 maanden");
    expect(derivationText("3 days − 1 = 2 nights", "nl")).toBe("3 dagen − 1 = 2 nachten");
    expect(derivationText("1 each", "nl")).toBe("1 stuk");
    expect(derivationText("2 dagdeel per week × (14/7 weeks) = 4 dagdeel", "nl")).toBe(
      "2 dagdeel per week × (14/7 weken) = 4 dagdeel",
    );
  });

  it("leaves English as it is, and does not touch words inside other words", () => {
    expect(derivationText("4 hour per week × (28/7 weeks) = 16 hour", "en")).toBe(
      "4 hour per week × (28/7 weeks) = 16 hour",
    );
    expect(derivationText("yearly daytime", "nl")).toBe("yearly daytime");
  });
});
