import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";

const root = join(import.meta.dirname, "..", "..");
const jsonFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
  );

describe("bundled price lists", () => {
  const catalog = bundledCatalog();

  it("every bundled file validates, and every file on disk is bundled", () => {
    expect(catalog.lists.map((l) => `${l.list.id}@${l.list.version}`).sort()).toEqual([
      "sociaal-domein@2018",
      "sociaal-domein@2024",
      "sociaal-domein@2025",
      "sociaal-domein@2026",
      "thuis-in-zuidoost@voorbeeld-2024",
      "thuis-in-zuidoost@voorbeeld-2026",
      "zin-referentieprijzen@2024",
    ]);
    const onDisk = jsonFiles("pricelists").sort();
    expect(catalog.lists.map((l) => l.file).sort()).toEqual(onDisk);
    // and the files on disk validate themselves, read afresh
    const again = createCatalog({
      lists: onDisk.map((f) => ({ data: JSON.parse(readFileSync(join(root, f), "utf8")), file: f })),
    });
    expect(again.lists.length).toBe(onDisk.length);
  });

  it("the CBS CPI series validates and is bundled", () => {
    expect(catalog.indexSeries.map((s) => s.file).sort()).toEqual(jsonFiles("indexes").sort());
    const cpi = catalog.indexSeries[0]?.series;
    expect(cpi?.baseYear).toBe(2015);
    expect(cpi?.values["2015"]).toBe("100.00");
  });

  it("every bundled list resolves, every item sourced with a year and a reliability", () => {
    for (const { list } of catalog.lists) {
      const r = resolvePriceList(catalog, { id: list.id, version: list.version });
      expect(r.items.length).toBeGreaterThan(0);
      expect(r.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      for (const i of r.items) {
        expect(i.source.title.length).toBeGreaterThan(0);
        expect(i.source.year).toBeGreaterThanOrEqual(1990);
        expect(["solid", "rough"]).toContain(i.reliability);
        expect(i.amount).toMatch(/^\d+\.\d{2}$/);
      }
    }
  });

  it("the Thuis in Zuidoost list is labelled as an example and carries the project's round figures", () => {
    const r = resolvePriceList(catalog, { id: "thuis-in-zuidoost", version: "voorbeeld-2024" });
    expect(r.example).toBe(true);
    const amount = (code: string) => r.items.find((i) => i.code === code)?.amount;
    expect(amount("justitie.detentie.jaar")).toBe("50000.00");
    expect(amount("ondersteuning.casuistiekoverleg")).toBe("1500.00");
    expect(amount("mobiliteit.ns-jaarkaart.jaar")).toBe("3000.00");
    expect(resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" }).example).toBe(false);
  });

  it("bijstand is a transfer in the social-domain list (2025)", () => {
    const r = resolvePriceList(catalog, { id: "sociaal-domein", version: "2025" });
    expect(r.items.find((i) => i.code === "inkomen.bijstand.alleenstaande.maand")?.transfer).toBe(true);
    expect(r.items.find((i) => i.code === "justitie.detentie.dag")?.transfer).toBe(false);
  });

  it("is a fresh, equal value on every call (no shared mutable state)", () => {
    const a = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
    const b = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
    expect(a).toEqual(b);
  });
});
