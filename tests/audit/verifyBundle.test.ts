import { describe, expect, it } from "vitest";
import { bundleFingerprints, createBundle } from "../../src/audit/createBundle.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { verifyBundle } from "../../src/audit/verifyBundle.js";
import { DEMO_CASE_FILES } from "../../src/cli/examples.js";
import { isInputError } from "../../src/errors/InputError.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";
import { c1, catalog, claim } from "./fixtures.js";

const casesJson = () => ({ pricelist: "test-lijst", cases: [c1(), c1({ id: "c2" })] });
const claims = () =>
  parseClaimsFile({
    claims: [
      claim(),
      claim({ id: "k2", caseId: "c2", date: "2024-03-05", claimedSavings: "8000.00", purpose: "andere uitgave" }),
    ],
  });
const auditBundle = () =>
  createBundle({ kind: "audit", cases: casesJson(), claims: claims(), catalog, version: "9.9.9" });
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const paths = (v: ReturnType<typeof verifyBundle>) => v.differences.map((d) => d.path);

describe("createBundle", () => {
  it("holds inputs, the resolved lists, list versions, options, outputs, version and fingerprints", () => {
    const b = auditBundle();
    expect(b).toMatchObject({
      format: "rendement-bundle",
      formatVersion: 2,
      kind: "audit",
      rendement: "9.9.9",
      options: { tolerance: "0.00", maxHorizonMonths: 12 },
    });
    expect(b.lists.map((l) => `${l.id}@${l.version}`)).toEqual(["test-lijst@2024"]);
    expect(b.listVersions.map((v) => v.version)).toEqual(["2023", "2024"]);
    expect(b.fingerprints.lists["test-lijst@2024"]).toBe(b.lists[0]?.fingerprint);
    expect(Object.keys(b.fingerprints.inputs)).toEqual(["cases", "claims"]);
    expect((b.outputs as { claims: { status: string }[] }).claims.map((c) => c.status)).toEqual([
      "confirmed",
      "underclaimed",
    ]);
  });
  it("is byte-identical for identical inputs (no timestamps)", () => {
    expect(JSON.stringify(auditBundle(), null, 2)).toBe(JSON.stringify(auditBundle(), null, 2));
  });
  it("embeds the index series a restated list used (bundled sociaal-domein@2024 restates 2014 figures with CBS CPI)", () => {
    const b = createBundle({
      kind: "audit",
      cases: {
        pricelist: "sociaal-domein",
        cases: [
          {
            ...c1(),
            counterfactual: [{ item: "wonen.huisuitzetting.directe-kosten", quantity: "1", reason: "vonnis" }],
            actual: [c1().actual[0]],
          },
        ],
      },
      claims: parseClaimsFile({ claims: [claim()] }),
      catalog: bundledCatalog(),
    });
    expect(b.indexSeries.map((s) => s.id)).toEqual(["cbs-cpi"]);
    expect(verifyBundle(copy(b)).ok).toBe(true);
  });
});

