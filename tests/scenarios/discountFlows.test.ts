import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/errors/issue.js";
import { discountCents } from "../../src/money/discountCents.js";
import { ratio } from "../../src/money/ratio.js";
import { parseDiscountRate } from "../../src/scenarios/discountFlows.js";
import { discountFlows } from "./asJson.js";

const rate = (text: string) => {
  const issues: Issue[] = [];
  const r = parseDiscountRate(text, ["discountRate"], issues);
  if (!r) throw new Error(JSON.stringify(issues));
  return r;
};

describe("discountFlows: a published 30-year cost–benefit example", () => {
  // Benefits and costs of 500,000 a year for 30 years at 8%. Published: the present value of each
  // is 5,849,716 with mid-year discounting; the benefit–cost ratio 1.00 and the net present value 0.
  const flows = Array.from({ length: 30 }, () => ({ benefit: 50_000_000n, cost: 50_000_000n }));

  it("mid-year: Σ 500,000 / 1.08^(t − ½), t = 1..30 = 5,849,716 to the euro; ratio 1.0000; NPV 0", () => {
    // By hand: 1.08^½ × (1 − 1.08^−30) / 0.08 = 1.0392305 × 11.2577833 = 11.6994322 → × 500,000 = 5,849,716.
    const d = discountFlows(flows, rate("0.08"), "mid");
    expect(Math.round(Number(d.benefitPresentValue))).toBe(5_849_716);
    expect(d.costPresentValue).toBe(d.benefitPresentValue);
    expect(d.benefitCostRatio).toBe("1.0000");
    expect(d.netPresentValue).toBe("0.00");
    expect(d.years[0]?.discountFactor).toBe("0.96225045"); // 1 / √1.08
  });

  it("start of year: Σ 500,000 / 1.08^(t − 1) = 6,079,203 to the euro (year 1 undiscounted)", () => {
    // By hand: (1 − 1.08^−30) / (1 − 1/1.08) = 12.1584058 → × 500,000 = 6,079,202.9.
    const d = discountFlows(flows, rate("0.08"), "start");
    expect(Math.round(Number(d.benefitPresentValue))).toBe(6_079_203);
    expect(d.years[0]?.benefitPresentValue).toBe("500000.00");
    expect(d.benefitCostRatio).toBe("1.0000");
  });
});

describe("discountFlows: worked examples", () => {
  it("a negative rate raises later years: 100.00 a year at −1%, start: 100.00 + 101.01 = 201.01", () => {
    // 100 / 0.99 = 101.0101… → 101.01
    const d = discountFlows(
      [
        { benefit: 10_000n, cost: 0n },
        { benefit: 10_000n, cost: 0n },
      ],
      rate("-0.01"),
      "start",
    );
    expect(d.benefitPresentValue).toBe("201.01");
    expect(d.benefitCostRatio).toBeUndefined();
    expect(d.paybackYears).toBe("0.00");
  });

  it("payback: 1,500 up front, 1,000 a year undiscounted: 1.50 years", () => {
    const d = discountFlows(
      [
        { benefit: 100_000n, cost: 150_000n },
        { benefit: 100_000n, cost: 0n },
      ],
      rate("0"),
      "start",
    );
    expect(d.paybackYears).toBe("1.50");
    expect(d.netPresentValue).toBe("500.00");
  });

  it("rates from −0.05 to 0.20 only, each problem with its path", () => {
    const issues: Issue[] = [];
    expect(parseDiscountRate("-0.06", ["discountRate"], issues)).toBeUndefined();
    expect(parseDiscountRate("0.21", ["x"], issues)).toBeUndefined();
    expect(parseDiscountRate("abc", ["y"], issues)).toBeUndefined();
    expect(parseDiscountRate("-0.05", ["z"], issues)?.text).toBe("-0.05");
    expect(parseDiscountRate(0.2, ["z"], issues)?.text).toBe("0.2");
    expect(issues.map((i) => i.path)).toEqual([["discountRate"], ["x"], ["y"]]);
  });
});

describe("discountFlows: properties", () => {
  const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
  const year = fc.record({ benefit: cents, cost: fc.bigInt({ min: 0n, max: 10n ** 12n }) });

  it("a zero rate gives present values equal to the undiscounted sums, in both timings", () => {
    fc.assert(
      fc.property(fc.array(year, { maxLength: 40 }), fc.constantFrom("start", "mid" as const), (ys, timing) => {
        const d = discountFlows(ys, rate("0"), timing);
        const sum = (k: "benefit" | "cost") => ys.reduce((s, y) => s + y[k], 0n);
        expect(d.benefitPresentValue).toBe(
          discountFlows([{ benefit: sum("benefit"), cost: 0n }], rate("0"), "start").benefitPresentValue,
        );
        expect(d.costPresentValue).toBe(
          discountFlows([{ benefit: sum("cost"), cost: 0n }], rate("0"), "start").benefitPresentValue,
        );
      }),
    );
  });

  it("two half years (60-digit square roots) equal one whole year (exact), within a millionth of a cent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: -50, max: 200 }), (c, permille) => {
        const r = ratio(permille, 1000);
        const scaled = c * 10n ** 6n; // millionths of a cent, so that rounding twice cannot hide a wrong root
        const twoHalves = discountCents(discountCents(scaled, r, 1), r, 1);
        const whole = discountCents(scaled, r, 2);
        expect(twoHalves - whole <= 1n && whole - twoHalves <= 1n).toBe(true);
      }),
    );
  });
});
