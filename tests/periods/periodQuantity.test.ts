import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRatio, type Ratio, ratio } from "../../src/money/ratio.js";
import { daysInMonth, daysInYear, dayToIso, fromDayNumber, isoToDay } from "../../src/periods/calendarDate.js";
import { type PeriodUnit, periodQuantity } from "../../src/periods/periodQuantity.js";

const q = (unit: PeriodUnit, from: string, through: string) =>
  periodQuantity(unit, isoToDay(from) as number, isoToDay(through) as number);

describe("periodQuantity: worked examples", () => {
  it("month across two months in a leap year: 2024-01-15..2024-02-14 = 17/31 + 14/29", () => {
    // January 15–31 is 17 of 31 days; February 1–14 is 14 of 29 (2024 is a leap year).
    // 17/31 + 14/29 = (17·29 + 14·31)/(31·29) = (493 + 434)/899 = 927/899
    const r = q("month", "2024-01-15", "2024-02-14");
    expect(r.quantity).toEqual({ n: 927n, d: 899n });
    expect(r.derivation).toBe("17/31 + 14/29 months");
  });

  it("the same dates a year earlier: 17/31 + 14/28", () => {
    // 17/31 + 1/2 = (34 + 31)/62 = 65/62
    const r = q("month", "2023-01-15", "2023-02-14");
    expect(r.quantity).toEqual({ n: 65n, d: 62n });
    expect(r.derivation).toBe("17/31 + 14/28 months");
  });

  it("month with full months between: 2024-01-31..2024-04-01 = 1/31 + 2 + 1/30", () => {
    // (30 + 2·930 + 31)/930 = 1921/930
    const r = q("month", "2024-01-31", "2024-04-01");
    expect(r.quantity).toEqual(ratio(1921, 930));
    expect(r.derivation).toBe("1/31 + 2 + 1/30 months");
  });

  it("a whole calendar month is exactly 1, whatever its length", () => {
    expect(q("month", "2024-02-01", "2024-02-29").quantity).toEqual({ n: 1n, d: 1n });
    expect(q("month", "2023-02-01", "2023-02-28").quantity).toEqual({ n: 1n, d: 1n });
    expect(q("month", "2024-01-01", "2024-12-31").quantity).toEqual({ n: 12n, d: 1n });
  });

  it("the leap day alone: 1 day, 0 nights, 1/7 week, 1/29 month, 1/366 year", () => {
    expect(q("day", "2024-02-29", "2024-02-29").quantity).toEqual({ n: 1n, d: 1n });
    expect(q("night", "2024-02-29", "2024-02-29").quantity).toEqual({ n: 0n, d: 1n });
    expect(q("week", "2024-02-29", "2024-02-29").quantity).toEqual({ n: 1n, d: 7n });
    expect(q("month", "2024-02-29", "2024-02-29").quantity).toEqual({ n: 1n, d: 29n });
    expect(q("year", "2024-02-29", "2024-02-29").quantity).toEqual({ n: 1n, d: 366n });
  });

  it("a year item over February 2024 is 29/366", () => {
    const r = q("year", "2024-02-01", "2024-02-29");
    expect(r.quantity).toEqual({ n: 29n, d: 366n });
    expect(r.derivation).toBe("29/366 years");
  });

  it("year across years: 2023-12-01..2024-01-31 = 31/365 + 31/366", () => {
    // (31·366 + 31·365)/(365·366) = 22661/133590
    const r = q("year", "2023-12-01", "2024-01-31");
    expect(r.quantity).toEqual(ratio(31 * 366 + 31 * 365, 365 * 366));
    expect(r.derivation).toBe("31/365 + 31/366 years");
  });

  it("three years from mid-2022: 184/365 + 2 + 181/365 = 3", () => {
    // 2022-07-01..12-31 is 184 days; 2025-01-01..06-30 is 181 days; 184 + 181 = 365
    const r = q("year", "2022-07-01", "2025-06-30");
    expect(r.quantity).toEqual({ n: 3n, d: 1n });
    expect(r.derivation).toBe("184/365 + 2 + 181/365 years");
  });

  it("nights: from = through is 0 nights, two days is 1 night", () => {
    expect(q("night", "2024-03-01", "2024-03-01")).toEqual({
      quantity: { n: 0n, d: 1n },
      derivation: "1 days − 1 = 0 nights",
    });
    expect(q("night", "2024-03-01", "2024-03-02")).toEqual({
      quantity: { n: 1n, d: 1n },
      derivation: "2 days − 1 = 1 night",
    });
  });

  it("days are counted at both ends; weeks are days / 7", () => {
    expect(q("day", "2024-03-04", "2024-03-31")).toEqual({ quantity: { n: 28n, d: 1n }, derivation: "28 days" });
    expect(q("day", "2024-03-04", "2024-03-04").derivation).toBe("1 day");
    // 2024-03-04..2024-03-31 = 28 days = 4 weeks
    expect(q("week", "2024-03-04", "2024-03-31").quantity).toEqual({ n: 4n, d: 1n });
    expect(q("week", "2024-03-04", "2024-03-13")).toEqual({ quantity: { n: 10n, d: 7n }, derivation: "10/7 weeks" });
  });
});

