/**
 * What a simulation varied and what it held fixed: the certainty statement
 * every simulation result carries, with its warnings.
 * @internal
 */
import { simulationWarning } from "../errors/simulationWarning.js";
import type { Warning } from "../errors/warning.js";
import { addRatio, mulRatio, type Ratio, ratio, ratioToFixed, ZERO } from "../money/ratio.js";
import type { ResolvedPriceItem } from "../pricelists/types.js";
import { SIM_RATE_KINDS } from "./compileRates.js";
import type { ProbabilityJudgement } from "./uncertainProbabilities.js";

/** @internal What the compilation saw, as plain data (it travels to workers with the model). */
export interface CertaintyFacts {
  /** Counterfactual cost at list prices (alternatives weighted by probability), as an exact fraction of cents. */
  readonly counterfactual: Ratio;
  /** The part of it priced with a drawn price. */
  readonly onDrawn: Ratio;
  /** The part of it priced with a fixed `rough` figure. */
  readonly onFixedRough: Ratio;
  /** Item codes used whose price stayed fixed, with their reliability, sorted. */
  readonly fixedItems: readonly {
    /** The price item's code. */
    readonly item: string;
    /** Its reliability in the list: a fixed `rough` figure is what the warning is about. */
    readonly reliability: "solid" | "rough";
  }[];
  /** Ad-hoc amount lines without a range. */
  readonly fixedAdHocLines: number;
  /** Cases whose counterfactual is a set of alternatives (one drawn per draw). */
  readonly casesWithAlternatives: number;
}

/** @internal Collects the facts line by line during compilation. */
export interface CertaintyTally {
  line(l: {
    cost: number;
    cf: boolean;
    weight: Ratio | undefined;
    item: ResolvedPriceItem | undefined;
    drawn: boolean;
  }): void;
  alternatives(count: number): void;
  facts(): CertaintyFacts;
}

/** @internal A fresh tally. */
export function createTally(): CertaintyTally {
  let counterfactual = ZERO;
  let onDrawn = ZERO;
  let onFixedRough = ZERO;
  const fixed = new Map<string, "solid" | "rough">();
  let adHoc = 0;
  let withAlternatives = 0;
  return {
    line({ cost, cf, weight, item, drawn }) {
      if (!drawn) {
        if (item) fixed.set(item.code, item.reliability);
        else adHoc++;
      }
      if (!cf) return;
      const c = weight ? mulRatio(ratio(cost), weight) : ratio(cost);
      counterfactual = addRatio(counterfactual, c);
      if (drawn) onDrawn = addRatio(onDrawn, c);
      else if (item?.reliability === "rough") onFixedRough = addRatio(onFixedRough, c);
    },
    alternatives(count) {
      if (count > 1) withAlternatives++;
    },
    facts: () => ({
      counterfactual,
      onDrawn,
      onFixedRough,
      fixedItems: [...fixed]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([item, reliability]) => ({ item, reliability })),
      fixedAdHocLines: adHoc,
      casesWithAlternatives: withAlternatives,
    }),
  };
}

/** A warning of a simulation: the library's warning (code, English message, data), about the whole run (path []). */
export type SimulationWarning = Warning;

/** How certain a simulation's inputs were: what varied, what stayed fixed, and on what the cost rests. */
export interface CertaintyStatement {
  /**
   * How many inputs were drawn (prices, SROI rates, counterfactual alternatives as one input, and each shared
   * judgement on uncertain probabilities).
   */
  readonly varied: number;
  /**
   * The drawn inputs by code: `code@list@version`, `CASE/actual[1]`, `deadweight@domain:justitie`, `alternatives`,
   * `probabilities@CASE` (a judgement on probabilities, by its first case).
   */
  readonly variedInputs: readonly string[];
  /** Item codes used whose price stayed fixed, with their reliability. */
  readonly fixedItems: readonly {
    /** The price item's code. */
    readonly item: string;
    /** Its reliability in the list: a fixed `rough` figure is what the warning is about. */
    readonly reliability: "solid" | "rough";
  }[];
  /** Ad-hoc amount lines without a range (their amounts stayed fixed). */
  readonly fixedAdHocLines: number;
  /**
   * SROI rates that stayed fixed, e.g. `deadweight=0.2`; a kind nobody set is listed as `deadweight=0`; over several
   * years also fixed drop-off settings and a fixed discount rate (`discountRate=0.0225`).
   */
  readonly fixedRates: readonly string[];
  /** Share of the counterfactual cost (at list prices) priced with drawn prices, 4 decimals. */
  readonly counterfactualShareDrawn: string;
  /** Share of the counterfactual cost priced with fixed `rough` figures, 4 decimals. */
  readonly counterfactualShareFixedRough: string;
  /** The alternatives' probabilities: present when a case has two alternatives or more. */
  readonly probabilities?: ProbabilityCertainty | undefined;
}

