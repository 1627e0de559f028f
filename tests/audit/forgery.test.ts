/**
 * Forged bundles (issue 13): someone who knows only the file format changes one price in the embedded
 * sociaal-domein@2024, recomputes the list's fingerprint and the outputs, and hands the bundle in. The bundle
 * re-performs from its own lists, so only a comparison with the official list can tell, and `verify` must.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Bundle } from "../../src/audit/bundleSchema.js";
import { bundleFingerprints, createBundle } from "../../src/audit/createBundle.js";
import { parseClaimsCsv } from "../../src/audit/parseClaimsCsv.js";
import { verifyBundle } from "../../src/audit/verifyBundle.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { canonicalJson } from "../../src/pricelists/canonicalJson.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { sha256Hex } from "../../src/pricelists/sha256Hex.js";
import { forged } from "./forge.js";

const CASES = JSON.parse(readFileSync("examples/audit/cases.json", "utf8")) as unknown;
const CLAIMS = parseClaimsCsv(readFileSync("examples/audit/claims.csv", "utf8"));
const POLICE = "veiligheid.politie-inzet.uur";
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type List = {
  id: string;
  version: string;
  chain: { id: string; version: string }[];
  items: Item[];
  fingerprint: string;
};
type Item = { code: string; amount: string; definedIn: { id: string; version: string }; original?: { amount: string } };
const status = (b: Bundle) => (b.outputs as { claims: { id: string; status: string }[] }).claims.map((c) => c.status);

const honest = () =>
  createBundle({ kind: "audit", cases: CASES, claims: CLAIMS, catalog: bundledCatalog(), version: "0.1.0" });

/** Re-seals a bundle edited by hand the way the format documents it: the list's fingerprint, then every fingerprint. */
function reseal(b: Bundle): Bundle {
  for (const l of b.lists as unknown as List[]) {
    const { fingerprint: _f, chain: _c, coverage: _v, items, ...rest } = l as List & { coverage?: unknown };
    l.fingerprint = sha256Hex(canonicalJson({ ...rest, items: items.map(({ definedIn: _d, ...i }) => i) }));
  }
  const { fingerprints: _old, ...body } = b;
  return { ...body, fingerprints: bundleFingerprints(body) };
}
const list2024 = (b: Bundle) => (b.lists as unknown as List[]).find((l) => l.version === "2024") as List;

