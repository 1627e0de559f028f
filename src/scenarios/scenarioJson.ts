/**
 * Scenario results as written to a file: the one place where their cents become two-decimal euro strings
 * (what `rendement whatif` and `rendement simulate` print as JSON).
 */
import { mapPayers } from "../cases/caseResultJson.js";
import { type AmountsAsText, amountsToText } from "../money/amountsToText.js";
import { centsToString } from "../money/cents.js";
import type { Projection, ProjectionYear } from "./discountYears.js";
import {
  type LensReturnJson,
  lensReturnToJson,
  type PayerReturnJson,
  payerReturnToJson,
  type ScenarioLensesJson,
  scenarioLensesToJson,
} from "./lenses.js";
import { type FlowProjectionJson, flowProjectionToJson } from "./projectFlows.js";
import type {
  GroupSimulation,
  SimulatedLens,
  SimulatedPayer,
  SimulatedStats,
  SimulatedWellby,
  SimulationParameter,
  SimulationResult,
} from "./summariseDraws.js";
import type { TornadoLens, TornadoResult, TornadoRow } from "./tornadoTypes.js";
import type { WellbyValuation } from "./wellby.js";
import type { AdjustedTotals, WhatIfCase, WhatIfResult, WhatIfTotals, WhatIfWellby } from "./whatIf.js";

/** A {@link WellbyValuation} as written to a file: its sums and each case's value as two-decimal strings. */
export interface WellbyValuationJson extends AmountsAsText<Omit<WellbyValuation, "cases">, "value" | "low" | "high"> {
  /** Each valued case, its value as a string, e.g. `{ id: "C1", delta: "2", value: "30000.00" }`. */
  readonly cases: readonly AmountsAsText<WellbyValuation["cases"][number], "value">[];
}

/** The WELLBY valuation (of a what-if or a simulation) as written to a file, keys in their order. */
function wellbyToJson<W extends WellbyValuation>(
  w: W,
): Omit<W, "value" | "low" | "high" | "cases"> & WellbyValuationJson {
  return {
    ...amountsToText(w, ["value", "low", "high"]),
    cases: w.cases.map((c) => amountsToText(c, ["value"])),
  } as Omit<W, "value" | "low" | "high" | "cases"> & WellbyValuationJson;
}

/** A {@link Projection} of `projectValue` as written to a file. */
export interface ProjectionJson
  extends AmountsAsText<Omit<Projection, "years">, "presentValue" | "interventionCost" | "netPresentValue"> {
  /** Each year, its amounts as strings, e.g. `presentValue: "782.40"`. */
  readonly years: readonly AmountsAsText<ProjectionYear, "avoidedCost" | "presentValue" | "cumulativePresentValue">[];
}

/**
 * A `projectValue` projection as written to a file: amounts as two-decimal euro strings, keys in their order.
 *
 * @example
 * ```ts
 * const p = projectValue({ avoidedCost: "1000.00", interventionCost: "1500.00", dropOff: "0.2", horizon: 3 });
 * projectionToJson(p).presentValue; // "2394.54" (p.presentValue is 239454)
 * ```
 */
export function projectionToJson(p: Projection): ProjectionJson {
  return {
    ...amountsToText(p, ["presentValue", "interventionCost", "netPresentValue"]),
    years: p.years.map((y) => amountsToText(y, ["avoidedCost", "presentValue", "cumulativePresentValue"])),
  } as ProjectionJson;
}

const TOTALS = ["counterfactualCost", "actualCost", "interventionCost", "avoidedCost", "netReturn"] as const;

/** {@link WhatIfTotals} as written to a file. */
export type WhatIfTotalsJson = AmountsAsText<WhatIfTotals, (typeof TOTALS)[number]>;

/** {@link AdjustedTotals} as written to a file. */
export type AdjustedTotalsJson = AmountsAsText<
  AdjustedTotals,
  (typeof TOTALS)[number] | "adjustedAvoidedCost" | "adjustedNetReturn"
>;

/** A {@link WhatIfCase} as written to a file. */
export interface WhatIfCaseJson extends Omit<WhatIfCase, "base" | "scenario"> {
  /** The case as the base prices it, e.g. `{ avoidedCost: "4850.00", netReturn: "4550.00" }`. */
  readonly base: AmountsAsText<WhatIfCase["base"], keyof WhatIfCase["base"]>;
  /** The case under the scenario. */
  readonly scenario: AmountsAsText<WhatIfCase["scenario"], keyof WhatIfCase["scenario"]>;
}

