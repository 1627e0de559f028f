import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case } from "../../src/cases/schema.js";
import { BUNDLED_INDEX_FILES, BUNDLED_LIST_FILES } from "../../src/data/bundled.js";
import { centsToString } from "../../src/money/cents.js";
import { amountToCents } from "../../src/money/parseDecimal.js";
import { addRatio, type Ratio, ratio } from "../../src/money/ratio.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import type { AdjustmentCombination } from "../../src/scenarios/adjustments.js";
import { tornadoPlan } from "../../src/scenarios/tornado.js";
import { tornadoNet } from "../../src/scenarios/tornadoModel.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { tornado, whatIf } from "./asJson.js";

/** The bundled lists with every item given a range of 80% to 125% of its amount. */
function rangedCatalog() {
  const widen = (data: unknown) => {
    const d = data as { items: { amount: string; range?: unknown; relativeRange?: unknown }[] };
    const items = d.items.map(({ relativeRange: _r, range: _g, ...i }) => {
      const c = amountToCents(i.amount);
      return { ...i, range: { low: centsToString(Math.round(c * 0.8)), high: centsToString(Math.round(c * 1.25)) } };
    });
    return { ...d, items };
  };
  return createCatalog({
    lists: BUNDLED_LIST_FILES.map((f) => ({ ...f, data: widen(f.data) })),
    indexSeries: BUNDLED_INDEX_FILES,
  });
}

const catalog = rangedCatalog();
const list = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
const options = { catalog, pricelist: "sociaal-domein@2024" };
const adjustments = {
  deadweight: { global: "0.1:0.2:0.3" },
  displacement: { global: "uniform:0:0.2" },
  attribution: { global: "pert:0.1:0.25:0.4" },
};
// The baseline: each rate at its mode, the uniform one at its midpoint.
const modes = { deadweight: { global: "0.2" }, displacement: { global: "0.1" }, attribution: { global: "0.25" } };

const parseExact = (s: string): Ratio => {
  const [n, d] = s.split("/");
  return ratio(BigInt(n as string), BigInt(d ?? "1"));
};
const sign = (r: Ratio): number => (r.n > 0n ? 1 : r.n < 0n ? -1 : 0);

const generated = fc.tuple(
  // (whatif projects dated flows: a file whose cases have no actual line has none)
  fc
    .uniqueArray(randomCase(list), { selector: (c) => c.id, minLength: 1, maxLength: 3 })
    .filter((cs) => cs.some((c) => c.actual.length > 0)),
  fc.constantFrom<AdjustmentCombination>("multiplicative", "additive"),
);

describe("tornado (generated cases)", () => {
  it("at each switching value the net return is 0 exactly, and 0 to the cent within the roundings", () => {
    fc.assert(
      fc.property(generated, ([input, combine]) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const o = { ...options, adjustments, combine };
        const t = tornado(cs, o);
        const plan = tornadoPlan(cs, o);
        for (const row of t.rows) {
          const inp = plan.inputs.find((i) => i.row.input === row.input && i.row.pricelist === row.pricelist);
          if (!inp) throw new Error(`no input ${row.input}`);
          // The roundings: half a cent per line priced with the item, and per case and payer, of every case: the
          // exact total leaves every case's avoided cost unrounded, not only the cases the input touches.
          const buckets = plan.model.buckets.reduce((n, b) => n + (b?.length ?? 0), 0);
          const lines =
            row.kind === "price" ? (plan.model.priceLines.get(`${row.item}@${row.pricelist}`)?.length ?? 0) : 0;
          const tolerance = BigInt(Math.ceil((buckets + lines) / 2));
          for (const lens of ["budget", "societal"] as const) {
            const s = row.lenses[lens].switching;
            const total = (x: Ratio) => {
              const own = tornadoNet(plan.model, inp.cases)[lens];
              const varied = tornadoNet(plan.model, inp.cases, inp.variation(x))[lens];
              const b = plan.base[lens];
              return {
                rounded: b.rounded - own.rounded + varied.rounded,
                exact: addRatio(b.exact, addRatio(varied.exact, ratio(-own.exact.n, own.exact.d))),
              };
            };
            if (s.exact !== undefined) {
              const x = parseExact(s.exact);
              const at = total(row.unit === "euro" ? ratio(x.n * 100n, x.d) : x);
              expect(at.exact.n).toBe(0n);
              expect(at.rounded <= tolerance && at.rounded >= -tolerance).toBe(true);
            } else if (s.none === "outsideDomain") {
              // No crossing inside the domain: the same sign at both ends (a price's domain from 0 up: at 0 and high).
              const lo = total(inp.domain.min).exact;
              const hi = total(inp.domain.max ?? inp.high).exact;
              expect(sign(lo)).toBe(sign(hi));
              expect(sign(lo)).not.toBe(0);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("equals whatif at the baseline and at a rate's low and high, per lens", () => {
    fc.assert(
      fc.property(generated, ([input, combine]) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const t = tornado(cs, { ...options, adjustments, combine });
        const w = (deadweight: string) =>
          whatIf(cs, options, { adjustments: { ...modes, deadweight: { global: deadweight } }, combine }).lenses;
        const base = w("0.2");
        expect(t.netReturn).toEqual({ budget: base.budget.net, societal: base.societal.net });
        const row = t.rows.find((r) => r.input === "deadweight");
        if (!row) return;
        const [lo, hi] = [w("0.1"), w("0.3")];
        for (const lens of ["budget", "societal"] as const) {
          expect(row.lenses[lens].netAtLow).toBe(lo[lens].net);
          expect(row.lenses[lens].netAtHigh).toBe(hi[lens].net);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("without rates its baseline is compute's net return", () => {
    fc.assert(
      fc.property(generated, ([input]) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const ev = evaluateCases(cs, options);
        const t = tornado(cs, options);
        const sum = (k: "budget" | "societal") =>
          centsToString(ev.cases.reduce((n, r) => n + (k === "budget" ? r.netReturn : r.societal.netReturn), 0));
        expect(t.netReturn).toEqual({ budget: sum("budget"), societal: sum("societal") });
      }),
      { numRuns: 20 },
    );
  });
});
