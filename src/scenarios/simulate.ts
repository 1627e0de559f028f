import type { ProgrammeInfo } from "../cases/caseTypes.js";
import { type ListedPm, listPm } from "../cases/listPm.js";
import type { Case } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { parseDecimal } from "../money/parseDecimal.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { type AdjustmentCombination, combinationIssue } from "./adjustments.js";
import type { SimulationAdjustments } from "./compileRates.js";
import { type CompiledSimulation, type CompileOptions, compileSimulation } from "./compileSimulation.js";
import type { CorrelationGroup } from "./correlationGroups.js";
import { DISTRIBUTIONS, type Distribution } from "./distributions.js";
import { checkGroupFields, type GroupField } from "./groupKey.js";
import { seedHalves } from "./random.js";
import { type ModelBlock, runModelDraws } from "./runModelDraws.js";
import { simulatedWellby } from "./simulateWellby.js";
import { checkYears, type SimulationYearOptions, wantsYears } from "./simulationYears.js";
import { type SimulationResult, summariseDraws } from "./summariseDraws.js";
import {
  type ResolvedWellby,
  resolveWellby,
  valueCasesWellbeing,
  type WellbyOptions,
  type WellbyValuation,
} from "./wellby.js";

/**
 * Options of {@link simulate}. A `wellby` value (fixed or a distribution, drawn per draw) adds the WELLBY
 * valuation of the cases' life-satisfaction change as its own line.
 */
export interface SimulateOptions
  extends Omit<CompileOptions, "groupBy" | "years">,
    WellbyOptions,
    SimulationYearOptions {
  /** Number of draws (default 10,000). */
  readonly draws?: number | undefined;
  /** An integer from 0 to 2⁶⁴ − 1; the same seed gives the same result, bit for bit. */
  readonly seed: number | bigint;
  /** How prices are drawn within their range (default triangular, mode = the list amount). */
  readonly distribution?: Distribution | undefined;
  /** Group the statistics by wijk, programme, month, quarter or year of the case's start. */
  readonly groupBy?: readonly string[] | undefined;
  /** Include every sampled price (euros) per parameter. */
  readonly samples?: boolean | undefined;
  /**
   * Relative half-width (0 to 1, decimal text) within which a `rough` item
   * without a range in its list is drawn (default "0.3"; "0" holds such items
   * fixed, which the result then warns about).
   */
  readonly roughRange?: string | undefined;
  /**
   * SROI rates, each fixed or a distribution; and the drop-off of continued outcomes (with the years: a horizon,
   * a discount rate, a timing or a continuation; without them the simulation is of year 1).
   */
  readonly adjustments?: SimulationAdjustments | undefined;
  /** How deadweight, displacement and attribution combine (default multiplicative). */
  readonly combine?: AdjustmentCombination | undefined;
  /** Items drawn together (comonotone; with triangular or uniform prices). */
  readonly correlationGroups?: readonly CorrelationGroup[] | undefined;
  /** Called after each block of draws with the number done (for a progress indicator). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** The case file's programmes: their PM effects are listed beside the cases' own. */
  readonly programmes?: readonly ProgrammeInfo[] | undefined;
}

/**
 * Monte Carlo simulation of the net return and ratio: prices drawn within
 * each item's `range`, counterfactual alternatives drawn by their
 * probabilities. Returns P5, P50 and P95 of net return and ratio per group
 * and in total, P(net return > 0), and the exact point estimates beside them.
 * Reproducible from the seed; draws are independent streams, so splitting
 * them (e.g. over workers) gives identical figures.
 *
 * @throws {@link InputError} for invalid options or cases that cannot be priced.
 *
 * @example
 * ```ts
 * const sim = simulate(parseCaseFile(json).cases, { catalog: bundledCatalog(), seed: 42, draws: 10_000, groupBy: ["wijk"] });
 * sim.total.netReturn.p5;        // 4123456 (cents; simulationResultToJson writes "41234.56")
 * sim.total.probabilityPositive; // "0.9870"
 * ```
 */
export function simulate(cases: readonly Case[], options: SimulateOptions): SimulationResult {
  const plan = planSimulation(cases, options);
  return finishSimulation(plan, drawHere(plan, options.onProgress));
}

