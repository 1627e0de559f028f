/**
 * Properties of evaluation over random valid cases priced with the bundled
 * sociaal-domein@2024 list: the fast path equals the decimal path, totals are
 * sums of rounded lines, per-payer figures add up, and order does not matter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bundledCatalog,
  type CaseInput,
  type CaseResult,
  createEvaluator,
  evaluateCases,
  type LineTrail,
  parseCaseFile,
  resolvePriceList,
} from "../../src/index.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { addsUp, cents } from "../fixtures/cases.js";

const catalog = bundledCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
const parse = (c: CaseInput) => parseCaseFile({ cases: [c] }).cases[0]!;
const withTrail = createEvaluator({ catalog, pricelist: "sociaal-domein@2024", trail: true });
const fast = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });

const sum = (lines: readonly LineTrail[], pred: (l: LineTrail) => boolean) =>
  lines.filter(pred).reduce((s, l) => s + cents(l.cost), 0n);

/** The figures of a result without its trail and warnings (which name line positions). */
function figures(r: CaseResult) {
  const { lines: _l, warnings, ...rest } = r;
  return { ...rest, warningCodes: warnings.map((w) => w.code).sort() };
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("evaluation properties (random cases, sociaal-domein@2024)", () => {
  it("with trail (decimal.js) equals without trail (integer fast path)", () => {
    fc.assert(
      fc.property(randomCase(list), (c) => {
        const p = parse(c);
        const { lines, ...rest } = withTrail.evaluate(p);
        expect(lines).toBeDefined();
        expect(fast.evaluate(p)).toEqual(rest);
      }),
      { numRuns: 300 },
    );
  });

  it("totals are the sums of the rounded lines of the trail, per payer and per lens", () => {
    fc.assert(
      fc.property(randomCase(list, { alternatives: false }), (c) => {
        const r = withTrail.evaluate(parse(c));
        const L = r.lines ?? [];
        const cf = (l: LineTrail) => l.side === "counterfactual";
        const ac = (l: LineTrail) => l.side === "actual";
        const iv = (l: LineTrail) => ac(l) && l.intervention;
        expect(cents(r.counterfactualCost)).toBe(sum(L, cf));
        expect(cents(r.actualCost)).toBe(sum(L, ac));
        expect(cents(r.interventionCost)).toBe(sum(L, iv));
        expect(cents(r.societal.counterfactualCost)).toBe(sum(L, (l) => cf(l) && !l.transfer));
        expect(cents(r.societal.actualCost)).toBe(sum(L, (l) => ac(l) && !l.transfer));
        expect(cents(r.societal.interventionCost)).toBe(sum(L, (l) => iv(l) && !l.transfer));
        for (const [payer, f] of Object.entries(r.byPayer)) {
          expect(cents(f.counterfactualCost)).toBe(sum(L, (l) => cf(l) && l.payer === payer));
          expect(cents(f.actualCost)).toBe(sum(L, (l) => ac(l) && l.payer === payer));
          expect(cents(f.interventionCost)).toBe(sum(L, (l) => iv(l) && l.payer === payer));
        }
        // the cashable split, by the lines' classes
        const cls = (k: boolean | undefined) => (l: LineTrail) => l.cashable === k;
        for (const [key, k] of [
          ["cashable", true],
          ["nonCashable", false],
          ["unspecified", undefined],
        ] as const) {
          const avoided = sum(L, (l) => cf(l) && cls(k)(l)) - sum(L, (l) => ac(l) && !l.intervention && cls(k)(l));
          expect(cents(r.cashable[key])).toBe(avoided);
        }
        expect(r.counterfactualLines).toBe(L.filter(cf).length);
        expect(r.unexplainedCounterfactualLines).toBe(L.filter((l) => cf(l) && l.reason === undefined).length);
      }),
      { numRuns: 300 },
    );
  });

  it("per-payer figures sum to the totals in both lenses, and the cashable split sums to B (with alternatives too)", () => {
    fc.assert(
      fc.property(randomCase(list), (c) => {
        addsUp(fast.evaluate(parse(c)));
      }),
      { numRuns: 400 },
    );
  });

  it("a probability-weighted counterfactual is, per payer, Σ p × (the alternative's rounded lines), rounded once", () => {
    fc.assert(
      fc.property(randomCase(list), (c) => {
        if (Array.isArray(c.counterfactual)) return;
        const r = withTrail.evaluate(parse(c));
        const alts = c.counterfactual.alternatives;
        for (const [payer, f] of Object.entries(r.byPayer)) {
          // Σ over alternatives of p (hundredths) × cents, then half-up: (2x + 100) / 200
          let x = 0n;
          alts.forEach((a, i) => {
            const p = BigInt(Math.round(Number(a.probability) * 100));
            x +=
              p *
              sum(r.lines ?? [], (l) => l.side === "counterfactual" && l.alternative?.index === i && l.payer === payer);
          });
          expect(cents(f.counterfactualCost)).toBe((2n * x + 100n) / 200n);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of lines", () => {
    fc.assert(
      fc.property(randomCase(list), fc.integer(), (c, seed) => {
        const shuffled: CaseInput = {
          ...c,
          actual: shuffle(c.actual, seed),
          counterfactual: Array.isArray(c.counterfactual)
            ? shuffle(c.counterfactual, seed + 1)
            : {
                alternatives: shuffle(c.counterfactual.alternatives, seed + 2).map((a, i) => ({
                  ...a,
                  lines: shuffle(a.lines, seed + i),
                })),
              },
        };
        expect(figures(fast.evaluate(parse(shuffled)))).toEqual(figures(fast.evaluate(parse(c))));
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of cases (nor on the cases evaluated before)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(randomCase(list), { selector: (c) => c.id, minLength: 1, maxLength: 6 }),
        fc.integer(),
        (cases, seed) => {
          const a = evaluateCases(parseCaseFile({ cases }).cases, { catalog, trail: true });
          const b = evaluateCases(parseCaseFile({ cases: shuffle(cases, seed) }).cases, { catalog, trail: true });
          const byId = (e: typeof a) => Object.fromEntries(e.cases.map((r) => [r.id, r]));
          expect(byId(b)).toEqual(byId(a));
          expect(b.lists.map((l) => l.fingerprint)).toEqual(a.lists.map((l) => l.fingerprint));
        },
      ),
      { numRuns: 60 },
    );
  });
});
