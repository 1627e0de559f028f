import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastLineCost } from "../../src/cases/fastLineCost.js";
import { isPeriodUnit, lineQuantity } from "../../src/cases/lineQuantity.js";
import { type Line, lineSchema } from "../../src/cases/schema.js";
import type { Unit } from "../../src/index.js";
import { D } from "../../src/money/decimal.js";
import { multiplyCents } from "../../src/money/multiplyCents.js";
import { anyUnit, cents, period, periodUnit, quantity, ratePer } from "../fixtures/arbitraries.js";

const scratch = new Float64Array(4);

function check(line: Line, c: number, unit: Unit): number {
  const q = lineQuantity(line, unit).quantity;
  if (BigInt(c) * q.n > BigInt(Number.MAX_SAFE_INTEGER) * q.d) {
    // beyond ±2^53 cents: refused on every path, never rounded
    expect(() => multiplyCents(c, q.n, q.d)).toThrow(/exactly representable/);
    expect(fastLineCost(line, c, unit, scratch)).toBeNaN();
    return Number.NaN;
  }
  const big = multiplyCents(c, q.n, q.d);
  const dec = new D(c).times(q.n.toString()).div(q.d.toString()).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  expect(dec, JSON.stringify(line)).toBe(big);
  const fast = fastLineCost(line, c, unit, scratch);
  if (!Number.isNaN(fast)) expect(fast, JSON.stringify({ line, c, unit })).toBe(big);
  return fast;
}

describe("fastLineCost agrees to the cent with decimal.js and bigint", () => {
  it("worked examples", () => {
    const l = (x: unknown) => lineSchema.parse(x);
    expect(
      fastLineCost(l({ item: "x", period: { from: "2024-01-15", through: "2024-02-14" } }), 3100, "month", scratch),
    ).toBe(3197);
    expect(
      fastLineCost(l({ item: "x", period: { from: "2024-04-10", through: "2024-04-10" } }), 1245, "month", scratch),
    ).toBe(42);
    expect(
      fastLineCost(l({ item: "x", period: { from: "2024-02-01", through: "2024-02-29" } }), 36600, "year", scratch),
    ).toBe(2900);
    expect(
      fastLineCost(l({ item: "x", period: { from: "2024-03-01", through: "2024-03-01" } }), 8000, "night", scratch),
    ).toBe(0);
    expect(
      fastLineCost(
        l({ item: "x", period: { from: "2024-03-04", through: "2024-03-31" }, rate: { quantity: 4, per: "week" } }),
        5580,
        "hour",
        scratch,
      ),
    ).toBe(89280);
    expect(fastLineCost(l({ item: "x", quantity: "2.5" }), 7000, "week", scratch)).toBe(17500);
  });

  it("item + quantity, any unit (property)", () => {
    fc.assert(
      fc.property(quantity, cents, anyUnit, (q, c, unit) => {
        const line = lineSchema.parse({ item: "x", quantity: q });
        const fast = check(line, c, unit);
        // ordinary quantities take the fast path
        if (typeof q === "number" && Number.isInteger(q)) expect(fast).not.toBeNaN();
      }),
      { numRuns: 2000 },
    );
  });

  it("item + period, period units, any dates 1990–2100 (property)", () => {
    fc.assert(
      fc.property(period(), cents, periodUnit, (p, c, unit) => {
        const fast = check(lineSchema.parse({ item: "x", period: p }), c, unit);
        expect(fast).not.toBeNaN(); // periods of up to 11 years are always exact on the fast path
      }),
      { numRuns: 2000 },
    );
  });

  it("item + period spanning the whole range (up to 110 years) (property)", () => {
    fc.assert(
      fc.property(period(40_200), cents, periodUnit, (p, c, unit) => {
        check(lineSchema.parse({ item: "x", period: p }), c, unit);
      }),
      { numRuns: 500 },
    );
  });

  it("item + period + rate, any unit, decimal rates (property)", () => {
    fc.assert(
      fc.property(period(), cents, anyUnit, quantity, ratePer, (p, c, unit, q, per) => {
        check(lineSchema.parse({ item: "x", period: p, rate: { quantity: q, per } }), c, unit);
      }),
      { numRuns: 2000 },
    );
  });

  it("lineQuantity of a period line without rate only for period units", () => {
    expect(isPeriodUnit("hour")).toBe(false);
    expect(isPeriodUnit("each")).toBe(false);
    expect(isPeriodUnit("night")).toBe(true);
  });
});