describe("verifyBundle", () => {
  it("passes an untouched bundle", () => {
    const v = verifyBundle(copy(auditBundle()));
    expect(v).toMatchObject({
      ok: true,
      kind: "audit",
      rendement: "9.9.9",
      checked: { lists: 1, cases: 2, claims: 2 },
      differences: [],
    });
  });

  it("detects a changed amount: the werkbudget line 1500.00 → 1400.00 changes A and N by 100.00", () => {
    const b = copy(auditBundle());
    (b.inputs.cases as { cases: { actual: { amount?: string }[] }[] }).cases[0]!.actual[0]!.amount = "1400.00";
    const v = verifyBundle(b);
    expect(v.ok).toBe(false);
    expect(paths(v)).toContain("fingerprints.inputs.cases");
    // 8400.00 became 8500.00, but the claimed spending (1500.00) is no longer in the case
    expect(v.differences).toContainEqual({
      path: "outputs.claims[0].recomputation.netReturn",
      expected: "8400.00",
      found: "8500.00",
    });
    expect(v.differences).toContainEqual({
      path: "outputs.claims[0].status",
      expected: "confirmed",
      found: "unverifiable",
    });
  });

  it("detects a changed list item: uitzetting 7500.00 → 9500.00 breaks the list's fingerprint and every figure built on it", () => {
    const b = copy(auditBundle());
    const it0 = (b.lists[0] as unknown as { items: { code: string; amount: string }[] }).items.find(
      (i) => i.code === "uitzetting",
    )!;
    it0.amount = "9500.00";
    const v = verifyBundle(b);
    expect(v.ok).toBe(false);
    expect(paths(v)).toContain("lists[0].fingerprint");
    expect(v.differences).toContainEqual({
      path: "outputs.claims[0].recomputation.counterfactualCost",
      expected: "10500.00",
      found: "12500.00",
    });
  });

  it("detects a changed option: tolerance 0.00 → 500.00 turns the 400.00 underclaim into confirmed", () => {
    const b = copy(auditBundle());
    b.options.tolerance = "500.00";
    const v = verifyBundle(b);
    expect(v.ok).toBe(false);
    expect(paths(v)).toContain("fingerprints.options");
    expect(v.differences).toContainEqual({
      path: "outputs.claims[1].status",
      expected: "underclaimed",
      found: "confirmed",
    });
    expect(v.differences).toContainEqual({ path: "outputs.settings.tolerance", expected: "0.00", found: "500.00" });
  });

  it("detects a removed case: c2 gone makes claim k2 unverifiable", () => {
    const b = copy(auditBundle());
    (b.inputs.cases as { cases: unknown[] }).cases.splice(1, 1);
    const v = verifyBundle(b);
    expect(v.ok).toBe(false);
    expect(v.checked.cases).toBe(1);
    expect(v.differences).toContainEqual({
      path: "outputs.claims[1].status",
      expected: "underclaimed",
      found: "unverifiable",
    });
  });

  it("detects outputs edited by hand (fingerprint and figure)", () => {
    const b = copy(auditBundle());
    (b.outputs as { summary: { claimedTotal: string } }).summary.claimedTotal = "1.00";
    const v = verifyBundle(b);
    expect(paths(v)).toEqual(["fingerprints.outputs", "fingerprints.bundle", "outputs.summary.claimedTotal"]);
  });

  it("stores the outputs as written: amounts as two-decimal strings (audit and compute bundles)", () => {
    const b = auditBundle();
    const out = b.outputs as {
      summary: { claimedTotal: unknown };
      claims: { recomputation: { lines: { cost: unknown }[] } }[];
    };
    expect(out.summary.claimedTotal).toBe("16400.00");
    expect(out.claims[0]?.recomputation.lines[0]?.cost).toBe("1500.00");
    expect(b.options.tolerance).toBe("0.00");
    const c = createBundle({ kind: "compute", cases: casesJson(), catalog, version: "9.9.9" });
    expect((c.outputs as { cases: { netReturn: unknown }[] }).cases[0]?.netReturn).toBe("8400.00");
    expect(verifyBundle(copy(c)).ok).toBe(true);
  });

  it("verifies a bundle that echoes a claim's amounts as the claims file wrote them (as bundles did before)", () => {
    const raw = parseClaimsFile({ claims: [claim({ amount: "1500", claimedSavings: "9000" })] });
    const b = copy(createBundle({ kind: "audit", cases: casesJson(), claims: raw, catalog, version: "9.9.9" }));
    const out = b.outputs as {
      claims: { amount: string; findings: { claimedSavings?: string }[] }[];
    };
    // Written as the claims file wrote them, then fingerprinted again, as an older rendement did.
    expect(out.claims[0]?.amount).toBe("1500.00");
    const echo = (amount: string, savings: string) => {
      const o = copy(b);
      const c0 = (o.outputs as typeof out).claims[0] as (typeof out.claims)[number];
      c0.amount = amount;
      for (const f of c0.findings) if (f.claimedSavings !== undefined) f.claimedSavings = savings;
      const { fingerprints: _f, ...body } = o;
      return { ...o, fingerprints: bundleFingerprints(body) };
    };
    expect(verifyBundle(echo("1500", "9000"))).toMatchObject({ ok: true, differences: [] });
    // Another amount is still a difference.
    expect(paths(verifyBundle(echo("1501", "9000")))).toEqual(["outputs.claims[0].amount"]);
  });

  it("does not depend on the installed lists: a bundle of a list that is not bundled verifies", () => {
    // test-lijst exists only inside the bundle
    expect(verifyBundle(copy(auditBundle())).ok).toBe(true);
  });

  it("re-performs compute bundles, wellbeing included, and finds a removed case", () => {
    const { data } = DEMO_CASE_FILES[0]!;
    const b = createBundle({
      kind: "compute",
      cases: data,
      catalog: bundledCatalog(),
      instruments: loadInstruments(),
      version: "1",
    });
    expect(b.instruments?.length).toBeGreaterThan(0);
    expect(verifyBundle(copy(b)).ok).toBe(true);
    const c = copy(b);
    (c.inputs.cases as { cases: unknown[] }).cases.splice(0, 1);
    const v = verifyBundle(c);
    expect(v.ok).toBe(false);
    expect(v.differences.some((d) => d.path.startsWith("outputs.cases[0]") && d.found === "(missing)")).toBe(true);
  });

  it("refuses a file that is not a bundle with an InputError naming the path", () => {
    expect(() => verifyBundle({ format: "x" }, { file: "b.json" })).toThrow(/b\.json/);
  });
});

describe("verifyBundle on a tampered bundle: a difference or an InputError, never a crash", () => {
  it("an item's label removed from an embedded list: the list's fingerprint no longer matches, and verify reports it instead of throwing a TypeError", () => {
    const b = copy(auditBundle());
    delete (b.lists[0] as unknown as { items: { label?: unknown }[] }).items[0]!.label;
    const v = verifyBundle(b);
    expect(v.ok).toBe(false);
    expect(paths(v)).toContain("lists[0].fingerprint");
  });

  it('every value of the bundle deleted or replaced by null, 7, "x", [] or {}: verify returns or refuses with an InputError', () => {
    const base = copy(
      createBundle({
        kind: "audit",
        cases: { pricelist: "test-lijst", cases: [c1()] },
        claims: parseClaimsFile({ claims: [claim()] }),
        catalog,
      }),
    );
    const all: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]): void => {
      if (p.length > 0) all.push(p);
      if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    const crashes: string[] = [];
    for (const p of all)
      for (const repl of [undefined, null, 7, "x", [], {}]) {
        const c = copy(base) as unknown as Record<string | number, unknown>;
        let o = c;
        for (const k of p.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        const last = p[p.length - 1] as string | number;
        if (repl === undefined) {
          if (Array.isArray(o)) o.splice(last as number, 1);
          else delete o[last];
        } else o[last] = repl;
        try {
          verifyBundle(c);
        } catch (e) {
          if (!isInputError(e)) crashes.push(`${p.join(".")} = ${JSON.stringify(repl) ?? "deleted"}: ${String(e)}`);
        }
      }
    expect(crashes).toEqual([]);
  });
});
