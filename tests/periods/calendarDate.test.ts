import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonthsIso,
  dayNumber,
  daysInMonth,
  daysInYear,
  dayToIso,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoToDay,
  parseYMD,
} from "../../src/periods/calendarDate.js";

describe("leap years and lengths", () => {
  it("follows the Gregorian rule: every 4th year, not every 100th, but every 400th", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 1)).toBe(31);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2100)).toBe(365);
  });
});

describe("parseYMD / isIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(parseYMD("2024-02-29")).toEqual({ y: 2024, m: 2, d: 29 });
    expect(isIsoDate("2000-02-29")).toBe(true);
    for (const bad of [
      "2023-02-29",
      "1900-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-1-5",
      "2024-01-5",
      "24-01-05",
      "2024/01/05",
      "2024-01-05T00:00",
      "0000-01-01",
      "2024-0a-01",
      "",
    ])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe("day numbers", () => {
  it("counts days since 1970-01-01", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    // 2024-01-01: 54 years, 13 leap days (1972…2020) → 54·365 + 13 = 19723
    expect(isoToDay("2024-01-01")).toBe(19723);
    expect(isoToDay("2024-02-31")).toBeUndefined();
    expect(dayToIso(19723 + 59)).toBe("2024-02-29");
  });

  it("agrees with Date.UTC for any date 0001–9999 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d0) => {
          const d = Math.min(d0, daysInMonth(y, m));
          const t = new Date(0);
          t.setUTCFullYear(y, m - 1, d);
          expect(dayNumber(y, m, d)).toBe(Math.round(t.getTime() / 86_400_000));
        },
      ),
    );
  });

  it("round-trips: fromDayNumber(dayNumber(x)) = x and dayToIso is the ISO text (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (z) => {
        const p = fromDayNumber(z);
        expect(dayNumber(p.y, p.m, p.d)).toBe(z);
        expect(isoToDay(dayToIso(z))).toBe(z);
      }),
    );
  });
});

describe("addMonthsIso (the audit's horizon and the roll-up's follow-up dates)", () => {
  it("keeps the day, or clamps it to the month's last: worked by hand", () => {
    expect(addMonthsIso("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsIso("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonthsIso("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonthsIso("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonthsIso("2024-03-05", 12)).toBe("2025-03-05");
    expect(addMonthsIso("2024-01-15", 24)).toBe("2026-01-15");
    expect(addMonthsIso("2024-12-01", 1)).toBe("2025-01-01");
    expect(addMonthsIso("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonthsIso("2024-01-10", -13)).toBe("2022-12-10");
    expect(addMonthsIso("2024-02-29", 0)).toBe("2024-02-29");
  });

  it("refuses what is not a date", () => {
    expect(() => addMonthsIso("2024-02-30", 1)).toThrow(RangeError);
  });

  it("property: lands n months on, on the same day or the month's last", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -240, max: 240 }), (z, n) => {
        const from = parseYMD(dayToIso(z)) as { y: number; m: number; d: number };
        const to = parseYMD(addMonthsIso(dayToIso(z), n)) as { y: number; m: number; d: number };
        expect(to.y * 12 + to.m - (from.y * 12 + from.m)).toBe(n);
        expect(to.d).toBe(Math.min(from.d, daysInMonth(to.y, to.m)));
      }),
    );
  });
});