/** A {@link WhatIfResult} as written to a file (`rendement whatif`'s JSON): every amount a two-decimal string. */
export interface WhatIfResultJson
  extends Omit<WhatIfResult, "base" | "scenario" | "difference" | "wellby" | "cases" | "lenses" | "projection"> {
  /** The cases as the options price them. */
  readonly base: Omit<WhatIfResult["base"], "totals"> & {
    /** Their totals. */
    readonly totals: WhatIfTotalsJson;
  };
  /** The cases under the scenario. */
  readonly scenario: Omit<WhatIfResult["scenario"], "totals"> & {
    /** Their totals, with the adjusted figures. */
    readonly totals: AdjustedTotalsJson;
  };
  /** scenario adjusted − base, e.g. `{ avoidedCost: "-1200.00", netReturn: "-1200.00" }`. */
  readonly difference: AmountsAsText<WhatIfResult["difference"], keyof WhatIfResult["difference"]>;
  /** The WELLBY valuation, with a `wellby` value. */
  readonly wellby?: (Omit<WhatIfWellby, keyof WellbyValuation> & WellbyValuationJson) | undefined;
  /** Each case beside its base. */
  readonly cases: readonly WhatIfCaseJson[];
  /** Who invests and who gains, per payer and lens. */
  readonly lenses: ScenarioLensesJson;
  /** The discounted projection. */
  readonly projection: FlowProjectionJson;
}

/**
 * A what-if result as written to a file: every amount a two-decimal euro string, the keys in their order.
 *
 * @example
 * ```ts
 * const w = whatIf(cases, { catalog: bundledCatalog() }, { adjustments: { deadweight: { global: "0.2" } } });
 * w.scenario.totals.adjustedAvoidedCost; // 3656913 (cents)
 * whatIfResultToJson(w).scenario.totals.adjustedAvoidedCost; // "36569.13"
 * ```
 */
export function whatIfResultToJson(w: WhatIfResult): WhatIfResultJson {
  // Spread, then overwritten in place: the written keys keep the result's order.
  return {
    ...w,
    ...(w.wellby !== undefined ? { wellby: wellbyToJson(w.wellby) } : {}),
    base: { ...w.base, totals: amountsToText(w.base.totals, TOTALS) },
    scenario: {
      ...w.scenario,
      totals: amountsToText(w.scenario.totals, [...TOTALS, "adjustedAvoidedCost", "adjustedNetReturn"]),
    },
    difference: amountsToText(w.difference, ["avoidedCost", "netReturn"]),
    cases: w.cases.map((c) => ({
      ...c,
      base: amountsToText(c.base, ["avoidedCost", "netReturn"]),
      scenario: amountsToText(c.scenario, ["avoidedCost", "netReturn", "adjustedAvoidedCost", "adjustedNetReturn"]),
    })),
    lenses: scenarioLensesToJson(w.lenses),
    projection: flowProjectionToJson(w.projection),
  } as WhatIfResultJson;
}

const STATS = ["mean", "p5", "p50", "p95"] as const;

/** {@link SimulatedStats} as written to a file: two-decimal euro strings. */
export type SimulatedStatsJson = AmountsAsText<SimulatedStats, keyof SimulatedStats>;

/** A {@link GroupSimulation} as written to a file. */
export interface GroupSimulationJson extends Omit<GroupSimulation, "exact" | "netReturn"> {
  /** Exact point estimates, e.g. `{ avoidedCost: "4850.00", …, ratio: "16.1667" }`. */
  readonly exact: AmountsAsText<GroupSimulation["exact"], "avoidedCost" | "interventionCost" | "netReturn">;
  /** Net return per draw. */
  readonly netReturn: SimulatedStatsJson;
}

/** A {@link SimulatedPayer} as written to a file. */
export interface SimulatedPayerJson extends Omit<SimulatedPayer, "exact" | "net"> {
  /** The exact figures at list prices. */
  readonly exact: PayerReturnJson;
  /** The payer's net return per draw. */
  readonly net: SimulatedStatsJson;
}

/** A {@link SimulatedLens} as written to a file. */
export interface SimulatedLensJson extends Omit<SimulatedLens, "exact" | "net" | "byPayer"> {
  /** The exact figures at list prices, in total and per payer. */
  readonly exact: LensReturnJson;
  /** The net return per draw. */
  readonly net: SimulatedStatsJson;
  /** The same per payer. */
  readonly byPayer: Readonly<Record<string, SimulatedPayerJson>>;
}

/** {@link SimulatedWellby} as written to a file. */
export interface SimulatedWellbyJson
  extends Omit<SimulatedWellby, "simulated" | keyof WellbyValuation>,
    WellbyValuationJson {
  /** The WELLBY value per draw. */
  readonly simulated: SimulatedStatsJson;
}

