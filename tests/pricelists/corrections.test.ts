/**
 * The corrections of issue 12, each visible between sociaal-domein@2025 and
 * @2026 with its reason in the item's note, and the corrected CPI worked by hand.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { diffPriceLists } from "../../src/pricelists/diffPriceLists.js";
import { findIndexSeries } from "../../src/pricelists/indexSeries.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";

const catalog = bundledCatalog();
const BIN = join(import.meta.dirname, "..", "..", "bin", "rendement.js");

function cli(args: string[]) {
  if (!existsSync(join(import.meta.dirname, "..", "..", "dist")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the CBS CPI, corrected as a new version", () => {
  it("reads 121.43 for 2022 (CBS 83136NED); the published cbs-cpi@2025 keeps its 121.49", () => {
    expect(findIndexSeries(catalog, "cbs-cpi")?.values["2022"]).toBe("121.43");
    expect(findIndexSeries(catalog, "cbs-cpi")?.version).toBe("2026");
    // a list valid before 2026 keeps the series it was published with
    expect(findIndexSeries(catalog, "cbs-cpi", "2025-01-01")?.values["2022"]).toBe("121.49");
  });

  it("indexes the Zorginstituut's 2022 GP consult of 30.87 to 2024 as the series implies", () => {
    // by hand: 30.87 × 130.20 / 121.43 = 4019.274 / 121.43 = 33.0995… → 33.10
    const l = resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" }, { priceYear: 2024 });
    const gp = l.items.find((i) => i.code === "zorg.huisarts-consult");
    expect(gp?.amount).toBe("33.10");
    expect(gp?.indexation).toMatchObject({
      series: "cbs-cpi@2026",
      fromYear: 2022,
      toYear: 2024,
      fromLevel: "121.43",
      toLevel: "130.20",
    });
    // and a hospital day, where the two series part: 644 × 130.20 / 121.43 = 690.5148… → 690.51 (old: 690.54)
    expect(l.items.find((i) => i.code === "zorg.verpleegdag-ziekenhuis")?.amount).toBe("690.51");
    const old = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
    expect(old.items.find((i) => i.code === "zorg.verpleegdag-ziekenhuis")?.amount).toBe("690.54");
  });
});

describe("pricelist diff sociaal-domein@2025 → @2026 shows every correction with its reason", () => {
  const a = resolvePriceList(catalog, { id: "sociaal-domein", version: "2025" });
  const b = resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" }, { priceYear: 2025 });
  const d = diffPriceLists(a, b);
  const changed = (code: string) => d.changed.find((c) => c.code === code);

  it("beschermd wonen in kind: 2017 euros, as its source covers, no longer 2024", () => {
    const c = changed("wonen.beschermd-wonen.zin.dag");
    expect(c?.to.note).toMatch(/^CORRECTION \(2026\): .*2017/);
    expect(c?.to.original).toMatchObject({ amount: "175.00", priceYear: 2017 });
    // by hand: 175 × 134.50 / 101.70 = 231.4405… → 231.44 (2025 euros); before: 175 × 134.57 / 130.27 = 180.78
    expect(c?.from.amount).toBe("180.78");
    expect(c?.to.amount).toBe("231.44");
  });

  it("Tilburg debt counselling: a budget divided by a count, said as such", () => {
    const c = changed("financien.schuldhulpverlening.traject");
    expect(c?.to.note).toMatch(/CORRECTION \(2026\): DERIVED.*4,500,000 \/ 850 = 5,294\.12/);
    expect(c?.to.original?.amount).toBe("5294.12");
    expect(c?.to.range?.relative).toBe("0.5");
  });

  it("bijstand administration cost: Berenschot, EUR 2,883, 2018", () => {
    const c = changed("inkomen.bijstand.uitvoeringskosten.jaar");
    expect(c?.to.source.publisher).toMatch(/Berenschot/);
    expect(c?.to.original).toMatchObject({ amount: "2883.00", priceYear: 2018 });
    expect(c?.to.note).toMatch(/^CORRECTION \(2026\)/);
  });

  it("the disputed police hour is withdrawn; the cost per FTE says its derivation", () => {
    expect(d.removed.map((i) => i.code)).toContain("veiligheid.politie-inzet.uur");
    const fte = d.added.find((i) => i.code === "veiligheid.politie.fte-jaar");
    expect(fte?.note).toMatch(/7,288,208,000 \/ 63,161 = 115,390\.95/);
    expect(fte?.note).toMatch(/withdrawn in 2026/);
    expect(fte?.reliability).toBe("rough");
  });

  it("the CPI correction shows in every Zorginstituut item's restatement", () => {
    const c = changed("zorg.verpleegdag-ziekenhuis");
    expect(c?.from.indexation?.fromLevel).toBe("121.49");
    expect(c?.to.indexation?.fromLevel).toBe("121.43");
  });

  it("the CLI prints the same diff, with the corrections' notes in JSON", () => {
    const r = cli([
      "pricelist",
      "diff",
      "sociaal-domein@2025",
      "sociaal-domein@2026",
      "--price-year",
      "2025",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      changed: { code: string; to: { note?: string } }[];
      removed: { code: string }[];
    };
    const notes = out.changed.filter((c) => /^CORRECTION/.test(c.to.note ?? "")).map((c) => c.code);
    expect(notes.sort()).toEqual([
      "financien.schuldhulpverlening.traject",
      "inkomen.bijstand.uitvoeringskosten.jaar",
      "wonen.beschermd-wonen.zin.dag",
    ]);
    expect(out.removed.map((i) => i.code)).toEqual(["veiligheid.politie-inzet.uur"]);
  });
});

describe("price year 2026", () => {
  it("is accepted, carried at the newest CPI level (2025) and said, never silently", () => {
    const r = cli(["pricelist", "show", "sociaal-domein@2025", "--price-year", "2026", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning: price year 2026 of sociaal-domein@2025 lies after the newest level of index cbs-cpi@2025 \(2025\)/,
    );
    const gp = (
      JSON.parse(r.stdout) as { items: { code: string; amount: string; indexation?: { carriedFrom?: number } }[] }
    ).items.find((i) => i.code === "zorg.huisarts-consult");
    // by hand: 30.87 × 134.57 / 121.49 = 34.1937… → 34.19 (the 2025 level, carried to 2026)
    expect(gp?.amount).toBe("34.19");
    expect(gp?.indexation?.carriedFrom).toBe(2025);
  });

  it("a price year before the index starts is still refused", () => {
    const r = cli(["pricelist", "show", "sociaal-domein@2025", "--price-year", "2005"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no level for it/);
  });
});
