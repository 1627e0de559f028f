/**
 * Every bundled item held to the rules of a citable price list (issue 12),
 * and every published edition held to its committed fingerprint, so that no
 * two editions of one list differ without a version change.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { canonicalJson } from "../../src/pricelists/canonicalJson.js";
import { compareVersions } from "../../src/pricelists/indexSeries.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { RANGE_RULE_FROM } from "../../src/pricelists/schema.js";
import { sha256Hex } from "../../src/pricelists/sha256Hex.js";

const MANIFEST = join(import.meta.dirname, "fingerprints.json");
const catalog = bundledCatalog();

/** The fingerprint of every bundled list edition and index-series version, as they are now. */
function current(): { lists: Record<string, string>; indexSeries: Record<string, string> } {
  const lists: Record<string, string> = {};
  for (const { list } of catalog.lists)
    lists[`${list.id}@${list.version}`] = resolvePriceList(catalog, list).fingerprint;
  const indexSeries: Record<string, string> = {};
  for (const { series } of catalog.indexSeries)
    indexSeries[`${series.id}@${series.version}`] = sha256Hex(canonicalJson(series));
  return { lists, indexSeries };
}

/**
 * The newest edition of each list id published under the rules (valid from
 * RANGE_RULE_FROM), resolved. zin-referentieprijzen@2024 predates them; its
 * items reach users through sociaal-domein@2026, which gives each its address.
 */
function newest() {
  const byId = new Map<string, string>();
  for (const { list } of catalog.lists) {
    const v = byId.get(list.id);
    if (v === undefined || compareVersions(list.version, v) > 0) byId.set(list.id, list.version);
  }
  return [...byId]
    .map(([id, version]) => resolvePriceList(catalog, { id, version }))
    .filter((l) => l.validFrom >= RANGE_RULE_FROM);
}

describe("bundled lists: the rules of a citable list", () => {
  it("no published edition changes without a version change (committed fingerprint manifest)", () => {
    const now = current();
    // Regenerate only on purpose, when a NEW edition is added: RENDEMENT_UPDATE_FINGERPRINTS=1 npx vitest run …
    if (process.env.RENDEMENT_UPDATE_FINGERPRINTS === "1") {
      const old = JSON.parse(readFileSync(MANIFEST, "utf8")) as typeof now;
      writeFileSync(
        MANIFEST,
        `${JSON.stringify({ lists: { ...now.lists, ...old.lists }, indexSeries: { ...now.indexSeries, ...old.indexSeries } }, null, 2)}\n`,
      );
    }
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as typeof now;
    for (const [key, fp] of Object.entries(now.lists))
      expect(fp, `${key} differs from its published fingerprint: publish a new version instead`).toBe(
        manifest.lists[key],
      );
    for (const [key, fp] of Object.entries(now.indexSeries))
      expect(fp, `index series ${key} differs from its published fingerprint`).toBe(manifest.indexSeries[key]);
    // an edition once published stays in the catalog
    expect(Object.keys(now.lists).sort()).toEqual(Object.keys(manifest.lists).sort());
  });

  it("every item of every edition has a source with title, publisher and year, and a reliability", () => {
    for (const { list } of catalog.lists)
      for (const i of resolvePriceList(catalog, list).items) {
        const where = `${list.id}@${list.version} ${i.code}`;
        expect(i.source.title.length, where).toBeGreaterThan(0);
        expect(i.source.year, where).toBeGreaterThanOrEqual(1990);
        expect(["solid", "rough"], where).toContain(i.reliability);
      }
  });

  it("in the newest editions: a publisher, a url unless the note says none is known, a range on every rough item", () => {
    expect(newest().map((l) => `${l.id}@${l.version}`)).toEqual([
      "sociaal-domein@2026",
      "thuis-in-zuidoost@voorbeeld-2026",
    ]);
    for (const l of newest()) {
      for (const i of l.items) {
        const where = `${l.id}@${l.version} ${i.code}`;
        expect(i.source.publisher?.length ?? 0, `${where}: publisher`).toBeGreaterThan(0);
        if (i.source.url === undefined)
          expect(i.note ?? "", `${where}: url or a note why none`).toMatch(/No public address/);
        else expect(i.source.url, where).toMatch(/^https?:\/\/[^\s]+$/);
        if (i.reliability === "rough") {
          expect(i.range, `${where}: rough without range`).toBeDefined();
          if (i.range?.relative !== undefined) expect(i.range.reason?.length ?? 0, where).toBeGreaterThan(10);
        }
        if (i.range) {
          expect(Number(i.range.low), where).toBeLessThanOrEqual(Number(i.amount));
          expect(Number(i.range.high), where).toBeGreaterThanOrEqual(Number(i.amount));
        }
        // a derived figure is rough and shows its arithmetic
        if (/DERIVED/.test(i.note ?? "")) {
          expect(i.reliability, where).toBe("rough");
          expect(i.note, where).toMatch(/[×/] ?[\d,.]+ ?=|= [\d,.]+/);
        }
      }
      if (l.validFrom >= RANGE_RULE_FROM) expect(l.coverage?.indexSeries, l.id).toBeDefined();
    }
  });

  it("the newest social-domain edition is valid from 2026 with at least 100 items, youth care among them", () => {
    const l = resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" });
    expect(l.validFrom).toBe("2026-01-01");
    expect(l.priceYear).toBe(2026);
    expect(l.items.length).toBeGreaterThanOrEqual(100);
    const codes = new Set(l.items.map((i) => i.code));
    for (const code of [
      "jeugd.ambulant-regulier.hbo.uur",
      "jeugd.behandeling-individueel.uur",
      "jeugd.dagbehandeling-a.dagdeel",
      "jeugd.verblijf-ggz.dag",
      "jeugd.gezinshuis.dag",
      "jeugd.pleegvergoeding.0-8.dag",
      "jeugd.uitvoeringskosten.beschikking",
      "justitie.jji.dag",
      "justitie.tbs.traject",
      "justitie.rechtbank.zittingsuur-megazaak",
      "veiligheid.politie.fte-jaar",
      "wonen.maatschappelijke-opvang.nacht",
      "financien.problematische-schulden.maatschappelijke-kosten.jaar",
      "zorg.wlz.pgb-begeleiding-individueel.uur",
      "mobiliteit.ns-altijd-vrij.2022.maand",
      "mobiliteit.ns-altijd-vrij.2026.maand",
    ])
      expect(codes.has(code), code).toBe(true);
    // items name the series they follow; CPI stays the default
    const index = (code: string) => l.items.find((i) => i.code === code)?.index;
    expect(index("inkomen.bijstand.alleenstaande.maand")).toBe("wml");
    expect(index("wonen.huur-corporatie.maand")).toBe("huurverhoging");
    expect(index("zorg.huisarts-consult")).toBe("cbs-cpi");
  });
});
