// Correlation groups stated in a price list file: drawn together when the list prices the cases,
// replaced by a scenario group over the same item, refused with their paths when wrong.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { InputError } from "../../src/errors/InputError.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog, mergeCatalogs } from "../../src/pricelists/catalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { simulate } from "./asJson.js";
import { pearson, ranks } from "./fixtures.js";

const ROOT = join(import.meta.dirname, "../..");
const LIST_FILE = "examples/lijsten/justitie-samen/2026.json";
const list = JSON.parse(readFileSync(join(ROOT, LIST_FILE), "utf8")) as Record<string, unknown>;
const withList = (data: unknown, file = LIST_FILE) =>
  mergeCatalogs(bundledCatalog(), createCatalog({ lists: [{ data, file }] }));
const catalog = withList(list);
const file = parseCaseFile(JSON.parse(readFileSync(join(ROOT, "examples/justitieketen.json"), "utf8")));
const { cases } = file;
const pricelist = file.pricelist as string;
const ADULT = "justitie.detentie.dji-volwassene.dag@justitie-samen@2026";
const YOUTH = "justitie.jji.dag@justitie-samen@2026";

/** The issues of an InputError thrown by f: file, path and code (and params where asked). */
function issuesOf(f: () => unknown): { file?: string | undefined; path: string; code: string; near?: unknown }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError)
      return e.issues.map((i) => ({
        file: i.file,
        path: i.path.join("."),
        code: i.code,
        ...(i.params && "near" in i.params ? { near: i.params.near } : {}),
      }));
    throw e;
  }
  throw new Error("no InputError");
}

describe("a price list's correlation groups", () => {
  it("resolve with the list (in its fingerprint) and leave lists without groups as they were", () => {
    const r = resolvePriceList(catalog, { id: "justitie-samen", version: "2026" });
    expect(r.correlationGroups?.map((g) => g.name)).toEqual(["dji-kostprijzen"]);
    expect(resolvePriceList(catalog, { id: "sociaal-domein", version: "2026" }).correlationGroups).toBeUndefined();
    const { correlationGroups: _g, ...without } = list;
    const plain = resolvePriceList(withList(without), { id: "justitie-samen", version: "2026" });
    expect(plain.fingerprint).not.toBe(r.fingerprint);
  });

  it("draw the group's items at one quantile (rank correlation 1) and state the group's source", () => {
    const o = { catalog, pricelist, seed: 5, draws: 3000, samples: true } as const;
    const s = simulate(cases, o);
    // Rounded to cents for output, so ranks tie only where both tie: Spearman is 1 up to those ties.
    expect(pearson(ranks(s.samples?.[ADULT] as number[]), ranks(s.samples?.[YOUTH] as number[]))).toBeGreaterThan(
      0.9999,
    );
    expect(s.parameters.map((p) => p.group)).toEqual(["dji-kostprijzen", "dji-kostprijzen"]);
    expect(s.correlationGroups).toEqual([
      {
        name: "dji-kostprijzen",
        items: ["justitie.detentie.dji-volwassene.dag", "justitie.jji.dag"],
        reason: list.correlationGroups && (list.correlationGroups as { reason: string }[])[0]?.reason,
        source: "justitie-samen@2026",
      },
    ]);
    // The same cases priced with the bundled list alone: drawn independently.
    const apart = simulate(cases, { ...o, pricelist: "sociaal-domein@2026" });
    const a = apart.samples?.["justitie.detentie.dji-volwassene.dag@sociaal-domein@2026"] as number[];
    const b = apart.samples?.["justitie.jji.dag@sociaal-domein@2026"] as number[];
    expect(Math.abs(pearson(a, b))).toBeLessThan(0.06);
    expect(apart.correlationGroups).toEqual([]);
  });

  it("give way to a scenario group over one of their items, which says so", () => {
    const s = simulate(cases, {
      catalog,
      pricelist,
      seed: 5,
      draws: 10,
      correlationGroups: [{ name: "jeugd", items: ["justitie.jji.dag"], reason: "eigen oordeel" }],
    });
    expect(s.correlationGroups).toEqual([
      {
        name: "jeugd",
        items: ["justitie.jji.dag"],
        reason: "eigen oordeel",
        source: "scenario",
        replaces: [{ name: "dji-kostprijzen", source: "justitie-samen@2026" }],
      },
    ]);
    expect(s.parameters.map((p) => [p.key, p.group])).toEqual([
      [ADULT, undefined],
      [YOUTH, "jeugd"],
    ]);
  });

  it("are refused with PERT, which has no inverse CDF for the shared quantile", () => {
    expect(
      issuesOf(() => simulate(cases, { catalog, pricelist, seed: 1, draws: 10, distribution: "pert" })),
    ).toMatchObject([{ path: "distribution", code: "groups_need_inverse_cdf" }]);
  });

  it("refuse an empty reason, and in a simulation an unknown item (with the nearest code) or an item in two groups, with file and path", () => {
    const bad = {
      ...list,
      correlationGroups: [
        { name: "a", items: ["justitie.jji.dag", "justitie.jji.dagg"], reason: "één studie" },
        { name: "b", items: ["justitie.jji.dag"], reason: "nog een" },
        { name: "a", items: ["justitie.tbs.traject"], reason: "" },
      ],
    };
    expect(issuesOf(() => withList(bad))).toEqual([
      { file: LIST_FILE, path: "correlationGroups.2.reason", code: "too_small" },
    ]);
    const named = { ...bad, correlationGroups: bad.correlationGroups.map((g) => ({ ...g, reason: "één studie" })) };
    // Checked where they are used (the simulation), so the pricing path carries no group checks.
    const used = () => simulate(cases, { catalog: withList(named), pricelist, seed: 1, draws: 1 });
    expect(issuesOf(used)).toEqual([
      { file: LIST_FILE, path: "correlationGroups.0.items.1", code: "unknown_item", near: "justitie.jji.dag" },
      { file: LIST_FILE, path: "correlationGroups.1.items.0", code: "item_in_two_groups" },
      { file: LIST_FILE, path: "correlationGroups.2.name", code: "duplicate_group" },
    ]);
  });

  it("docs/pricelists.md shows the example list as it is in examples/", () => {
    const doc = readFileSync(join(ROOT, "docs/pricelists.md"), "utf8");
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => m[1] as string)
      .filter((t) => !t.includes("…"));
    expect(blocks.map((b) => JSON.parse(b)).find((b) => b.id === "justitie-samen")).toEqual(list);
  });
});
