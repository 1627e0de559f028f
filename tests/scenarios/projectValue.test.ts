import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInputError } from "../../src/errors/InputError.js";
import { projectValue } from "./asJson.js";

describe("projectValue", () => {
  it("projects with drop-off and discounts at 2.25% (worked example of docs/scenarios.md)", () => {
    // B = 1000.00, I = 1500.00, drop-off 0.2, r = 0.0225, 3 years.
    // year 1: 1000.00 × 0.8⁰ = 1000.00, factor 1                → PV 1000.00
    // year 2: 1000.00 × 0.8  =  800.00, / 1.0225   = 782.3960…  → PV  782.40
    // year 3: 1000.00 × 0.64 =  640.00, / 1.0225² = 612.1436…   → PV  612.14
    // PV = 2394.54; NPV = 2394.54 − 1500.00 = 894.54; ratio 2394.54 / 1500 = 1.5964
    // payback: after year 1 cumulative 1000.00 < 1500.00; year 2 reaches it:
    //   1 + (1500.00 − 1000.00) / 782.40 = 1.6391 → "1.64"
    const p = projectValue({ avoidedCost: "1000.00", interventionCost: "1500.00", dropOff: "0.2", horizon: 3 });
    expect(p.years.map((y) => [y.avoidedCost, y.presentValue, y.cumulativePresentValue])).toEqual([
      ["1000.00", "1000.00", "1000.00"],
      ["800.00", "782.40", "1782.40"],
      ["640.00", "612.14", "2394.54"],
    ]);
    expect(p.years[1]?.discountFactor).toBe("0.97799511"); // 1/1.0225 = 0.977995110…
    expect(p.presentValue).toBe("2394.54");
    expect(p.netPresentValue).toBe("894.54");
    expect(p.ratio).toBe("1.5964");
    expect(p.paybackYears).toBe("1.64");
    expect(p.discountRate).toBe("0.0225");
  });

  it("equals the first year's value with the defaults (one year, undiscounted)", () => {
    const p = projectValue({ avoidedCost: "50000.00", interventionCost: "4500.00" });
    // payback 4500 / 50000 = 0.09 years
    expect(p).toMatchObject({
      horizon: 1,
      presentValue: "50000.00",
      netPresentValue: "45500.00",
      paybackYears: "0.09",
    });
  });

  it("gives no payback when the horizon does not reach the intervention cost", () => {
    // 100 + 50 + 25 (undiscounted at r = 0) = 175 < 200
    const p = projectValue({
      avoidedCost: "100.00",
      interventionCost: "200.00",
      dropOff: "0.5",
      discountRate: "0",
      horizon: 3,
    });
    expect(p.presentValue).toBe("175.00");
    expect(p.paybackYears).toBeUndefined();
  });

  it("pays back at the end of a year exactly, at once without intervention cost, and never on a loss", () => {
    // B = 1000.00, I = 2000.00, r = 0, 3 years: cumulative 1000, 2000, 3000 → 1 + (2000 − 1000) / 1000 = 2.00.
    const end = projectValue({ avoidedCost: "1000.00", interventionCost: "2000.00", discountRate: "0", horizon: 3 });
    expect(end).toMatchObject({
      presentValue: "3000.00",
      netPresentValue: "1000.00",
      ratio: "1.5000",
      paybackYears: "2.00",
    });
    // I = 0: nothing to pay back → 0.00; no ratio (division by zero). PV = 1000.00 + 1000/1.0225 = 978.00 → 1978.00.
    const free = projectValue({ avoidedCost: "1000.00", interventionCost: "0.00", horizon: 2 });
    expect(free).toMatchObject({ presentValue: "1978.00", netPresentValue: "1978.00", paybackYears: "0.00" });
    expect(free.ratio).toBeUndefined();
    // I = 0 but the cases cost more than they avoid (B = −1000.00 a year): NPV −1978.00, a loss that is
    // never recovered, so there is no payback — not "0.00 years".
    const loss = projectValue({ avoidedCost: "-1000.00", interventionCost: "0.00", horizon: 2 });
    expect(loss.netPresentValue).toBe("-1978.00");
    expect(loss.paybackYears).toBeUndefined();
  });

  it("adds up: the present value is the sum of the years' rounded present values", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 12 }),
        (cents, drop, rate, horizon) => {
          const p = projectValue({
            avoidedCost: (cents / 100).toFixed(2),
            interventionCost: "1.00",
            dropOff: (drop / 100).toFixed(2),
            discountRate: (rate / 10000).toFixed(4),
            horizon,
          });
          const sum = p.years.reduce((s, y) => s + Math.round(Number(y.presentValue) * 100), 0);
          expect(Math.round(Number(p.presentValue) * 100)).toBe(sum);
          expect(p.years).toHaveLength(horizon);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses bad rates, amounts and horizons all at once", () => {
    try {
      projectValue({ avoidedCost: "1e3", interventionCost: "-1", dropOff: "1.5", discountRate: "x", horizon: 0 });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      expect((e as { issues: { path: string[] }[] }).issues.map((i) => i.path.join("."))).toEqual([
        "avoidedCost",
        "interventionCost",
        "dropOff",
        "discountRate",
        "horizon",
      ]);
    }
  });
});
