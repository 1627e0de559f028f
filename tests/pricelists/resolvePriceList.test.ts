import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog, mergeCatalogs } from "../../src/pricelists/catalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { files, issuesOf, item, list, series } from "../fixtures/lists.js";

const amounts = (l: { items: readonly { code: string; amount: string }[] }) =>
  Object.fromEntries(l.items.map((i) => [i.code, i.amount]));

describe("resolvePriceList: inheritance, removal and override", () => {
  // base@1: a 10, b 20, c 30
  // child@1 (basedOn base@1): removes b, overrides c with 35, adds d 5
  // grandchild@1 (basedOn child@1): removes d, brings b back at 21, overrides a with 11
  const catalog = createCatalog({
    lists: files(
      list("base", "1", [item("a", "hour", "10.00"), item("b", "hour", "20.00"), item("c", "day", "30.00")]),
      list("child", "1", [item("c", "day", "35.00", { payer: "zvw" }), item("d", "each", "5")], {
        basedOn: { id: "base", version: "1" },
        removed: ["b"],
      }),
      list("grandchild", "1", [item("b", "hour", "21.00"), item("a", "hour", "11.00")], {
        basedOn: { id: "child", version: "1" },
        removed: ["d"],
      }),
    ),
  });

  it("inherits every item of the base, then removes and overrides", () => {
    const child = resolvePriceList(catalog, { id: "child", version: "1" });
    expect(amounts(child)).toEqual({ a: "10.00", c: "35.00", d: "5.00" });
    // an override replaces the whole item, not just its amount
    expect(child.items.find((i) => i.code === "c")?.payer).toBe("zvw");
    expect(child.items.map((i) => `${i.code}:${i.definedIn.id}`)).toEqual(["a:base", "c:child", "d:child"]);
    expect(child.chain).toEqual([
      { id: "child", version: "1" },
      { id: "base", version: "1" },
    ]);
  });

  it("applies a chain of bases in order: a removed item can come back further down", () => {
    const g = resolvePriceList(catalog, { id: "grandchild", version: "1" });
    expect(amounts(g)).toEqual({ a: "11.00", b: "21.00", c: "35.00" });
    expect(g.chain.map((r) => r.id)).toEqual(["grandchild", "child", "base"]);
  });

  it("leaves the base itself untouched", () => {
    expect(amounts(resolvePriceList(catalog, { id: "base", version: "1" }))).toEqual({
      a: "10.00",
      b: "20.00",
      c: "30.00",
    });
  });

  it("sorts items by code and writes amounts with two decimals", () => {
    const c = createCatalog({ lists: files(list("x", "1", [item("z", "each", "1234.5"), item("m", "each", "7")])) });
    const r = resolvePriceList(c, { id: "x", version: "1" });
    expect(r.items.map((i) => [i.code, i.amount])).toEqual([
      ["m", "7.00"],
      ["z", "1234.50"],
    ]);
    expect(r.items[0]).toMatchObject({ transfer: false, index: "cbs-cpi" });
  });

  it("refuses a base cycle A → B → A, naming the file and basedOn", () => {
    const c = createCatalog({
      lists: files(
        list("a", "1", [], { basedOn: { id: "b", version: "1" } }),
        list("b", "1", [], { basedOn: { id: "a", version: "1" } }),
      ),
    });
    const issues = issuesOf(() => resolvePriceList(c, { id: "a", version: "1" }));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "pricelist_cycle",
        path: ["basedOn"],
        file: "fixtures/b/1.json",
        message: "basedOn cycle: a@1 → b@1 → a@1",
      }),
    ]);
  });

  it("refuses removing a code the base does not have (a typo would otherwise go unnoticed)", () => {
    const c = createCatalog({
      lists: files(
        list("base", "1", [item("a", "hour", "10.00")]),
        list("child", "1", [], { basedOn: { id: "base", version: "1" }, removed: ["a", "bb"] }),
      ),
    });
    expect(issuesOf(() => resolvePriceList(c, { id: "child", version: "1" }))).toEqual([
      expect.objectContaining({ code: "unknown_removed_code", path: ["removed", 1], file: "fixtures/child/1.json" }),
    ]);
  });

  it("refuses a list based on itself", () => {
    const c = createCatalog({ lists: files(list("a", "1", [], { basedOn: { id: "a", version: "1" } })) });
    expect(issuesOf(() => resolvePriceList(c, { id: "a", version: "1" }))[0]).toMatchObject({
      code: "pricelist_cycle",
      path: ["basedOn"],
      file: "fixtures/a/1.json",
    });
  });

  it("refuses an unknown base, naming the file and basedOn", () => {
    const c = createCatalog({ lists: files(list("a", "1", [], { basedOn: { id: "nergens", version: "9" } })) });
    expect(issuesOf(() => resolvePriceList(c, { id: "a", version: "1" }))).toEqual([
      expect.objectContaining({
        code: "unknown_base",
        path: ["basedOn"],
        file: "fixtures/a/1.json",
        message: "based on nergens@9, which is not in the catalog",
      }),
    ]);
  });

  it("refuses an unknown list or version, saying which exist", () => {
    expect(issuesOf(() => resolvePriceList(catalog, { id: "nope", version: "1" }))[0]).toMatchObject({
      code: "unknown_pricelist",
      expected: "one of base, child, grandchild",
    });
    expect(issuesOf(() => resolvePriceList(catalog, { id: "base", version: "2" }))[0]).toMatchObject({
      code: "unknown_pricelist",
      expected: "one of 1",
    });
  });
});