describe("a forged price in the embedded sociaal-domein@2024", () => {
  it("the honest bundle: both lists are the official ones; WB-2024-041 is overclaimed", () => {
    const v = verifyBundle(copy(honest()));
    expect(v).toMatchObject({ ok: true, reperformed: true, listsMatchTrusted: true });
    expect(v.lists.map((p) => [p.id, p.version, p.status, p.trusted?.origin])).toEqual([
      ["sociaal-domein", "2018", "official", "bundled"],
      ["sociaal-domein", "2024", "official", "bundled"],
    ]);
    expect(status(honest())).toEqual(["overclaimed", "underclaimed", "unverifiable"]);
  });

  it("re-performs from its own lists, flips WB-2024-041 to underclaimed, and is reported as differing from the official list, with the item", () => {
    const f = copy(forged());
    // The forgery is one price: the embedded list differs from the honest one in that item's amounts and the fingerprint.
    const a = list2024(honest()).items.find((i) => i.code === POLICE);
    const b = list2024(f).items.find((i) => i.code === POLICE);
    expect([a?.amount, a?.original?.amount]).toEqual(["92.68", "70.00"]);
    expect([b?.amount, b?.original?.amount]).toEqual(["1986.03", "1500.00"]);
    // 4 police hours × 1986.03 = 7944.12: N = 9833.18 + 7944.12 − 3632.43 = 14144.87 > 12000.00 claimed.
    expect(status(f)).toEqual(["underclaimed", "underclaimed", "unverifiable"]);

    const v = verifyBundle(f);
    expect(v.reperformed).toBe(true);
    expect(v.listsMatchTrusted).toBe(false);
    expect(v.ok).toBe(true);
    const p = v.lists.find((x) => x.version === "2024");
    expect(p).toMatchObject({
      status: "differs",
      trusted: { origin: "bundled", fingerprint: list2024(honest()).fingerprint },
    });
    expect(p?.differences).toEqual([
      { path: `items[${POLICE}].amount`, trusted: "92.68", bundle: "1986.03" },
      { path: `items[${POLICE}].original.amount`, trusted: "70.00", bundle: "1500.00" },
    ]);
    expect(v.lists.find((x) => x.version === "2018")?.status).toBe("official");
    expect(verifyBundle(copy(f), { strict: true }).ok).toBe(false);
  });

  it("rendement verify says so in text and JSON, in Dutch and English, and --strict exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-forgery-"));
    const file = join(dir, "forged.json");
    writeFileSync(file, JSON.stringify(forged(), null, 2));
    const run = (...args: string[]) =>
      spawnSync("node", ["bin/rendement.js", "verify", file, ...args], { encoding: "utf8" });
    const en = run("--lang", "en");
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("LISTS DIFFER:");
    expect(en.stdout).toContain(
      "sociaal-domein@2024: differs from the official list sociaal-domein@2024 (bundled with rendement); 2 differences:",
    );
    expect(en.stdout).toContain(`    items[${POLICE}].amount: trusted 92.68, bundle 1986.03`);
    expect(en.stdout).toContain("sociaal-domein@2018: is the official list (bundled with rendement)");
    const nl = run();
    expect(nl.stdout).toContain("sociaal-domein@2024: wijkt af van de officiële lijst sociaal-domein@2024");
    expect(nl.stdout).toContain(`    items[${POLICE}].amount: vertrouwd 92.68, in de bundel 1986.03`);
    const strict = run("--strict", "--lang", "en");
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain("STRICT: a list differs from a trusted list, so the verification fails.");
    const json = JSON.parse(run("--format", "json", "--strict").stdout) as { ok: boolean; lists: { status: string }[] };
    expect(json.ok).toBe(false);
    expect(json.lists.map((l) => l.status)).toEqual(["official", "differs"]);
  });
});

