import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog, createCatalog, mergeCatalogs, resolvePriceList } from "../../src/index.js";
import { priceItemSchema } from "../../src/pricelists/schema.js";

// docs/pricelists.md is what a municipality follows: its examples must work
// and every identifier the bundled lists use must be explained there.
const DOC = readFileSync(join(__dirname, "../../docs/pricelists.md"), "utf8");
// Blocks that abbreviate with "…" are illustrations of a shape, not whole files.
const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((t) => !t.includes("…"))
  .map((t) => JSON.parse(t) as Record<string, unknown>);

describe("docs/pricelists.md", () => {
  it("explains every payer and domain the bundled lists use", () => {
    const used = new Set<string>();
    for (const { list } of bundledCatalog().lists) for (const i of list.items) used.add(i.payer).add(i.domain);
    expect([...used].filter((id) => !DOC.includes(`\`${id}\``)).sort()).toEqual([]);
  });

  it("shows a local list that validates and resolves on top of the bundled ones", () => {
    const local = blocks.find((b) => b.id === "gemeente-oss-wmo");
    expect(local).toBeDefined();
    const catalog = mergeCatalogs(
      bundledCatalog(),
      createCatalog({ lists: [{ data: local, file: "mijn-lijsten/gemeente-oss-wmo/2025.json" }] }),
    );
    const r = resolvePriceList(catalog, { id: "gemeente-oss-wmo", version: String(local?.version) });
    expect(r.chain.map((c) => c.id)).toContain("sociaal-domein");
  });

  it("shows an item that the item schema accepts", () => {
    const item = blocks.find((b) => typeof b.code === "string" && b.unit !== undefined);
    expect(priceItemSchema.safeParse(item).success).toBe(true);
  });

  it("has a coverage table of sociaal-domein@2026 whose counts match the data", () => {
    const table = DOC.split("<!-- coverage:start -->")[1]?.split("<!-- coverage:end -->")[0] ?? "";
    const rows = table
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| domain") && !l.startsWith("|---"))
      .map((l) => l.split("|").map((c) => c.trim()))
      .map(([, domain, payer, items, solid]) => `${domain} ${payer} ${items} ${solid}`);
    const counts = new Map<string, { items: number; solid: number }>();
    for (const i of resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2026" }).items) {
      const key = `${i.domain} ${i.payer}`;
      const c = counts.get(key) ?? { items: 0, solid: 0 };
      c.items++;
      if (i.reliability === "solid") c.solid++;
      counts.set(key, c);
    }
    const expected = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => `${k} ${c.items} ${c.solid}`);
    expect(rows).toEqual(expected);
  });
});
