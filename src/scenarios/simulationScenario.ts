/**
 * The simulation scenario file: what a simulation draws beyond the lists'
 * ranges (SROI rates as distributions, how they combine, the range of rough
 * items without one, correlation groups, a WELLBY value). JSON validated by zod; its JSON
 * Schema is generated (`schemas/simulation-scenario.schema.json`).
 */
import * as z from "zod/mini";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { correlationGroupFields, probabilityUncertaintySchema } from "../schemas/common.js";
import { check } from "../schemas/validate.js";
import { ADJUSTMENT_COMBINATIONS, type AdjustmentCombination } from "./adjustments.js";
import { SIM_RATE_KINDS, type SimulationAdjustments } from "./compileRates.js";
import type { CorrelationGroup } from "./correlationGroups.js";
import { DISCOUNT_TIMINGS, type DiscountTiming } from "./discountFlows.js";
import { DISTRIBUTIONS } from "./distributions.js";
import { checkHorizon } from "./projectValue.js";
import type { SimulationYearOptions } from "./simulationYears.js";
import type { ProbabilityOptions } from "./uncertainProbabilities.js";
import { resolveUncertainAmount, resolveUncertainDiscountRate, resolveUncertainRate } from "./uncertainRate.js";
import { checkWellbyGiven, type WellbyOptions } from "./wellby.js";

const rateNumber = z.union([z.string(), z.number()]);

const distributionObject = (what: string) =>
  z
    .strictObject({
      distribution: z.enum(DISTRIBUTIONS as [string, ...string[]]),
      min: rateNumber,
      mode: z.optional(rateNumber).check(z.describe("the most likely value (triangular and pert)")),
      max: rateNumber,
    })
    .check(z.describe(`${what} drawn between min and max`));

const rateValue = z.union([
  z.string().check(z.describe('a rate "0.2", or "0.1:0.2:0.3" (triangular), "pert:0.1:0.2:0.3", "uniform:0.1:0.3"')),
  z.number(),
  distributionObject("a rate"),
]);

const wellbyValue = z.union([
  z
    .string()
    .check(
      z.describe(
        'euros per point of life satisfaction (0–10) per person-year: "15000", or "10000:15000:20000" (triangular), "pert:…", "uniform:10000:20000"',
      ),
    ),
  z.number(),
  distributionObject("euros per point per person-year"),
]);

const discountValue = z.union([
  z
    .string()
    .check(
      z.describe(
        'a real discount rate from -0.05 to 0.20: "0.0225", or "0.01:0.0225:0.04" (triangular), "pert:…", "uniform:0.01:0.04"',
      ),
    ),
  z.number(),
  distributionObject("a discount rate"),
]);

const ratesSchema = z.strictObject({
  global: z.optional(rateValue),
  domains: z.optional(z.record(z.string().check(z.minLength(1)), rateValue)),
  items: z.optional(z.record(z.string().check(z.minLength(1)), rateValue)),
});

/** @internal The scenario file's schema (read it with {@link parseSimulationScenario}; JSON Schema in `schemas/`). */
export const simulationScenarioSchema = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  adjustments: z
    .optional(
      z.strictObject({
        deadweight: z.optional(ratesSchema),
        displacement: z.optional(ratesSchema),
        attribution: z.optional(ratesSchema),
        dropOff: z
          .optional(ratesSchema)
          .check(z.describe("share of a continued outcome lost each year (with the years: horizon, discount rate…)")),
      }),
    )
    .check(z.describe("SROI rates, each fixed or a distribution, globally, per domain or per item")),
  combine: z.optional(z.enum(ADJUSTMENT_COMBINATIONS as [AdjustmentCombination, ...AdjustmentCombination[]])),
  roughRange: z
    .optional(z.string())
    .check(z.describe('relative half-width for rough items without a range (default "0.3"; "0" holds them fixed)')),
  correlationGroups: z
    .optional(
      z.array(
        z.strictObject({
          ...correlationGroupFields,
          reason: z.optional(z.string()).check(z.describe("why these prices move together")),
        }),
      ),
    )
    .check(z.describe("items drawn together: in each draw at the same quantile of their ranges")),
  probabilities: z
    .optional(
      z.strictObject({
        all: z.optional(probabilityUncertaintySchema).check(z.describe("every case with alternatives")),
        cases: z
          .optional(z.record(z.string().check(z.minLength(1)), probabilityUncertaintySchema))
          .check(z.describe("per case id, over all")),
      }),
    )
    .check(z.describe("the alternatives' probabilities drawn from a Dirichlet around them, over the case file's own")),
  horizon: z
    .optional(z.number())
    .check(z.describe("years from the first year with flows, 1 to 100: the figures become present values over them")),
  discountRate: z
    .optional(discountValue)
    .check(z.describe("real discount rate over the years, fixed or drawn (default 0.0225)")),
  timing: z
    .optional(z.enum(DISCOUNT_TIMINGS as [DiscountTiming, ...DiscountTiming[]]))
    .check(z.describe("start (default; year 1 undiscounted) or mid: when in a year its flows fall")),
  continuation: z
    .optional(
      z.array(
        z.strictObject({
          domain: z.optional(z.string().check(z.minLength(1))),
          item: z.optional(z.string().check(z.minLength(1))),
          years: z.number(),
          dropOff: z.optional(z.union([z.string(), z.number()])),
          reason: z.optional(z.string()),
        }),
      ),
    )
    .check(z.describe("outcomes that continue beyond their last observed year, as whatif takes them")),
  wellby: z
    .optional(wellbyValue)
    .check(z.describe("value the change in life satisfaction (0–10): its own line, never inside the euros of cost")),
  wellbyInstrument: z
    .optional(z.string().check(z.minLength(1)))
    .check(z.describe("the 0–10 life-satisfaction instrument valued (default levenstevredenheid)")),
  includeWellbeing: z
    .optional(z.boolean())
    .check(z.describe("also give a ratio including the WELLBY value, separately labelled")),
});

