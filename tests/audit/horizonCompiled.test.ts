import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { horizonExcess, unexplainedLine, weightedCents } from "../../src/audit/horizon.js";
import { pricerFor } from "../../src/audit/listPricer.js";
import type { CaseInput, LineInput } from "../../src/index.js";
import { bundledCatalog, parseCaseFile, resolvePriceList } from "../../src/index.js";
import type { Ratio } from "../../src/money/ratio.js";
import { addMonthsIso } from "../../src/periods/calendarDate.js";
import { isoDate, period, randomCase } from "../fixtures/arbitraries.js";
import { trailHorizonExcess, trailWeightedCents } from "./trailHorizon.js";

// Issue 9: the audit's horizon works on the compiled lines, not on the trail's text. It is held
// equal, per line and weighted to the cent, to the horizon redone from the published trail
// (./trailHorizon.ts, the audit's former path), on any case.
const list = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
const price = pricerFor(list);

/** Recurring ad-hoc amounts (a unit without an item): priced per day, week, month or year over a period. */
const recurring: fc.Arbitrary<LineInput> = fc.record({
  amount: fc.integer({ min: 0, max: 500_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`),
  description: fc.constant("huur"),
  payer: fc.constant("gemeente"),
  domain: fc.constant("wonen"),
  per: fc.constantFrom("day" as const, "week" as const, "month" as const, "year" as const),
  period: period(900, 2024, 2025),
});

/** A random case, its counterfactual with recurring amounts too, and sometimes a relapse that cuts it. */
const cases: fc.Arbitrary<CaseInput> = fc
  .tuple(randomCase(list), fc.array(recurring, { maxLength: 3 }), fc.option(isoDate(2024, 2025), { nil: undefined }))
  .map(([c, extra, relapse]) => {
    const cf = c.counterfactual;
    const counterfactual = Array.isArray(cf)
      ? [...cf, ...extra]
      : { alternatives: cf.alternatives.map((a, i) => (i === 0 ? { ...a, lines: [...a.lines, ...extra] } : a)) };
    const followUp =
      relapse !== undefined && relapse > c.start
        ? [{ date: relapse, status: "relapsed" as const, relapseDate: relapse }]
        : undefined;
    return { ...c, counterfactual, ...(followUp ? { followUp } : {}) };
  });

const sameRatio = (a: Ratio | undefined, b: Ratio | undefined) =>
  a === undefined || b === undefined ? a === b : a.n * b.d === b.n * a.d;

describe("the audit's horizon on compiled lines", () => {
  it("property: equals the trail path per line and weighted to the cent (beyond the horizon, without a reason)", () => {
    fc.assert(
      fc.property(cases, isoDate(2023, 2025), fc.integer({ min: 0, max: 36 }), (input, claimDate, months) => {
        const c = parseCaseFile({ cases: [input] }).cases[0];
        if (!c) throw new Error("no case");
        const priced = price(c);
        if (!priced.result || !priced.compile) return; // a case the list cannot price has no horizon
        const lines = priced.result.lines ?? [];
        const compiled = priced.compile();
        const { from, to } = compiled.shape;
        expect(to - from).toBe(lines.length);
        // biome-ignore lint/complexity/useMathMinMax: ISO dates compare as text (as the audit does)
        const ref = c.start > claimDate ? c.start : claimDate;
        const limit = addMonthsIso(ref, months);
        const byTrail = new Map<(typeof lines)[number], Ratio>();
        const byLine = new Map<number, Ratio>();
        lines.forEach((l, j) => {
          if (l.side !== "counterfactual") return;
          const old = trailHorizonExcess(l, ref, limit, months);
          const now = horizonExcess(compiled.set, from + j, { ref, limit, months });
          expect(now?.end).toBe(old?.end);
          expect(now?.duration).toBe(old?.duration);
          expect(sameRatio(now?.beyond, old?.beyond)).toBe(true);
          if (old) byTrail.set(l, old.beyond);
          if (now) byLine.set(from + j, now.beyond);
        });
        expect(weightedCents(compiled, (k) => byLine.get(k))).toBe(trailWeightedCents(lines, (l) => byTrail.get(l)));
        const one = { n: 1n, d: 1n };
        expect(weightedCents(compiled, (k) => unexplainedLine(compiled.set, k))).toBe(
          trailWeightedCents(lines, (l) => (l.side === "counterfactual" && l.reason === undefined ? one : undefined)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
