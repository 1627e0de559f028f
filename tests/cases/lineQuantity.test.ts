import { describe, expect, it } from "vitest";
import { lineQuantity } from "../../src/cases/lineQuantity.js";
import { lineSchema } from "../../src/cases/schema.js";

const q = (line: unknown, unit: Parameters<typeof lineQuantity>[1]) => lineQuantity(lineSchema.parse(line), unit);

describe("lineQuantity", () => {
  it("a decimal quantity is exact: 0.35 = 7/20", () => {
    expect(q({ item: "x", quantity: "0.35" }, "hour")).toEqual({
      quantity: { n: 7n, d: 20n },
      derivation: "0.35 hour",
    });
    expect(q({ item: "x", quantity: 0.1 }, "each").quantity).toEqual({ n: 1n, d: 10n });
  });

  it("a rate over a period multiplies exactly and says how", () => {
    // 4 hours a week over 10 days: 4 × 10/7 = 40/7 hours
    expect(
      q(
        { item: "x", period: { from: "2024-03-04", through: "2024-03-13" }, rate: { quantity: 4, per: "week" } },
        "hour",
      ),
    ).toEqual({
      quantity: { n: 40n, d: 7n },
      derivation: "4 hour per week × (10/7 weeks) = 40/7 hour",
    });
    // 1.5 dagdelen a month over 2024-01-15..2024-02-14: 3/2 × 927/899 = 2781/1798
    expect(
      q(
        { item: "x", period: { from: "2024-01-15", through: "2024-02-14" }, rate: { quantity: "1.5", per: "month" } },
        "dagdeel",
      ).quantity,
    ).toEqual({ n: 2781n, d: 1798n });
  });

  it("a period of a period unit", () => {
    expect(q({ item: "x", period: { from: "2024-01-15", through: "2024-02-14" } }, "month").derivation).toBe(
      "17/31 + 14/29 months",
    );
  });
});