/** @internal Every draw of a plan on this thread, in blocks, telling `onProgress` after each. */
export function drawHere(plan: SimulationPlan, onProgress?: (done: number, total: number) => void): ModelBlock[] {
  const blocks: ModelBlock[] = [];
  const step = Math.max(1, Math.min(1000, Math.ceil(plan.draws / 20)));
  for (let from = 0; from < plan.draws; from += step) {
    const to = Math.min(plan.draws, from + step);
    blocks.push(runModelDraws(plan.model, plan.seed, plan.distribution, from, to, plan.samples));
    onProgress?.(to, plan.draws);
  }
  return blocks;
}

/**
 * A checked and compiled simulation, ready to draw: the model is plain
 * typed arrays, so draws can run anywhere (another thread, another process)
 * and come back as blocks; draw k always uses stream k of the seed.
 */
export interface SimulationPlan {
  /** The compiled model (typed arrays, plus the exact results and lists it was compiled from). */
  readonly model: CompiledSimulation;
  /** The seed. */
  readonly seed: number | bigint;
  /** Number of draws. */
  readonly draws: number;
  /** How prices are drawn within their range. */
  readonly distribution: Distribution;
  /** The grouping fields. */
  readonly groupBy: readonly GroupField[];
  /** Whether every sampled price is kept. */
  readonly samples: boolean;
  /** The PM (pro memorie) effects of the cases and of the programmes: listed, never priced. */
  readonly pm: readonly ListedPm[];
  /** The WELLBY choice and its valuation at the point value; absent without a `wellby` value. */
  readonly wellby?: { readonly choice: ResolvedWellby; readonly valuation: WellbyValuation } | undefined;
}

/**
 * Checks the options and compiles the cases of a simulation, without
 * drawing: {@link simulate} is `planSimulation`, `runModelDraws` over blocks, then
 * {@link finishSimulation}; a runner (such as the worker threads of
 * `rendement/node`) may run the blocks elsewhere.
 * @internal
 *
 * @throws {@link InputError} for invalid options or cases that cannot be priced.
 *
 * @example
 * ```ts
 * const plan = planSimulation(cases, { catalog: bundledCatalog(), seed: 42, draws: 1000 });
 * plan.model.params.length; // the number of uncertain prices
 * ```
 */
export function planSimulation(cases: readonly Case[], options: SimulateOptions): SimulationPlan {
  const draws = options.draws ?? 10_000;
  const distribution = options.distribution ?? "triangular";
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(draws) || draws < 1)
    issues.push({
      code: "invalid_draws",
      path: ["draws"],
      message: `draws must be a whole number of at least 1 (got ${draws})`,
      params: { value: String(draws) },
    });
  if (!DISTRIBUTIONS.includes(distribution))
    issues.push({
      code: "invalid_distribution",
      path: ["distribution"],
      message: `unknown distribution "${distribution}"`,
      expected: DISTRIBUTIONS.join(", "),
      params: { value: JSON.stringify(distribution) ?? String(distribution), known: DISTRIBUTIONS.join(", ") },
    });
  try {
    seedHalves(options.seed);
  } catch (e) {
    issues.push({
      code: "invalid_seed",
      path: ["seed"],
      message: (e as Error).message,
      expected: "an integer from 0 to 2^64 - 1",
      params: { value: String(options.seed) },
    });
  }
  issues.push(...optionIssues(options, distribution));
  const instruments = options.instruments ?? loadInstruments();
  const wellby = resolveWellby(options, instruments, issues);
  const years = wantsYears(options) ? checkYears(options, issues) : undefined;
  if (issues.length > 0) throw new InputError(issues);
  const groupBy: GroupField[] = checkGroupFields(options.groupBy ?? []);
  const model = compileSimulation(cases, { ...options, instruments, groupBy, ...(years ? { years } : {}) });
  const listed = model.correlationGroups.filter((g) => g.source !== "scenario");
  if (distribution === "pert" && listed.length > 0)
    throw new InputError([
      {
        code: "groups_need_inverse_cdf",
        path: ["distribution"],
        message: `the correlation groups of ${[...new Set(listed.map((g) => g.source))].join(", ")} draw each item at its group's quantile, which PERT has no closed form for`,
        expected: "--distribution triangular or uniform with correlation groups",
      },
    ]);
  checkSize(draws, model.groups.length, model.cells?.length ?? 0, options.samples === true ? model.params.length : 0);
  return {
    model,
    seed: options.seed,
    draws,
    distribution,
    groupBy,
    samples: options.samples === true,
    pm: listPm(cases, options.programmes),
    ...(wellby ? { wellby: { choice: wellby, valuation: valueCasesWellbeing(model.exact, wellby) } } : {}),
  };
}