/** A simulation scenario: the parts of the simulate options a file can hold (a WELLBY value and years among them). */
export interface SimulationScenario extends WellbyOptions, SimulationYearOptions {
  /** SROI rates, fixed or drawn. */
  readonly adjustments?: SimulationAdjustments | undefined;
  /** How the rates combine. */
  readonly combine?: AdjustmentCombination | undefined;
  /** Relative half-width for rough items without a range. */
  readonly roughRange?: string | undefined;
  /** Items drawn together. */
  readonly correlationGroups?: readonly CorrelationGroup[] | undefined;
  /** Uncertain probabilities of alternatives (per case id as a Map: the keys are user text). */
  readonly probabilities?: ProbabilityOptions | undefined;
}

/**
 * Validates parsed JSON as a simulation scenario; every problem at once with
 * its path (a triangular mode outside its bounds at
 * `adjustments.deadweight.global.mode`).
 *
 * @throws {@link InputError} when the file is not valid.
 *
 * @example
 * ```ts
 * const s = parseSimulationScenario({ adjustments: { deadweight: { global: "0.1:0.2:0.3" } } }, { file: "s.json" });
 * simulate(cases, { catalog, seed: 1, ...s });
 * ```
 */
export function parseSimulationScenario(
  data: unknown,
  options: { file?: string | undefined } = {},
): SimulationScenario {
  const at = options.file !== undefined ? { file: options.file } : {};
  const r = check(simulationScenarioSchema, data, at);
  if (!r.ok) throw new InputError(r.issues);
  const v = r.value;
  const issues: Issue[] = [];
  for (const kind of [...SIM_RATE_KINDS, "dropOff"] as const) {
    const src = v.adjustments?.[kind];
    if (src?.global !== undefined) resolveUncertainRate(src.global, ["adjustments", kind, "global"], issues);
    for (const scope of ["domains", "items"] as const)
      for (const [k, x] of Object.entries(src?.[scope] ?? {}))
        resolveUncertainRate(x, ["adjustments", kind, scope, k], issues);
  }
  if (v.wellby !== undefined) resolveUncertainAmount(v.wellby, ["wellby"], issues);
  if (v.horizon !== undefined) checkHorizon(v.horizon, ["horizon"], issues);
  if (v.discountRate !== undefined) resolveUncertainDiscountRate(v.discountRate, ["discountRate"], issues);
  // A file that includes wellbeing must value it itself: nothing on the command line completes it.
  if (v.wellby === undefined)
    checkWellbyGiven({ wellbyInstrument: v.wellbyInstrument, includeWellbeing: v.includeWellbeing }, issues);
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ ...i, ...at })));
  const { $schema: _s, description: _d, probabilities, ...rest } = v;
  const given: ProbabilityOptions | undefined = probabilities && {
    ...(probabilities.all ? { all: probabilities.all } : {}),
    ...(probabilities.cases ? { cases: new Map(Object.entries(probabilities.cases)) } : {}),
  };
  return { ...(rest as SimulationScenario), ...(given ? { probabilities: given } : {}) };
}