/** Which alternatives' probabilities were drawn (as shared judgements) and how many cases kept them fixed. */
export interface ProbabilityCertainty {
  /** Shared judgements, each drawn once per draw from a Dirichlet around the stated probabilities. */
  readonly uncertain: readonly ProbabilityJudgement[];
  /** Cases with alternatives whose probabilities were taken as fixed (no uncertainty stated). */
  readonly fixedCases: number;
}

const share = (part: Ratio, whole: Ratio): string =>
  whole.n === 0n ? "0.0000" : ratioToFixed(ratio(part.n * whole.d, part.d * whole.n), 4);

/**
 * @internal The statement and its warnings: nothing varied; more than half of
 * the counterfactual cost on fixed rough figures; rough items drawn within the
 * simulation's own default range.
 */
export function certaintyStatement(
  f: CertaintyFacts,
  drawn: {
    params: readonly { key: string; rangeFrom: string; low: number; high: number }[];
    rates: readonly { key: string; kind: string; text: string; low: number; high: number }[];
    judgements?: readonly ProbabilityJudgement[] | undefined;
    fixedProbabilityCases?: number | undefined;
    /** Over several years: the discount rate, drawn or fixed. */
    years?: { readonly discount: { readonly text: string; readonly low: number; readonly high: number } } | undefined;
  },
  roughRange: string,
): { certainty: CertaintyStatement; warnings: SimulationWarning[] } {
  const variedRates = drawn.rates.filter((r) => r.high > r.low);
  const discount = drawn.years?.discount;
  const variedInputs = [
    ...drawn.params.filter((p) => p.low !== p.high).map((p) => p.key),
    ...variedRates.map((r) => r.key),
    ...(discount && discount.high > discount.low ? ["discountRate"] : []),
    ...(f.casesWithAlternatives > 0 ? ["alternatives"] : []),
    ...(drawn.judgements ?? []).map((j) => j.input),
  ];
  const certainty: CertaintyStatement = {
    varied: variedInputs.length,
    variedInputs,
    fixedItems: f.fixedItems,
    fixedAdHocLines: f.fixedAdHocLines,
    fixedRates: [
      ...drawn.rates.filter((r) => !(r.high > r.low)).map((r) => `${r.key}=${r.text}`),
      ...SIM_RATE_KINDS.filter((k) => !drawn.rates.some((r) => r.kind === k)).map((k) => `${k}=0`),
      ...(discount && !(discount.high > discount.low) ? [`discountRate=${discount.text}`] : []),
    ],
    counterfactualShareDrawn: share(f.onDrawn, f.counterfactual),
    counterfactualShareFixedRough: share(f.onFixedRough, f.counterfactual),
    ...(f.casesWithAlternatives > 0
      ? { probabilities: { uncertain: drawn.judgements ?? [], fixedCases: drawn.fixedProbabilityCases ?? 0 } }
      : {}),
  };
  const warnings: SimulationWarning[] = [];
  if (variedInputs.length === 0) warnings.push(simulationWarning("nothing_varied", [], {}));
  if (f.onFixedRough.n * f.counterfactual.d * 2n > f.counterfactual.n * f.onFixedRough.d)
    warnings.push(
      simulationWarning("mostly_fixed_rough", [], {
        share: certainty.counterfactualShareFixedRough,
        count: f.fixedItems.filter((i) => i.reliability === "rough").length,
      }),
    );
  const assumed = drawn.params.filter((p) => p.rangeFrom === "simulation").length;
  if (assumed > 0)
    warnings.push(simulationWarning("rough_range_assumed", [], { count: assumed, relative: roughRange }));
  return { certainty, warnings };
}