/** An independent reference: walk every day, counting it as 1/length of its month or year. */
function naive(unit: PeriodUnit, from: number, through: number): Ratio {
  let r = ratio(0);
  for (let z = from; z <= through; z++) {
    const { y, m } = fromDayNumber(z);
    if (unit === "month") r = addRatio(r, ratio(1, daysInMonth(y, m)));
    else if (unit === "year") r = addRatio(r, ratio(1, daysInYear(y)));
    else if (unit === "week") r = addRatio(r, ratio(1, 7));
    else r = addRatio(r, ratio(1));
  }
  return unit === "night" ? ratio(r.n - 1n > 0n ? r.n - 1n : 0n) : r;
}

const day = fc.integer({ min: isoToDay("1990-01-01") as number, max: isoToDay("2100-12-31") as number });
const units = fc.constantFrom<PeriodUnit>("day", "night", "week", "month", "year");

describe("periodQuantity: properties", () => {
  it("equals a day-by-day sum of fractions (periods up to ~3 years)", () => {
    fc.assert(
      fc.property(units, day, fc.integer({ min: 0, max: 1200 }), (unit, from, len) => {
        expect(periodQuantity(unit, from, from + len).quantity).toEqual(naive(unit, from, from + len));
      }),
      { numRuns: 300 },
    );
  });

  it("is additive: splitting a period anywhere gives the same total (day, week, month, year)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PeriodUnit>("day", "week", "month", "year"),
        day,
        fc.integer({ min: 1, max: 40_000 }),
        // at < 1, so that the cut leaves a second part of at least one day
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (unit, from, len, at) => {
          const through = from + len;
          const cut = from + Math.floor(at * len); // from ≤ cut < through
          const whole = periodQuantity(unit, from, through).quantity;
          const parts = addRatio(
            periodQuantity(unit, from, cut).quantity,
            periodQuantity(unit, cut + 1, through).quantity,
          );
          expect(parts).toEqual(whole);
        },
      ),
    );
  });

  it("a derivation names the parts it adds up", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PeriodUnit>("month", "year"),
        day,
        fc.integer({ min: 0, max: 3000 }),
        (unit, from, len) => {
          const r = periodQuantity(unit, from, from + len);
          const sum = r.derivation
            .replace(/ (months|years)$/, "")
            .split(" + ")
            .map((p) => (p.includes("/") ? ratio(Number(p.split("/")[0]), Number(p.split("/")[1])) : ratio(Number(p))))
            .reduce(addRatio);
          expect(sum).toEqual(r.quantity);
          expect(dayToIso(from)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
    );
  });
});
