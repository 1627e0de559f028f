import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { diffPriceLists } from "../../src/pricelists/diffPriceLists.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { files, item, list } from "../fixtures/lists.js";

describe("diffPriceLists", () => {
  const c = createCatalog({
    lists: files(
      list("l", "1", [
        item("a", "hour", "10.00"),
        item("b", "hour", "20.00"),
        item("c", "each", "0.00"),
        item("e", "day", "5.00"),
        item("f", "day", "7.00"),
        item("g", "day", "3.00"),
        item("h", "each", "200.00"),
        item("k", "each", "200.00"),
      ]),
      list(
        "l",
        "2",
        [
          item("a", "hour", "10.80"),
          item("b", "hour", "18.50"),
          item("c", "each", "3.00"),
          item("d", "each", "1.00"),
          item("f", "day", "7.00"),
          item("g", "day", "3.00", { label: { nl: "ander label", en: "other label" } }),
          item("h", "each", "200.01"),
          item("k", "each", "199.99"),
        ],
        { validFrom: "2025-01-01" },
      ),
    ),
  });
  const d = diffPriceLists(
    resolvePriceList(c, { id: "l", version: "1" }),
    resolvePriceList(c, { id: "l", version: "2" }),
  );
  const ch = (code: string) => d.changed.find((x) => x.code === code);

  it("lists added and removed items", () => {
    expect(d.added.map((i) => i.code)).toEqual(["d"]);
    expect(d.removed.map((i) => i.code)).toEqual(["e"]);
    expect(d.unchanged).toBe(1); // f
    expect(d.changed.map((x) => x.code)).toEqual(["a", "b", "c", "g", "h", "k"]);
  });

  it("gives the absolute and relative change of each changed amount, by hand", () => {
    // a: 10.80 − 10.00 = +0.80; 0.80 / 10.00 = 0.08
    expect(ch("a")).toMatchObject({ change: "0.80", relativeChange: "0.0800" });
    // b: 18.50 − 20.00 = −1.50; −1.50 / 20.00 = −0.075
    expect(ch("b")).toMatchObject({ change: "-1.50", relativeChange: "-0.0750" });
    // c: from zero there is no relative change
    expect(ch("c")?.change).toBe("3.00");
    expect(ch("c")).not.toHaveProperty("relativeChange");
    // h: 0.01 / 200.00 = 0.00005 exactly → half-up at 4 decimals → 0.0001
    expect(ch("h")).toMatchObject({ change: "0.01", relativeChange: "0.0001" });
    // k: −0.01 / 200.00 = −0.00005 → half away from zero → −0.0001
    expect(ch("k")).toMatchObject({ change: "-0.01", relativeChange: "-0.0001" });
  });

  it("reports changes other than the amount by field", () => {
    expect(ch("g")).toMatchObject({ change: "0.00", relativeChange: "0.0000" });
    expect(ch("g")?.fields.map((f) => f.field)).toEqual(["label"]);
    expect(ch("a")?.fields.map((f) => f.field)).toEqual(["amount"]);
  });

  it("stamps both lists", () => {
    expect(d.from).toMatchObject({ id: "l", version: "1", priceYear: 2024 });
    expect(d.to.version).toBe("2");
    expect(d.from.fingerprint).not.toBe(d.to.fingerprint);
  });

  it("shows real change between bundled versions in one price year (social rent 2018 vs 2023, NS Altijd Vrij 2017 vs 2019)", () => {
    const b = bundledCatalog();
    const x = diffPriceLists(
      resolvePriceList(b, { id: "sociaal-domein", version: "2018" }, { priceYear: 2024 }),
      resolvePriceList(b, { id: "sociaal-domein", version: "2024" }),
    );
    // rent: 538.00 (2018) × 130.27/103.44 = 677.549… → 677.55; 582.00 (2023) × 130.27/126.10 = 601.25 → change −76.30
    const rent = x.changed.find((i) => i.code === "wonen.huur-corporatie.maand");
    expect(rent).toMatchObject({ from: { amount: "677.55" }, to: { amount: "601.25" }, change: "-76.30" });
    // NS: 333.00 (2017) × 130.27/101.70 = 426.549… → 426.55; 356.00 (2019) × 130.27/106.16 = 436.849… → 436.85
    const ns = x.changed.find((i) => i.code === "mobiliteit.ns-altijd-vrij.maand");
    expect(ns).toMatchObject({ from: { amount: "426.55" }, to: { amount: "436.85" }, change: "10.30" });
    // the 2024 version adds the reference prices (it is based on the Zorginstituut list)
    expect(x.added.some((i) => i.code === "zorg.seh-bezoek")).toBe(true);
    expect(x.removed).toEqual([]);
  });
});
