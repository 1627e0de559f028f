import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineQuantity } from "../../src/cases/lineQuantity.js";
import { lineYearQuantities, totalQuantity } from "../../src/cases/lineYearQuantities.js";
import type { Line } from "../../src/cases/schema.js";
import { ratio } from "../../src/money/ratio.js";
import { dayToIso, isoToDay } from "../../src/periods/calendarDate.js";
import type { PeriodUnit } from "../../src/periods/periodQuantity.js";
import { yearSpans } from "../../src/periods/yearSpans.js";

const day = (s: string) => isoToDay(s) as number;
const line = (from: string, through: string, extra: Partial<Line> = {}): Line =>
  ({ item: "x", period: { from, through }, ...extra }) as Line;

describe("lineYearQuantities: worked examples", () => {
  it("days across a year end: 30 Dec 2023 – 2 Jan 2024 is 2 days in 2023 and 2 in 2024", () => {
    const q = lineYearQuantities(line("2023-12-30", "2024-01-02"), "day", {
      basis: "calendar",
      start: day("2023-12-30"),
    });
    expect(q).toEqual([
      { year: 2023, quantity: ratio(2) },
      { year: 2024, quantity: ratio(2) },
    ]);
  });

  it("nights belong to the day they start: 31 Dec – 2 Jan is one night in each year", () => {
    const q = lineYearQuantities(line("2023-12-31", "2024-01-02"), "night", { basis: "calendar", start: 0 });
    expect(q.map((p) => [p.year, p.quantity.n])).toEqual([
      [2023, 1n],
      [2024, 1n],
    ]);
  });

  it("a month item over 15 Nov 2023 – 14 Feb 2024: 16/30 + 1 in 2023, 1 + 14/29 in 2024", () => {
    const q = lineYearQuantities(line("2023-11-15", "2024-02-14"), "month", { basis: "calendar", start: 0 });
    expect(q).toEqual([
      { year: 2023, quantity: ratio(16 + 30, 30) },
      { year: 2024, quantity: ratio(29 + 14, 29) },
    ]);
  });

  it("4 hours a week over 1–14 Jan 2024 in case years from 8 Jan: 4 × 7/7 in year 0, 4 × 7/7 in year 1", () => {
    const q = lineYearQuantities(
      line("2024-01-01", "2024-01-14", { rate: { quantity: "4", per: "week" } }),
      undefined,
      {
        basis: "case",
        start: day("2024-01-08"),
      },
    );
    expect(q).toEqual([
      { year: 0, quantity: ratio(4) },
      { year: 1, quantity: ratio(4) },
    ]);
  });

  it("a line without a period falls in the year of its date, else of the case's start", () => {
    const opts = { basis: "calendar" as const, start: day("2024-06-01") };
    expect(lineYearQuantities({ item: "x", quantity: "3" } as Line, undefined, opts)).toEqual([
      { year: 2024, quantity: ratio(1) },
    ]);
    expect(lineYearQuantities({ item: "x", quantity: "3", date: "2026-02-01" } as Line, undefined, opts)[0]?.year).toBe(
      2026,
    );
  });

  it("case years from 29 February: the anniversaries fall on 28 February", () => {
    const spans = yearSpans(day("2024-02-29"), day("2026-03-01"), "case", day("2024-02-29"));
    expect(spans.map((s) => [s.year, dayToIso(s.from), dayToIso(s.through)])).toEqual([
      [1, "2024-02-29", "2025-02-27"],
      [2, "2025-02-28", "2026-02-27"],
      [3, "2026-02-28", "2026-03-01"],
    ]);
  });
});

describe("lineYearQuantities: properties", () => {
  const start = fc.integer({ min: day("1999-01-01"), max: day("2060-12-31") });
  const units = fc.constantFrom<PeriodUnit>("day", "night", "week", "month", "year");

  it("the years' parts add up exactly to the line's quantity (leap years, year ends, one-day periods)", () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 0, max: 2000 }),
        units,
        fc.constantFrom("calendar" as const, "case" as const),
        fc.integer({ min: -800, max: 800 }),
        fc.option(fc.constantFrom("day" as const, "week" as const, "month" as const, "year" as const)),
        (from, len, unit, basis, offset, per) => {
          const l = line(dayToIso(from), dayToIso(from + len), per ? { rate: { quantity: "2.5", per } } : {});
          const parts = lineYearQuantities(l, per ? undefined : unit, { basis, start: from + offset });
          expect(totalQuantity(parts)).toEqual(lineQuantity(l, per ? "hour" : unit).quantity);
          expect(new Set(parts.map((p) => p.year)).size).toBe(parts.length);
        },
      ),
    );
  });
});