describe("resolvePriceList: indexation (worked examples)", () => {
  it("35.76 in 2023 euros is 36.94 in 2024 euros: 35.76 × 130.27 / 126.10 = 36.9425… → 36.94", () => {
    // 3576 cents × 13027/12610 = 46584552/12610 = 3694.2547… cents → 3694 cents
    const c = createCatalog({
      lists: files(list("x", "1", [item("dagbesteding", "dagdeel", "35.76", { priceYear: 2023 })])),
      indexSeries: [{ data: series() }],
    });
    const i = resolvePriceList(c, { id: "x", version: "1" }).items[0];
    expect(i?.amount).toBe("36.94");
    expect(i?.original).toEqual({ amount: "35.76", priceYear: 2023 });
    // 13027/12610 = 1.0330689928… → 8 decimals
    expect(i?.indexation).toEqual({
      series: "cbs-cpi@test",
      fromYear: 2023,
      toYear: 2024,
      fromLevel: "126.10",
      toLevel: "130.27",
      factor: "1.03306899",
    });
  });

  it("the same item in the bundled social-domain list: dagbesteding licht 35.76 (2023) → 36.94 (2024)", () => {
    const r = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
    const i = r.items.find((x) => x.code === "daginvulling.dagbesteding.licht.dagdeel");
    expect(i).toMatchObject({ amount: "36.94", original: { amount: "35.76", priceYear: 2023 } });
    // social rent 582.00 (2023) × 130.27/126.10 = 58200 × 13027/12610 cents = 60125.0… → 601.25
    expect(r.items.find((x) => x.code === "wonen.huur-corporatie.maand")?.amount).toBe("601.25");
  });

  it("rounds an exact half cent up once: 2.76 (2014) in 2017 euros is 2.825 → 2.83", () => {
    // factor 101.70/99.36 = 10170/9936 = 565/552; 276 cents × 565/552 = 565/2 = 282.5 cents exactly.
    // Half-up gives 283 (2.83); banker's rounding would give 282.
    const c = createCatalog({
      lists: files(
        list("x", "1", [item("h", "each", "2.76", { priceYear: 2014, range: { low: "2.76", high: "5.52" } })], {
          priceYear: 2017,
        }),
      ),
      indexSeries: [{ data: series() }],
    });
    const i = resolvePriceList(c, { id: "x", version: "1" }).items[0];
    expect(i?.amount).toBe("2.83");
    // the range is restated with the same factor: 552 cents × 565/552 = 565 cents
    expect(i?.range).toEqual({ low: "2.83", high: "5.65" });
    expect(i?.original).toEqual({ amount: "2.76", priceYear: 2014, range: { low: "2.76", high: "5.52" } });
  });

  it("restates a whole list into another price year on request, and records it", () => {
    // 100.00 in 2024 euros into 2023: 10000 × 12610/13027 = 9679.89… → 96.80
    const c = createCatalog({
      lists: files(list("x", "1", [item("a", "each", "100.00")])),
      indexSeries: [{ data: series() }],
    });
    const r = resolvePriceList(c, { id: "x", version: "1" }, { priceYear: 2023 });
    expect(r.priceYear).toBe(2023);
    expect(r.restatedFrom).toEqual({ priceYear: 2024, series: "cbs-cpi" });
    expect(r.items[0]?.amount).toBe("96.80");
    // asking for the list's own year changes nothing
    const same = resolvePriceList(c, { id: "x", version: "1" }, { priceYear: 2024 });
    expect(same).toEqual(resolvePriceList(c, { id: "x", version: "1" }));
  });

  it("inherited items keep their base's price year and are indexed into the child's", () => {
    // base priceYear 2023: 126.10 → child priceYear 2024: 12610 cents × 13027/12610 = 130.27
    const c = createCatalog({
      lists: files(
        list("base", "1", [item("a", "each", "126.10")], { priceYear: 2023 }),
        list("child", "1", [], { basedOn: { id: "base", version: "1" }, validFrom: "2024-02-01" }),
      ),
      indexSeries: [{ data: series() }],
    });
    expect(resolvePriceList(c, { id: "child", version: "1" }).items[0]).toMatchObject({
      amount: "130.27",
      original: { amount: "126.10", priceYear: 2023 },
    });
  });

  it("refuses a year the series does not have, and an unknown series", () => {
    const c = createCatalog({
      lists: files(list("x", "1", [item("a", "each", "1.00", { priceYear: 1999 })])),
      indexSeries: [{ data: series() }],
    });
    expect(issuesOf(() => resolvePriceList(c, { id: "x", version: "1" }))[0]).toMatchObject({
      code: "index_year_missing",
      path: ["items", 0, "priceYear"],
      message: expect.stringMatching(/no level for 1999/),
    });
    // An unknown series is refused when the catalog is built, before any list is resolved.
    expect(
      issuesOf(() =>
        createCatalog({
          lists: files(list("x", "1", [item("b", "each", "1.00", { index: "cao-zorg", priceYear: 2023 })])),
          indexSeries: [{ data: series() }],
        }),
      )[0],
    ).toMatchObject({
      code: "unknown_index_series",
      file: "fixtures/x/1.json",
      path: ["items", 0, "index"],
      expected: "one of cbs-cpi",
    });
    // A lists-only catalog is a fragment: the check runs when it is merged with one that has the series.
    const fragment = createCatalog({
      lists: files(list("x", "1", [item("b", "each", "1.00", { index: "cao-zorg", priceYear: 2023 })])),
    });
    expect(
      issuesOf(() => mergeCatalogs(createCatalog({ indexSeries: [{ data: series() }] }), fragment))[0],
    ).toMatchObject({ code: "unknown_index_series", path: ["items", 0, "index"] });
  });
});
