import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { compareVersions, findIndexSeries, indexFactor } from "../../src/pricelists/indexSeries.js";
import { issuesOf, series } from "../fixtures/lists.js";

describe("index series", () => {
  it("compares versions numerically", () => {
    expect(["2024.10", "2024.9", "2018", "2025"].sort(compareVersions)).toEqual(["2018", "2024.9", "2024.10", "2025"]);
  });

  it("finds the newest version of a series", () => {
    const c = createCatalog({
      indexSeries: [
        { data: series(undefined, { version: "2024" }) },
        { data: series({ "2015": "100" }, { version: "2025.1" }) },
        { data: series(undefined, { version: "2025" }) },
      ],
    });
    expect(findIndexSeries(c, "cbs-cpi")?.version).toBe("2025.1");
    expect(findIndexSeries(c, "other")).toBeUndefined();
  });

  it("gives the exact factor level(to)/level(from) and records it", () => {
    const s = createCatalog({ indexSeries: [{ data: series() }] }).indexSeries[0]!.series;
    // 130.27 / 126.10 = 13027/12610 (already reduced: 12610 = 2·5·13·97, 13027 is not divisible by 2, 5, 13 or 97)
    const f = indexFactor(s, 2023, 2024, []);
    expect(f.factor).toEqual({ n: 13027n, d: 12610n });
    expect(f.record.factor).toBe("1.03306899");
    // 101.70 / 99.36 = 565/552
    expect(indexFactor(s, 2014, 2017, []).factor).toEqual({ n: 565n, d: 552n });
    expect(indexFactor(s, 2024, 2024, []).factor).toEqual({ n: 1n, d: 1n });
  });

  it("refuses years the series does not have, naming them", () => {
    const s = createCatalog({ indexSeries: [{ data: series() }] }).indexSeries[0]!.series;
    const issues = issuesOf(() => indexFactor(s, 1990, 2031, ["items", 3, "priceYear"]));
    expect(issues[0]).toMatchObject({
      code: "index_year_missing",
      path: ["items", 3, "priceYear"],
      message: expect.stringMatching(/no level for 1990 and 2031/),
      expected: "a year from 2014 through 2024",
    });
  });
});
