// The simulation over several years: per draw the present value of every payer in each lens, held to whatif's
// projection where nothing is drawn, and the checks of its options.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case } from "../../src/cases/schema.js";
import { BUNDLED_INDEX_FILES, BUNDLED_LIST_FILES } from "../../src/data/bundled.js";
import { InputError } from "../../src/errors/InputError.js";
import { amountToCents } from "../../src/money/parseDecimal.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { simulate } from "../../src/scenarios/simulate.js";
import { whatIf } from "../../src/scenarios/whatIf.js";
import { randomCase } from "../fixtures/arbitraries.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

/** The bundled lists with every item drawn over a range of zero width (low = high = the list amount). */
function zeroWidthCatalog() {
  const collapse = (data: unknown) => {
    const d = data as { items: { amount: string; range?: unknown; relativeRange?: unknown }[] };
    const items = d.items.map(({ relativeRange: _r, ...i }) => ({ ...i, range: { low: i.amount, high: i.amount } }));
    return { ...d, items };
  };
  return createCatalog({
    lists: BUNDLED_LIST_FILES.map((f) => ({ ...f, data: collapse(f.data) })),
    indexSeries: BUNDLED_INDEX_FILES,
  });
}

const zero = zeroWidthCatalog();
const options = { catalog: zero, pricelist: "sociaal-domein@2024" };
const list = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
const generated = fc.uniqueArray(randomCase(list, { alternatives: false }), {
  selector: (c) => c.id,
  minLength: 1,
  maxLength: 3,
});

interface Years {
  horizon?: number;
  discountRate?: string;
  timing?: "start" | "mid";
  dropOff?: string;
  continuation?: { domain: string; years: number }[];
}

/** Every payer's net present value per lens, in cents: the simulation's (all draws alike) and whatif's. */
function compare(cs: Case[], years: Years, exactPoint = true) {
  const { dropOff, ...rest } = years;
  const adjustments = dropOff !== undefined ? { dropOff: { global: dropOff } } : undefined;
  const w = whatIf(cs, options, { ...rest, ...(adjustments ? { adjustments } : {}) });
  const s = simulate(cs, { ...options, ...rest, ...(adjustments ? { adjustments } : {}), seed: 5, draws: 3 });
  const out: { lens: string; payer: string; sim: [number, number, number]; want: number }[] = [];
  for (const lens of ["budget", "societal"] as const)
    for (const [payer, p] of Object.entries(s.lenses[lens].byPayer)) {
      const want = w.projection[lens].byPayer[payer]?.net ?? "0.00";
      out.push({
        lens,
        payer,
        sim: [p.net.p5, p.net.p50, p.net.p95].map(amountToCents) as [number, number, number],
        want: amountToCents(want),
      });
      if (exactPoint) expect(p.exact.net).toBe(want);
    }
  expect(s.years?.horizon).toBe(w.projection.years);
  if (exactPoint) expect(s.total.exact.netReturn).toBe(w.projection.budget.netPresentValue);
  return out;
}

describe("simulate over several years", () => {
  it("at discount rate 0 every draw equals whatif's projection to the cent, per payer and lens (generated cases)", () => {
    fc.assert(
      fc.property(generated, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (input, horizon) => {
        const cs: Case[] = parseCaseFile({ cases: input }).cases;
        const rows = compare(cs, { discountRate: "0", ...(horizon !== undefined ? { horizon } : {}) });
        for (const r of rows) expect(r.sim).toEqual([r.want, r.want, r.want]);
      }),
      { numRuns: 30 },
    );
  });

  it("at any fixed rate, timing and drop-off every draw is within the rounding bound of whatif's projection", () => {
    // whatif rounds each year's present value per payer to cents (benefit and cost: ≤ ½ cent each) and each continued
    // year per scope and payer before discounting (≤ ½ cent, times the discount factor, ≤ 1.05^t at −0.05); the
    // simulation rounds only its statistics (≤ ½ cent). Per payer: |Δ| ≤ Y × (1 + ½ × 1.05^Y) + ½ cent.
    const continued = {
      amount: "1000.00",
      description: "uitkering",
      payer: "zvw",
      domain: "voortgezet",
      period: { from: "2024-06-01", through: "2025-05-31" },
      per: "year",
    };
    fc.assert(
      fc.property(
        generated,
        fc.record({
          horizon: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
          discountRate: fc.constantFrom("0", "0.0225", "0.08", "-0.05", "0.2"),
          timing: fc.constantFrom("start" as const, "mid" as const),
          dropOff: fc.constantFrom("0", "0.2", "0.35", "1"),
          years: fc.integer({ min: 1, max: 4 }),
        }),
        (input, y) => {
          const [first, ...rest] = input;
          const withLine = { ...first, counterfactual: [...(first?.counterfactual as object[]), continued] };
          const cs: Case[] = parseCaseFile({ cases: [withLine, ...rest] }).cases;
          const { years, horizon, ...o } = y;
          const rows = compare(cs, {
            ...o,
            ...(horizon !== undefined ? { horizon } : {}),
            continuation: [{ domain: "voortgezet", years }],
          });
          const Y = horizon ?? 2 + years;
          const bound = Y * (1 + 0.5 * 1.05 ** Y) + 0.5 + 1e-6;
          for (const r of rows) for (const x of r.sim) expect(Math.abs(x - r.want)).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 30 },
    );
  });
});
