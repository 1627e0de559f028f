/** Bad list files get a clear error with file and path (issue 12), and ranges are resolved as stated. */
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog, mergeCatalogs } from "../../src/pricelists/catalog.js";
import { coverageWarnings } from "../../src/pricelists/coverageWarnings.js";
import { relativeRange } from "../../src/pricelists/relativeRange.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { files, issuesOf, item, list, series } from "../fixtures/lists.js";

const FILE = "lijsten/oss/2026.json";
const rough = (code: string, extra = {}) => item(code, "day", "100.00", { reliability: "rough", ...extra });
const list26 = (items: ReturnType<typeof item>[], extra = {}) =>
  list("oss", "2026", items, { validFrom: "2026-01-01", ...extra });
const accepted = (data: unknown) =>
  createCatalog({ lists: [{ data, file: FILE }], indexSeries: [{ data: series() }] }).lists.length === 1;
const problems = (data: unknown) =>
  issuesOf(() => createCatalog({ lists: [{ data, file: FILE }], indexSeries: [{ data: series() }] }));

describe("bad list files: every problem with file and path", () => {
  it("a range that does not contain the amount", () => {
    expect(problems(list26([item("a", "day", "100.00", { range: { low: "110.00", high: "150.00" } })]))).toEqual([
      expect.objectContaining({
        file: FILE,
        path: ["items", 0, "range"],
        message: expect.stringMatching(/does not contain amount 100.00/),
      }),
    ]);
  });

  it("a rough item without a range, in a list valid from 2026 without defaultRange", () => {
    const issues = problems(list26([item("ok", "day", "1.00"), rough("zonder")]));
    expect(issues).toEqual([
      expect.objectContaining({
        file: FILE,
        path: ["items", 1, "range"],
        message: "rough item zonder has no range, and the list has no defaultRange",
        expected: expect.stringMatching(/relativeRange/),
      }),
    ]);
    // the same item is accepted with a range of its own, a relative range, or the list's default
    expect(accepted(list26([rough("a", { range: { low: "80.00", high: "120.00" } })]))).toBe(true);
    expect(
      accepted(list26([rough("a", { relativeRange: { relative: "0.2", reason: "a single press figure" } })])),
    ).toBe(true);
    expect(accepted(list26([rough("a")], { defaultRange: { relative: "0.3", reason: "a stated convention" } }))).toBe(
      true,
    );
    // an edition published before the rule stays valid as published
    expect(accepted(list("oss", "2025", [rough("a")], { validFrom: "2025-01-01" }))).toBe(true);
  });

  it("an item following an index series the catalog lacks", () => {
    expect(problems(list26([item("huur", "month", "600.00", { index: "huurindex" })]))).toEqual([
      expect.objectContaining({
        code: "unknown_index_series",
        file: FILE,
        path: ["items", 0, "index"],
        expected: "one of cbs-cpi",
      }),
    ]);
    // and the bundled catalog knows the series its items follow
    const own = createCatalog({
      lists: [{ data: list26([item("b", "month", "1.00", { index: "wml", priceYear: 2025 })]), file: FILE }],
    });
    expect(() => mergeCatalogs(bundledCatalog(), own)).not.toThrow();
  });

  it("a url that is not a web address", () => {
    for (const url of ["gemeente oss tarieven", "javascript:alert(1)", "www.oss.nl/tarieven"])
      expect(problems(list26([item("a", "day", "1.00", { source: { title: "t", year: 2026, url } })]))).toEqual([
        expect.objectContaining({
          file: FILE,
          path: ["items", 0, "source", "url"],
          message: "expected a web address starting with http:// or https://",
        }),
      ]);
    expect(
      accepted(
        list26([item("a", "day", "1.00", { source: { title: "t", year: 2026, url: "https://www.oss.nl/tarieven" } })]),
      ),
    ).toBe(true);
  });

  it("a relative range that is zero, a whole, or given with a range, or without a reason", () => {
    const issues = problems(
      list26([
        rough("a", { relativeRange: { relative: "0", reason: "a stated convention" } }),
        rough("b", { relativeRange: { relative: "1.5", reason: "a stated convention" } }),
        rough("c", {
          range: { low: "90.00", high: "110.00" },
          relativeRange: { relative: "0.1", reason: "a stated convention" },
        }),
        rough("d", { relativeRange: { relative: "0.1", reason: "" } }),
      ]),
    );
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "items.0.relativeRange.relative",
      "items.1.relativeRange.relative",
      "items.2.relativeRange",
      "items.3.relativeRange.reason",
    ]);
    expect(issues.every((i) => i.file === FILE)).toBe(true);
  });
});

describe("ranges as resolved", () => {
  it("relativeRange: amount × (1 ± r), half-up to cents, with width and reason", () => {
    expect(relativeRange("100.00", { relative: "0.25", reason: "why" })).toEqual({
      low: "75.00",
      high: "125.00",
      relative: "0.25",
      reason: "why",
    });
    // 15.48 × 0.7 = 10.836 → 10.84; 15.48 × 1.3 = 20.124 → 20.12
    expect(relativeRange("15.48", { relative: "0.3", reason: "why" })).toMatchObject({ low: "10.84", high: "20.12" });
  });

  it("the list's defaultRange covers rough items it inherits; solid items and own ranges are left alone", () => {
    const base = list("base", "1", [
      rough("r"),
      item("s", "day", "100.00"),
      rough("own", { range: { low: "90.00", high: "130.00" } }),
    ]);
    const child = list26([], {
      basedOn: { id: "base", version: "1" },
      priceYear: 2024,
      defaultRange: { relative: "0.3", reason: "a stated convention" },
    });
    const c = createCatalog({ lists: files(base, child), indexSeries: [{ data: series() }] });
    const r = resolvePriceList(c, { id: "oss", version: "2026" });
    const by = (code: string) => r.items.find((i) => i.code === code);
    expect(by("r")?.range).toEqual({ low: "70.00", high: "130.00", relative: "0.3", reason: "a stated convention" });
    expect(by("s")?.range).toBeUndefined();
    expect(by("own")?.range).toEqual({ low: "90.00", high: "130.00" });
    // the base itself, published without a default, is unchanged
    expect(resolvePriceList(c, { id: "base", version: "1" }).items.find((i) => i.code === "r")?.range).toBeUndefined();
  });
});

describe("warnings for dates beyond the data", () => {
  const catalog = bundledCatalog();
  it("a case in 2026 priced with the 2026 list: beyond the newest CPI year (2025)", () => {
    const l = resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" });
    expect(coverageWarnings(l, "2026-06-30", ["end"])).toEqual([
      {
        code: "beyond_index_year",
        path: ["end"],
        params: { year: 2026, series: "cbs-cpi@2026", indexYear: 2025, priceYear: 2026 },
        message: expect.stringMatching(/runs into 2026, after the newest level of index cbs-cpi@2026 \(2025\)/),
      },
    ]);
  });

  it("a case in 2027: beyond the newest list's price year too; within the data: none", () => {
    const l = resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" });
    expect(coverageWarnings(l, "2027-02-01", ["start"]).map((w) => w.code)).toEqual([
      "beyond_index_year",
      "beyond_list_year",
    ]);
    expect(coverageWarnings(l, "2027-02-01", ["start"])[1]?.message).toMatch(
      /priced with sociaal-domein@2026 in 2026 euros/,
    );
    const l24 = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
    expect(coverageWarnings(l24, "2025-12-31", ["end"])).toEqual([]);
  });
});