/**
 * The statistics of a planned simulation from its drawn blocks (covering
 * draws 0 … draws − 1, in any order and any split).
 * @internal
 *
 * @example
 * ```ts
 * const plan = planSimulation(cases, { catalog, seed: 42, draws: 100 });
 * const result = finishSimulation(plan, [runModelDraws(plan.model, plan.seed, plan.distribution, 0, 100)]);
 * ```
 */
export function finishSimulation(plan: SimulationPlan, blocks: readonly ModelBlock[]): SimulationResult {
  const out = summariseDraws(plan.model, blocks, {
    seed: plan.seed,
    draws: plan.draws,
    distribution: plan.distribution,
    groupBy: plan.groupBy,
    samples: plan.samples,
    combine: plan.model.additive ? "additive" : "multiplicative",
    pm: plan.pm,
  });
  if (!plan.wellby) return out;
  const run = {
    seed: plan.seed,
    draws: plan.draws,
    groups: plan.model.nGroups,
    exact: {
      avoided: out.total.exact.avoidedCost,
      intervention: out.total.exact.interventionCost,
    },
  };
  const wellby = simulatedWellby(plan.wellby.choice, plan.wellby.valuation, run, blocks);
  // Say it where it is true: over years the euros are present values, the WELLBY value is not.
  return { ...out, wellby: out.years ? { ...wellby, measuredYearsOnly: true } : wellby };
}

/** The checks of roughRange, combine and correlation groups that need no cases. */
function optionIssues(options: SimulateOptions, distribution: Distribution): Issue[] {
  const issues: Issue[] = [];
  const rr = options.roughRange;
  const p = rr === undefined ? undefined : parseDecimal(rr);
  if (rr !== undefined && (!p || p.negative || p.units > 10n ** BigInt(p.scale)))
    issues.push({
      code: "invalid_option",
      path: ["roughRange"],
      message: `${JSON.stringify(rr)} is not a relative half-width from 0 to 1`,
      expected: '"0.3" for ±30%, "0" to hold rough items without a range fixed',
      params: { rule: "rough_range", value: JSON.stringify(rr) ?? String(rr) },
    });
  const combination = combinationIssue(options.combine);
  if (combination) issues.push(combination);
  if (distribution === "pert" && (options.correlationGroups?.length ?? 0) > 0)
    issues.push({
      code: "groups_need_inverse_cdf",
      path: ["correlationGroups"],
      message: "correlation groups draw each item at its group's quantile, which PERT has no closed form for",
      expected: "--distribution triangular or uniform with correlation groups",
    });
  return issues;
}

/**
 * The most figures a simulation keeps (net return and intervention cost per draw and group or payer-and-lens
 * cell, and the drawn prices when samples are kept): 60 million, about 1 GB of memory. Checked before any draw.
 */
export const MAX_SIMULATION_VALUES = 60_000_000;

function checkSize(draws: number, groups: number, cells: number, params: number): void {
  // Each group, the total and each payer-and-lens cell keep two figures per draw.
  const values = draws * (2 * (groups + 1 + cells) + params);
  if (values <= MAX_SIMULATION_VALUES) return;
  throw new InputError([
    {
      code: "simulation_too_large",
      path: ["draws"],
      message: `${draws} draws over ${groups} groups and ${cells / 2} payers in two lenses${params > 0 ? ` and ${params} drawn prices` : ""} would keep ${values} figures, more than the ${MAX_SIMULATION_VALUES} a simulation holds in memory`,
      expected: "fewer draws, a coarser grouping (e.g. wijk instead of wijk,month), or one run per part of the cases",
      params: { draws, groups, payers: cells / 2, prices: params, values, max: MAX_SIMULATION_VALUES },
    },
  ]);
}
