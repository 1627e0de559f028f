/**
 * A scenario's compiled lines as dated flows for the projection, with the SROI adjustments applied
 * per line and year.
 * @internal
 */
import type { CompiledLines } from "../cases/compileCases.js";
import { lineYearCents } from "../cases/foldFlows.js";
import { type CaseShape, CF, INTERVENTION, type LineSet, TRANSFER } from "../cases/lineSet.js";
import type { Case, Line } from "../cases/schema.js";
import { addRatio, mulRatio, type Ratio, ratio } from "../money/ratio.js";
import { isoToDay } from "../periods/calendarDate.js";
import type { YearBasis } from "../periods/yearSpans.js";
import { type AdjustmentCombination, type AdjustmentKind, lineAdjustment, type ResolvedRates } from "./adjustments.js";
import type { ProjectionFlow, ProjectionLens } from "./projectFlows.js";
import { roundRatioHalfUp } from "./rounding.js";

/** @internal The domain of compiled line `k`: its item's, or the ad-hoc line's own. */
export function domainOf(set: LineSet, k: number): string {
  return set.item[k]?.item.domain ?? ((set.source[k] as Line).domain as string);
}

interface Cell {
  benefit: Ratio;
  cost: bigint;
  readonly flow: Omit<ProjectionFlow, "benefit" | "cost">;
}

/**
 * @internal Every case's lines split over the years (each line's rounded cost shared by largest remainder,
 * as the engine's per-year flows do), the avoided cost adjusted per line by its three rates
 * combined as the what-if says (multiplicative or additive) and weighted by its alternative's probability, summed per
 * year, payer, lens and domain (and item, where `splitItems` names it) and rounded half-up to cents
 * once per such cell. Drop-off is not applied: observed years are what they are; it applies to
 * continuation beyond them.
 */
export function datedFlows(
  cases: readonly Case[],
  lines: CompiledLines,
  options: {
    readonly rates: Record<AdjustmentKind, ResolvedRates>;
    /** How the three rates combine (the what-if's choice). */
    readonly combine: AdjustmentCombination;
    readonly basis: YearBasis;
    readonly splitItems: ReadonlySet<string>;
  },
): ProjectionFlow[] {
  const cells = new Map<string, Cell>();
  const { set } = lines;
  cases.forEach((c, i) => {
    const shape = lines.shapes[i] as CaseShape;
    const timeline = { basis: options.basis, start: isoToDay(c.start) as number };
    for (let k = shape.from; k < shape.to; k++) {
      const flags = set.flags[k] as number;
      const cf = (flags & CF) !== 0;
      const intervention = !cf && (flags & INTERVENTION) !== 0;
      const item = set.item[k]?.item.code;
      const domain = domainOf(set, k);
      const alt = set.alt[k] as number;
      const weight = alt >= 0 ? (shape.weights?.[alt] as Ratio) : ratio(1);
      const factor = intervention
        ? ratio(1)
        : mulRatio(lineAdjustment(options.rates, { item, domain }, options.combine), weight);
      const lenses: ProjectionLens[] = flags & TRANSFER ? ["budget"] : ["budget", "societal"];
      const payer = set.payers[set.payer[k] as number] as string;
      const split = item !== undefined && options.splitItems.has(item) ? item : undefined;
      for (const { year, cents } of lineYearCents(set, k, timeline))
        for (const lens of lenses) {
          const flow = { year, payer, lens, domain, ...(split !== undefined ? { item: split } : {}) };
          const key = JSON.stringify([year, payer, lens, domain, split ?? null]);
          let cell = cells.get(key);
          if (!cell) {
            cell = { benefit: ratio(0), cost: 0n, flow };
            cells.set(key, cell);
          }
          // The intervention counts in the actual cost and in I, so B = C − (A − I) leaves it out.
          if (intervention) cell.cost += BigInt(cents);
          else cell.benefit = addRatio(cell.benefit, mulRatio(ratio(cf ? cents : -cents), factor));
        }
    }
  });
  return [...cells.values()].map((c) => ({ ...c.flow, benefit: roundRatioHalfUp(c.benefit), cost: c.cost }));
}
