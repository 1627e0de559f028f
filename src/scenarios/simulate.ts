import type { Case } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";
import { type CompileOptions, compileSimulation } from "./compileSimulation.js";
import { DISTRIBUTIONS, type Distribution } from "./distributions.js";
import { checkGroupFields, type GroupField } from "./groupKey.js";
import { seedHalves } from "./random.js";
import { runDraws } from "./runDraws.js";
import { type SimulationResult, summariseDraws } from "./summariseDraws.js";

/** Options of {@link simulate}. */
export interface SimulateOptions extends Omit<CompileOptions, "groupBy"> {
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
  /** Called after each block of draws with the number done (for a progress indicator). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
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
 * sim.total.netReturn.p5;        // "41234.56"
 * sim.total.probabilityPositive; // "0.9870"
 * ```
 */
export function simulate(cases: readonly Case[], options: SimulateOptions): SimulationResult {
  const draws = options.draws ?? 10_000;
  const distribution = options.distribution ?? "triangular";
  const issues = [];
  if (!Number.isSafeInteger(draws) || draws < 1)
    issues.push({
      code: "invalid_draws",
      path: ["draws"],
      message: `draws must be a whole number of at least 1 (got ${draws})`,
    });
  if (!DISTRIBUTIONS.includes(distribution))
    issues.push({
      code: "invalid_distribution",
      path: ["distribution"],
      message: `unknown distribution "${distribution}"`,
      expected: DISTRIBUTIONS.join(", "),
    });
  try {
    seedHalves(options.seed);
  } catch (e) {
    issues.push({
      code: "invalid_seed",
      path: ["seed"],
      message: (e as Error).message,
      expected: "an integer from 0 to 2^64 - 1",
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const groupBy: GroupField[] = checkGroupFields(options.groupBy ?? []);
  const m = compileSimulation(cases, { ...options, groupBy });
  const blocks = [];
  const step = Math.max(1, Math.min(1000, Math.ceil(draws / 20)));
  for (let from = 0; from < draws; from += step) {
    const to = Math.min(draws, from + step);
    blocks.push(runDraws(m, options.seed, distribution, from, to, options.samples === true));
    options.onProgress?.(to, draws);
  }
  return summariseDraws(m, blocks, {
    seed: options.seed,
    draws,
    distribution,
    groupBy,
    samples: options.samples === true,
  });
}