/** A {@link SimulationResult} as written to a file (`rendement simulate`'s JSON): every amount a two-decimal string. */
export interface SimulationResultJson
  extends Omit<SimulationResult, "parameters" | "total" | "groups" | "lenses" | "wellby" | "samples"> {
  /** Every uncertain price drawn, its range as strings, e.g. `low: "180.00"`. */
  readonly parameters: readonly AmountsAsText<SimulationParameter, "low" | "mode" | "high">[];
  /** The simulation over all cases. */
  readonly total: GroupSimulationJson;
  /** One simulation per group. */
  readonly groups: readonly GroupSimulationJson[];
  /** All cases per payer, in both lenses. */
  readonly lenses: {
    /** Every line, transfers included. */
    readonly budget: SimulatedLensJson;
    /** Transfers left out. */
    readonly societal: SimulatedLensJson;
  };
  /** The WELLBY valuation, with a `wellby` value. */
  readonly wellby?: SimulatedWellbyJson | undefined;
  /** Sampled prices per parameter key, in euros as JSON numbers (`245.5`) for plotting: exact, from whole cents. */
  readonly samples?: Readonly<Record<string, readonly number[]>> | undefined;
}

/**
 * A simulation result as written to a file: amounts as two-decimal euro strings, keys in their order.
 *
 * @example
 * ```ts
 * const s = await simulate(cases, { catalog: bundledCatalog(), draws: 1000, seed: 42 });
 * simulationResultToJson(s).total.netReturn.p50; // e.g. "45500.00"
 * ```
 */
export function simulationResultToJson(s: SimulationResult): SimulationResultJson {
  const stats = (x: SimulatedStats): SimulatedStatsJson => amountsToText(x, STATS);
  const group = (g: GroupSimulation): GroupSimulationJson => ({
    ...g,
    exact: amountsToText(g.exact, ["avoidedCost", "interventionCost", "netReturn"]),
    netReturn: stats(g.netReturn),
  });
  const lens = (l: SimulatedLens): SimulatedLensJson => ({
    ...l,
    exact: lensReturnToJson(l.exact),
    net: stats(l.net),
    byPayer: mapPayers(l.byPayer, (p) => ({ ...p, exact: payerReturnToJson(p.exact), net: stats(p.net) })),
  });
  const { samples, wellby } = s;
  // Spread, then overwritten in place: the written keys keep the result's order.
  return {
    ...s,
    parameters: s.parameters.map((p) => amountsToText(p, ["low", "mode", "high"])),
    total: group(s.total),
    groups: s.groups.map(group),
    lenses: { budget: lens(s.lenses.budget), societal: lens(s.lenses.societal) },
    ...(wellby !== undefined ? { wellby: { ...wellbyToJson(wellby), simulated: stats(wellby.simulated) } } : {}),
    // Whole cents / 100 prints as its exact two-decimal value (JSON numbers, for plotting).
    ...(samples !== undefined
      ? { samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map((c) => c / 100)])) }
      : {}),
  } as SimulationResultJson;
}

const NETS = ["netAtLow", "netAtMode", "netAtHigh", "swing"] as const;

/** A {@link TornadoRow} as written to a file. */
export interface TornadoRowJson extends Omit<TornadoRow, "lenses" | "swing"> {
  /** The figures per lens, amounts as strings. */
  readonly lenses: Readonly<Record<keyof TornadoRow["lenses"], AmountsAsText<TornadoLens, (typeof NETS)[number]>>>;
  /** The larger swing of the two lenses, e.g. `"1250.00"`. */
  readonly swing: string;
}

/** A {@link TornadoResult} as written to a file (the `sensitivity` of `rendement simulate`'s JSON). */
export interface TornadoResultJson extends Omit<TornadoResult, "netReturn" | "rows"> {
  /** Net return per lens at every baseline value, e.g. `{ budget: "4550.00", societal: "4550.00" }`. */
  readonly netReturn: Readonly<Record<keyof TornadoResult["netReturn"], string>>;
  /** Every uncertain input, the largest swing first. */
  readonly rows: readonly TornadoRowJson[];
}

/**
 * A tornado table as written to a file: amounts as two-decimal euro strings, keys in their order.
 *
 * @example
 * ```ts
 * tornadoResultToJson(tornado(cases, { catalog: bundledCatalog() })).rows[0]?.swing; // e.g. "1250.00"
 * ```
 */
export function tornadoResultToJson(t: TornadoResult): TornadoResultJson {
  return {
    ...t,
    netReturn: { budget: centsToString(t.netReturn.budget), societal: centsToString(t.netReturn.societal) },
    rows: t.rows.map((r) => ({
      ...r,
      lenses: {
        budget: amountsToText(r.lenses.budget, NETS),
        societal: amountsToText(r.lenses.societal, NETS),
      },
      swing: centsToString(r.swing),
    })),
  };
}
