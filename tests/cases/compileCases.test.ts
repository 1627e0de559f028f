import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseTotals } from "../../src/index.js";
import {
  bundledCatalog,
  createEvaluator,
  MoneyOverflowError,
  parseCaseFile,
  resolvePriceList,
} from "../../src/index.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { issuesOf } from "../fixtures/lists.js";

const catalog = bundledCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });

// Compare totals as plain data, payers sorted: Map order is not part of the value.
const sums = (c: number, a: number, i: number, sc: number, sa: number, si: number) => ({
  counterfactualCost: c,
  actualCost: a,
  interventionCost: i,
  societalCounterfactualCost: sc,
  societalActualCost: sa,
  societalInterventionCost: si,
});
const plain = (t: CaseTotals) => ({ ...t, payers: [...t.payers].sort(([a], [b]) => a.localeCompare(b)) });

describe("Evaluator.compile", () => {
  it("gives exactly the evaluator's totals for random cases, alternatives included, and again on a second call", () => {
    fc.assert(
      fc.property(fc.array(randomCase(list), { maxLength: 12 }), (inputs) => {
        const cases = parseCaseFile({ cases: inputs.map((c, i) => ({ ...c, id: `c${i}` })) }).cases;
        const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
        const compiled = ev.compile(cases);
        expect(compiled.length).toBe(cases.length);
        for (let i = 0; i < cases.length; i++) expect(plain(compiled.totals(i))).toEqual(plain(ev.totals(cases[i]!)));
        // calling again, in another order, must not carry sums over from earlier calls
        for (let i = cases.length - 1; i >= 0; i--)
          expect(plain(compiled.totals(i))).toEqual(plain(ev.totals(cases[i]!)));
      }),
      { numRuns: 150 },
    );
  });

  it("totalsInto writes the same cents as totals into one reused buffer, case after case in any order", () => {
    fc.assert(
      fc.property(
        fc.array(randomCase(list), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (inputs, picks) => {
          const cases = parseCaseFile({ cases: inputs.map((c, i) => ({ ...c, id: `c${i}` })) }).cases;
          const compiled = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" }).compile(cases);
          const buf = compiled.createTotalsBuffer();
          const order = cases.length === 0 ? [] : [...cases.keys(), ...picks.map((k) => k % cases.length)];
          for (const i of order) {
            compiled.totalsInto(i, buf);
            const t = compiled.totals(i);
            const payers = Array.from(buf.touched.subarray(0, buf.touchedCount), (p) => {
              const x = Array.from(buf.sums.subarray(p * 6, p * 6 + 6));
              return [
                compiled.payers[p] as string,
                sums(...(x as [number, number, number, number, number, number])),
              ] as const;
            });
            expect(plain({ ...t, payers: new Map(payers) })).toEqual(plain(t));
            expect(Array.from(buf.avoidedByClass)).toEqual(t.avoidedByClass);
            expect([buf.counterfactualLines, buf.unexplained]).toEqual([t.counterfactualLines, t.unexplained]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("checks a case's totals once when Σ |line cost| is safe, and every sum when it is not", () => {
    // Each line alone is a safe number of cents; two of them together pass 2^53 − 1 (about 90 trillion euros).
    const line = { description: "Groot", amount: "50000000000000.00", payer: "gemeente", domain: "overig" };
    const [ok, huge] = parseCaseFile({
      cases: [
        { id: "ok", wijk: "W", start: "2024-01-01", counterfactual: [line], actual: [] },
        { id: "huge", wijk: "W", start: "2024-01-01", counterfactual: [line, line], actual: [] },
      ],
    }).cases;
    const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
    const compiled = ev.compile([ok!, huge!]);
    const buf = compiled.createTotalsBuffer();
    compiled.totalsInto(0, buf);
    expect(buf.sums[(buf.touched[0] as number) * 6]).toBe(5_000_000_000_000_000);
    expect(() => compiled.totalsInto(1, buf)).toThrow(MoneyOverflowError);
    expect(() => ev.totals(huge!)).toThrow(MoneyOverflowError);
  });

  it("refuses a buffer it did not make (another compile's is sized for other payers)", () => {
    const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
    const one = { id: "a", wijk: "w", start: "2024-03-01", counterfactual: [], actual: [] };
    const a = ev.compile(parseCaseFile({ cases: [one] }).cases);
    const b = ev.compile(parseCaseFile({ cases: [one] }).cases);
    expect(() => a.totalsInto(0, b.createTotalsBuffer())).toThrow(/createTotalsBuffer/);
  });

  it("prices the NS-jaarkaart case by hand: C 50000.00 (5,000,000 cents), A = I = 4500.00", () => {
    const ev = createEvaluator({ catalog, pricelist: "thuis-in-zuidoost@voorbeeld-2024" });
    const cases = parseCaseFile({
      cases: [
        {
          id: "ns",
          wijk: "Zuidoost",
          start: "2024-03-01",
          counterfactual: [{ item: "justitie.detentie.jaar", quantity: 1, reason: "detentie" }],
          actual: [
            { item: "ondersteuning.casuistiekoverleg", quantity: 1, intervention: true },
            { item: "mobiliteit.ns-jaarkaart.jaar", quantity: 1, intervention: true },
          ],
        },
      ],
    }).cases;
    const t = ev.compile(cases).totals(0);
    expect(t.payers.get("rijk.jenv")).toEqual(sums(5_000_000, 0, 0, 5_000_000, 0, 0));
    expect(t.payers.get("gemeente.werkbudget")).toEqual(sums(0, 300_000, 300_000, 0, 300_000, 300_000));
    expect(t.avoidedByClass.reduce((a, b) => a + b, 0)).toBe(5_000_000);
  });

  it("reports every problem of every case at compile time, with the case's path", () => {
    const cases = parseCaseFile({
      cases: [
        {
          id: "a",
          wijk: "w",
          start: "2024-03-01",
          counterfactual: [],
          actual: [{ item: "bestaat.niet", quantity: 1 }],
        },
        {
          id: "b",
          wijk: "w",
          start: "2024-03-01",
          counterfactual: [
            { item: "veiligheid.politie-inzet.uur", period: { from: "2024-03-01", through: "2024-03-02" } },
          ],
          actual: [],
        },
      ],
    }).cases;
    const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
    expect(issuesOf(() => ev.compile(cases)).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown_item", "cases.0.actual.0.item"],
      ["rate_required", "cases.1.counterfactual.0.rate"],
    ]);
  });
});