describe("every field of a bundle is covered by a fingerprint or by re-computation", () => {
  it("chain changed and re-sealed: the list differs from the official one in its chain", () => {
    const b = copy(honest());
    list2024(b).chain = [{ id: "sociaal-domein", version: "2024" }];
    const v = verifyBundle(reseal(b));
    expect(v.reperformed).toBe(true);
    expect(v.lists[1]?.status).toBe("differs");
    expect(v.lists[1]?.differences.map((d) => d.path)).toEqual(["chain[1]"]);
  });

  it("chain changed, not re-sealed: the whole-bundle fingerprint no longer matches", () => {
    const b = copy(honest());
    list2024(b).chain = [];
    const v = verifyBundle(b);
    expect(v.reperformed).toBe(false);
    expect(v.differences.map((d) => d.path)).toContain("fingerprints.bundle");
  });

  it("definedIn changed and re-sealed: the item differs", () => {
    const b = copy(honest());
    const it = list2024(b).items.find((i) => i.code === POLICE) as Item;
    it.definedIn = { id: "sociaal-domein", version: "2018" };
    const v = verifyBundle(reseal(b));
    expect(v.lists[1]?.differences).toEqual([
      { path: `items[${POLICE}].definedIn.version`, trusted: "2024", bundle: "2018" },
    ]);
  });

  it("the rendement version string changed: the whole-bundle fingerprint no longer matches", () => {
    const b = copy(honest());
    b.rendement = "9.9.9";
    expect(verifyBundle(b).differences.map((d) => d.path)).toEqual(["fingerprints.bundle"]);
  });

  it("a list's version string changed and re-sealed everywhere: an unknown version of the official list", () => {
    const b = copy(honest());
    const text = JSON.stringify(b)
      .split('"version":"2024"')
      .join('"version":"2024b"')
      .split("sociaal-domein@2024")
      .join("sociaal-domein@2024b");
    // The outputs stamp each result with the list's fingerprint: the forger replaces those too.
    const once = reseal(JSON.parse(text) as Bundle);
    const fp = (x: Bundle) => (x.lists[1] as unknown as List).fingerprint;
    const sealed = reseal(JSON.parse(JSON.stringify(once).split(fp(b)).join(fp(once))) as Bundle);
    const v = verifyBundle(sealed);
    expect(v.differences).toEqual([]);
    expect(v.listsMatchTrusted).toBe(false);
    expect(v.lists[1]).toMatchObject({ status: "unknown", version: "2024b" });
    expect(v.lists[1]?.knownVersions).toEqual(expect.arrayContaining(["2018", "2024"]));
    expect(verifyBundle(sealed, { strict: true }).ok).toBe(false);
  });

  it("a list entry duplicated and re-sealed: reported as a second entry", () => {
    const b = copy(honest());
    b.lists.push(copy(b.lists[1] as Bundle["lists"][number]));
    const v = verifyBundle(reseal(b));
    expect(v.reperformed).toBe(false);
    expect(v.differences).toContainEqual({
      path: "lists[2]",
      expected: "each list once",
      found: "sociaal-domein@2024 again (also lists[1])",
    });
  });

  it("an item duplicated in a list and re-sealed: reported in the structure and against the official list", () => {
    const b = copy(honest());
    const l = list2024(b);
    l.items.push(copy(l.items[0] as Item));
    const v = verifyBundle(reseal(b));
    expect(v.differences.some((d) => d.path.endsWith(".code") && String(d.found).endsWith("again"))).toBe(true);
    expect(v.lists[1]?.status).toBe("differs");
  });

  it("the version index altered and re-sealed so that the 2018 list applies in 2024: the index differs from the trusted versions", () => {
    const b = copy(honest());
    b.listVersions = b.listVersions.filter((x) => x.version !== "2024");
    const v = verifyBundle(reseal(b));
    expect(v.versionIndex).toContainEqual({
      id: "sociaal-domein",
      version: "2024",
      trusted: "2024-01-16",
      bundle: "(missing)",
      wouldApplyOn: "2024-04-10",
    });
    expect(v.listsMatchTrusted).toBe(false);
  });

  it("a local list no trusted catalog holds is unknown, with its fingerprint; trusting its folder makes it official", () => {
    const local = createCatalog({
      lists: [
        {
          data: {
            id: "gemeente-test",
            version: "2024",
            title: "Gemeente test",
            publisher: "gemeente",
            priceYear: 2024,
            currency: "EUR",
            validFrom: "2024-01-01",
            items: [
              {
                code: "opvang.dag",
                label: { nl: "Opvang", en: "Shelter" },
                unit: "day",
                amount: "100.00",
                payer: "gemeente",
                domain: "wonen",
                source: { title: "eigen tarief", year: 2024 },
                reliability: "solid",
              },
            ],
          },
          file: "lijsten/gemeente-test/2024.json",
        },
      ],
    });
    const cases = {
      pricelist: "gemeente-test",
      cases: [
        {
          id: "c1",
          wijk: "W",
          start: "2024-03-01",
          counterfactual: [{ item: "opvang.dag", quantity: "30", reason: "r" }],
          actual: [
            {
              amount: "500.00",
              description: "d",
              payer: "gemeente.werkbudget",
              domain: "wonen",
              date: "2024-03-05",
              intervention: true,
            },
          ],
        },
      ],
    };
    const claims = parseClaimsCsv(
      "id;caseId;date;amount;purpose;claimedSavings;pricelist\nk1;c1;2024-03-05;500,00;x;2500,00;\n",
    );
    const b = createBundle({ kind: "audit", cases, claims, catalog: local });
    const v = verifyBundle(copy(b), { strict: true });
    expect(v.ok).toBe(true);
    expect(v.lists[0]).toMatchObject({ status: "unknown", fingerprint: b.lists[0]?.fingerprint });
    expect(v.lists[0]?.knownVersions).toBeUndefined();
    const t = verifyBundle(copy(b), { trusted: local });
    expect(t.lists[0]).toMatchObject({ status: "official", trusted: { origin: "lijsten/gemeente-test/2024.json" } });
  });

  it("a format 1 bundle (written before this version) still verifies, with a note on what format 1 does not cover", () => {
    const b = copy(honest()) as unknown as Record<string, unknown> & { fingerprints: Record<string, unknown> };
    b.formatVersion = 1;
    delete b.fingerprints.bundle;
    const v = verifyBundle(b);
    expect(v).toMatchObject({ ok: true, formatVersion: 1 });
    expect(v.notes[0]).toMatch(/^format 1:/);
  });
});
