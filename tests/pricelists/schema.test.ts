import { describe, expect, it } from "vitest";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { priceListFileSchema } from "../../src/pricelists/schema.js";
import { check } from "../../src/schemas/validate.js";
import { issuesOf, item, list } from "../fixtures/lists.js";

const FILE = "lijsten/test/1.json";

/** Validates one list file through the catalog, as every list is loaded. */
function problems(data: unknown) {
  return issuesOf(() => createCatalog({ lists: [{ data, file: FILE }] }));
}

/** A valid list with two items, then `edit` applied to a deep copy. */
function bad(edit: (l: Record<string, any>) => void): unknown {
  const l = structuredClone(
    list("test", "1", [item("a.item", "hour", "10.00"), item("b.item", "day", "20.00")]),
  ) as Record<string, any>;
  edit(l);
  return l;
}

describe("price list schema: every bad list is refused with its path", () => {
  it("accepts the valid base", () => {
    expect(
      check(
        priceListFileSchema,
        bad(() => {}),
      ).ok,
    ).toBe(true);
  });

  it.each<[string, (l: Record<string, any>) => void, (string | number)[], RegExp]>([
    ["an unknown unit", (l) => (l.items[1].unit = "fortnight"), ["items", 1, "unit"], /expected one of "hour"/],
    ["a float-like amount 1e3", (l) => (l.items[0].amount = "1e3"), ["items", 0, "amount"], /not a plain decimal/],
    ["more than two decimals", (l) => (l.items[0].amount = "10.005"), ["items", 0, "amount"], /more than two decimals/],
    ["a negative amount", (l) => (l.items[1].amount = "-20.00"), ["items", 1, "amount"], /negative/],
    ["NaN", (l) => (l.items[0].amount = "NaN"), ["items", 0, "amount"], /not a plain decimal/],
    ["an amount as a number", (l) => (l.items[0].amount = 10), ["items", 0, "amount"], /expected string/],
    [
      "a duplicate code",
      (l) => (l.items[1].code = "a.item"),
      ["items", 1, "code"],
      /duplicate code "a.item" \(also items\[0\]\)/,
    ],
    ["a missing source", (l) => delete l.items[1].source, ["items", 1, "source"], /missing required field/],
    [
      "a source without year",
      (l) => delete l.items[0].source.year,
      ["items", 0, "source", "year"],
      /missing required field/,
    ],
    [
      "an unknown field on an item",
      (l) => (l.items[0].colour = "red"),
      ["items", 0, "colour"],
      /unknown field "colour"/,
    ],
    ["an unknown field on the list", (l) => (l.valid_from = "2024-01-01"), ["valid_from"], /unknown field/],
    [
      "an unknown reliability",
      (l) => (l.items[0].reliability = "certain"),
      ["items", 0, "reliability"],
      /expected one of/,
    ],
    ["a code that is not an identifier", (l) => (l.items[0].code = "Detentie Dag"), ["items", 0, "code"], /identifier/],
    ["a payer that is not an identifier", (l) => (l.items[0].payer = "Gemeente"), ["items", 0, "payer"], /identifier/],
    ["a currency other than EUR", (l) => (l.currency = "USD"), ["currency"], /EUR/],
    ["an impossible validFrom", (l) => (l.validFrom = "2023-02-29"), ["validFrom"], /not a real calendar date/],
    [
      "a range that does not contain the amount",
      (l) => (l.items[0].range = { low: "11.00", high: "12.00" }),
      ["items", 0, "range"],
      /does not contain amount 10.00/,
    ],
    ["removed without basedOn", (l) => (l.removed = ["x.item"]), ["removed"], /needs "basedOn"/],
    [
      "a code both removed and defined",
      (l) => ((l.basedOn = { id: "base", version: "1" }), (l.removed = ["b.item"])),
      ["removed", 0],
      /both removed and defined/,
    ],
    [
      "a missing label language",
      (l) => delete l.items[0].label.en,
      ["items", 0, "label", "en"],
      /missing required field/,
    ],
  ])("refuses %s", (_what, edit, path, message) => {
    const issues = problems(bad(edit));
    const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
    expect(hit?.file).toBe(FILE);
  });

  it("refuses a __proto__ key (parsed from JSON, where it is an own key) before anything else", () => {
    const data = JSON.parse(`{"id":"test","version":"1","items":[{"code":"a","__proto__":{"amount":"1.00"}}]}`);
    const issues = problems(data);
    expect(issues).toEqual([
      {
        code: "forbidden_key",
        path: ["items", 0, "__proto__"],
        message: 'the key "__proto__" is not allowed',
        expected: "ordinary field names",
        params: { key: "__proto__" },
        file: FILE,
      },
    ]);
    // and nothing was polluted
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
  });

  it("refuses constructor and prototype keys too", () => {
    expect(problems(bad((l) => (l.items[0].constructor = {})))[0]?.path).toEqual(["items", 0, "constructor"]);
    expect(problems(bad((l) => (l.prototype = 1)))[0]?.code).toBe("forbidden_key");
  });

  it("reports every problem of a file at once", () => {
    const issues = problems(
      bad((l) => ((l.items[0].unit = "fortnight"), (l.items[1].amount = "1e3"), (l.priceYear = "2024"))),
    );
    expect(issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["items.0.unit", "items.1.amount", "priceYear"]),
    );
    expect(issues.length).toBe(3);
  });

  it("reports problems of every file of a catalog, each with its own file", () => {
    const issues = issuesOf(() =>
      createCatalog({
        lists: [
          { data: bad((l) => (l.items[0].amount = "1e3")), file: "a.json" },
          { data: list("ok", "1", [item("x", "each", "1.00")]), file: "ok.json" },
          { data: bad((l) => ((l.id = "other"), (l.items[1].unit = "minute"))), file: "b.json" },
        ],
      }),
    );
    expect(issues.map((i) => `${i.file}:${i.path.join(".")}`)).toEqual([
      "a.json:items.0.amount",
      "b.json:items.1.unit",
    ]);
  });

  it("accepts optional fields: range, transfer, cashable, index, note, own priceYear", () => {
    const l = list("test", "1", [
      item("a", "month", "1345.45", {
        range: { low: "1345.45", high: "1400" },
        transfer: true,
        cashable: true,
        index: "cbs-cpi",
        note: "n",
        priceYear: 2023,
      }),
    ]);
    expect(check(priceListFileSchema, l).ok).toBe(true);
  });
});

describe("index series schema", () => {
  const seriesFile = (values: Record<string, string>) => ({
    data: {
      id: "cpi",
      version: "1",
      title: "t",
      publisher: "p",
      baseYear: 2015,
      source: { title: "s", year: 2025 },
      values,
    },
    file: "s.json",
  });

  it("needs decimal levels and four-digit years", () => {
    const issues = issuesOf(() =>
      createCatalog({ indexSeries: [seriesFile({ "2015": "100", "2016": "1e2", "24": "100" })] }),
    );
    expect(issues.map((i) => i.path.join(".")).sort()).toEqual(["values.2016", "values.24"]);
    expect(issues.every((i) => i.file === "s.json")).toBe(true);
  });

  it("needs a level for its base year", () => {
    const issues = issuesOf(() => createCatalog({ indexSeries: [seriesFile({ "2016": "100.32" })] }));
    expect(issues).toEqual([
      expect.objectContaining({ path: ["values"], message: "the base year 2015 has no value", file: "s.json" }),
    ]);
  });
});
