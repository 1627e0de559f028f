/** Fingerprints of resolved lists (fingerprintOf in src/pricelists/resolvePriceList.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PriceItemInput, PriceListFile } from "../../src/index.js";
import { canonicalJson } from "../../src/pricelists/canonicalJson.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { fingerprintOf, resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { sha256Hex } from "../../src/pricelists/sha256Hex.js";
import { files, item, list, series } from "../fixtures/lists.js";

/** Rebuilds an object with its keys in the order given by `order` (a permutation seed), recursively. */
function reorder(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, rnd));
  if (v === null || typeof v !== "object") return v;
  const keys = Object.keys(v).sort(() => rnd() - 0.5);
  return Object.fromEntries(keys.map((k) => [k, reorder((v as Record<string, unknown>)[k], rnd)]));
}

const cents = fc
  .integer({ min: 0, max: 10_000_000 })
  .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`);
const arbItems = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^[a-z][a-z0-9.-]{0,12}$/),
      unit: fc.constantFrom("hour", "dagdeel", "day", "night", "week", "month", "year", "each" as const),
      amount: cents,
      transfer: fc.boolean(),
      payer: fc.constantFrom("gemeente", "zvw", "wlz"),
    }),
    { selector: (i) => i.code, minLength: 1, maxLength: 12 },
  )
  .map((xs) => xs.map((x) => item(x.code, x.unit, x.amount, { transfer: x.transfer, payer: x.payer })));

const fp = (lists: PriceListFile[], id: string, version = "1") =>
  resolvePriceList(createCatalog({ lists: files(...lists), indexSeries: [{ data: series() }] }), { id, version })
    .fingerprint;

describe("fingerprint", () => {
  it("is the SHA-256 of the canonical resolved list without chain, coverage and definedIn", () => {
    const r = resolvePriceList(createCatalog({ lists: files(list("x", "1", [item("a", "each", "1")])) }), {
      id: "x",
      version: "1",
    });
    const { fingerprint, chain: _c, coverage: _cov, ...rest } = r;
    const expected = sha256Hex(canonicalJson({ ...rest, items: rest.items.map(({ definedIn: _d, ...i }) => i) }));
    expect(fingerprint).toBe(expected);
    expect(fingerprintOf({ ...rest, chain: [] })).toBe(fingerprint);
    // SHA-256 of "abc", the FIPS 180-2 test vector
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("does not depend on key order or item order (property)", () => {
    fc.assert(
      fc.property(arbItems, fc.integer(), (items, seed) => {
        let s = seed;
        const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        const a = list("x", "1", items);
        const shuffled = reorder({ ...a, items: [...items].sort(() => rnd() - 0.5) }, rnd) as PriceListFile;
        expect(fp([shuffled], "x")).toBe(fp([a], "x"));
      }),
      { numRuns: 60 },
    );
  });

  it("is the same for an equal list reached through another basedOn path (property)", () => {
    fc.assert(
      fc.property(arbItems, fc.integer({ min: 0, max: 12 }), (items, cut) => {
        // direct: x@1 holds every item; inherited: x@1 holds the tail, based on b@1 with the head (and an item it removes)
        const direct = list("x", "1", items);
        const head = items.slice(0, cut);
        const tail = items.slice(cut);
        const base = list("b", "1", [...head, item("zz.removed", "each", "9.99")], {
          title: "other",
          validFrom: "2020-01-01",
        });
        const child = list("x", "1", tail, { basedOn: { id: "b", version: "1" }, removed: ["zz.removed"] });
        // a two-step path: x@1 ← m@1 ← b2@1
        const b2 = list("b2", "1", head);
        const mid = list("m", "1", [], { basedOn: { id: "b2", version: "1" } });
        const child2 = list("x", "1", tail, { basedOn: { id: "m", version: "1" } });
        const f = fp([direct], "x");
        expect(fp([base, child], "x")).toBe(f);
        expect(fp([b2, mid, child2], "x")).toBe(f);
      }),
      { numRuns: 60 },
    );
  });

  it("changes with any amount changed by one cent (property)", () => {
    fc.assert(
      fc.property(arbItems, fc.nat(), fc.boolean(), (items, k, up) => {
        const i = k % items.length;
        const it = items[i] as PriceItemInput;
        const c = Math.round(Number(it.amount) * 100) + (up || it.amount === "0.00" ? 1 : -1);
        const changed = items.map((x, j) =>
          j === i ? { ...x, amount: `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}` } : x,
        );
        expect(fp([list("x", "1", changed)], "x")).not.toBe(fp([list("x", "1", items)], "x"));
      }),
      { numRuns: 60 },
    );
  });

  it("treats equal amounts written differently as equal ('7' and '7.00')", () => {
    expect(fp([list("x", "1", [item("a", "each", "7")])], "x")).toBe(
      fp([list("x", "1", [item("a", "each", "7.00")])], "x"),
    );
  });

  it("changes with the price year a list is restated in, and with id or version", () => {
    const l = list("x", "1", [item("a", "each", "100.00")]);
    const c = createCatalog({ lists: files(l), indexSeries: [{ data: series() }] });
    expect(resolvePriceList(c, { id: "x", version: "1" }, { priceYear: 2023 }).fingerprint).not.toBe(fp([l], "x"));
    expect(fp([{ ...l, version: "2" }], "x", "2")).not.toBe(fp([l], "x"));
  });
});
