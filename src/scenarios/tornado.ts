import { createEvaluator } from "../cases/createEvaluator.js";
import { evaluateCases } from "../cases/evaluateCases.js";
import type { Case } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { centsFromBigint } from "../money/cents.js";
import { addRatio, type Ratio, ratio } from "../money/ratio.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import type { AdjustmentCombination } from "./adjustments.js";
import { compileRates, rateScopes, type SimulationAdjustments } from "./compileRates.js";
import { ROUGH_RANGE } from "./compileSimulation.js";
import { LENS_NAMES, type LensName } from "./lenses.js";
import { type TornadoInput, tornadoInputs } from "./tornadoInputs.js";
import { type LensNets, type TornadoModel, tornadoModel, tornadoNet } from "./tornadoModel.js";
import { tornadoSwitching } from "./tornadoSwitching.js";
import type { TornadoKind, TornadoLens, TornadoResult, TornadoRow } from "./tornadoTypes.js";
import { compileJudgements, type ProbabilityOptions } from "./uncertainProbabilities.js";
import type { WhatIfOptions } from "./whatIf.js";

export type { TornadoSwitching } from "./tornadoSwitching.js";
export type { TornadoKind, TornadoLens, TornadoResult, TornadoRow } from "./tornadoTypes.js";

/** Options of {@link tornado}: the evaluation, and the simulation's SROI rates and how they combine. */
export type TornadoOptions = WhatIfOptions & {
  /** SROI rates, each fixed or a distribution; a distribution's minimum and maximum are a rate row's low and high. */
  readonly adjustments?: SimulationAdjustments | undefined;
  /** How the three rates combine (default multiplicative). */
  readonly combine?: AdjustmentCombination | undefined;
  /** Relative half-width around a rough item without a range, as the simulation draws it (default "0.3"; "0": none). */
  readonly roughRange?: string | undefined;
  /** Uncertain probabilities as the simulation draws them: a row then spans P5 … P95 of its Beta. */
  readonly probabilities?: ProbabilityOptions | undefined;
};

/** @internal */
export const TORNADO_METHOD =
  "One-way sensitivity: each uncertain input is set to its low and its high value while every other input keeps its baseline (list prices, each SROI rate at its mode, a uniform one at its midpoint, the stated probabilities), and all cases are evaluated exactly: lines rounded half-up to cents, adjusted avoided cost rounded half-up once per case and payer (year 1, as whatif). Prices vary over their range as the simulation draws them (the list's, a rough item without one within the assumed ±roughRange, an ad-hoc line's own); rates over their distribution's minimum to maximum; an alternative's probability over P5 to P95 of its Beta(κp, κ(1 − p)) where a concentration κ is stated (as the simulation draws it), or 0 to 1 where none is, the case's other alternatives keeping their proportions (a set of two: one row); cases that share a judgement (the same probabilities, κ and reason, drawn once per draw by the simulation) vary together, in one row per judgement. Between roundings each lens's net return is linear in any one input (a factor (1 − r)·… or 1 − r − … is linear in r), N(x) = R + x·Q, so its switching value −R/Q is exact up to the roundings (half a cent per line priced with the item and per case and payer); it is given where it lies in the input's allowed domain (a price from 0; a rate or probability from 0 to 1, a rate under additive combination only while the factor stays at least 0), else stated as none within it. The societal lens leaves transfers out.";

/**
 * One-way sensitivity over every uncertain input: the prices with a range,
 * the SROI rates given as distributions and the counterfactual alternatives'
 * probabilities. Each is set to its low and its high value, the cases
 * evaluated exactly in the budget and the societal lens, and the switching
 * value (where the net return crosses zero) given per lens, or stated as
 * none within the input's allowed domain.
 *
 * @throws {@link InputError} for cases that cannot be priced or invalid rates.
 *
 * @example
 * ```ts
 * const t = tornado(cases, { catalog: bundledCatalog(), adjustments: { deadweight: { global: "0.1:0.2:0.3" } } });
 * t.rows[0]; // { kind: "price", input: "justitie.detentie.dag", lenses: { budget: { swing: 125000 (cents), switching: { value: "…" } }, … } }
 * ```
 */
export function tornado(cases: readonly Case[], options: TornadoOptions): TornadoResult {
  const { model, inputs, base, combine } = tornadoPlan(cases, options);
  const rows = inputs.map((input) => tornadoRow(input, model, base));
  rows.sort(
    (a, b) =>
      compareSwing(b.s, a.s) ||
      KIND_ORDER.indexOf(a.row.kind) - KIND_ORDER.indexOf(b.row.kind) ||
      cmp(a.row.input, b.row.input) ||
      cmp(a.row.pricelist ?? "", b.row.pricelist ?? ""),
  );
  return {
    netReturn: { budget: centsFromBigint(base.budget.rounded), societal: centsFromBigint(base.societal.rounded) },
    combine,
    rows: rows.map((r) => r.row),
    method: TORNADO_METHOD,
  };
}

const KIND_ORDER: readonly TornadoKind[] = ["price", "rate", "probability"];
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareSwing = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** One input's row: the cases it touches evaluated at its low, baseline and high value. */
function tornadoRow(input: TornadoInput, model: TornadoModel, base: LensNets): { row: TornadoRow; s: bigint } {
  const own = tornadoNet(model, input.cases);
  const at = (x: Ratio): LensNets => {
    const varied = tornadoNet(model, input.cases, input.variation(x));
    // Cases the input does not touch keep their baseline figures.
    const total = (l: LensName) => ({
      rounded: base[l].rounded - own[l].rounded + varied[l].rounded,
      exact: addRatio(base[l].exact, addRatio(varied[l].exact, ratio(-own[l].exact.n, own[l].exact.d))),
    });
    return { budget: total("budget"), societal: total("societal") };
  };
  const lo = at(input.low);
  const hi = at(input.high);
  const lens = (l: LensName): TornadoLens => ({
    netAtLow: centsFromBigint(lo[l].rounded),
    netAtMode: centsFromBigint(base[l].rounded),
    netAtHigh: centsFromBigint(hi[l].rounded),
    swing: centsFromBigint(abs(hi[l].rounded - lo[l].rounded)),
    switching: tornadoSwitching({
      low: input.low,
      high: input.high,
      atLow: lo[l].exact,
      atHigh: hi[l].exact,
      domain: input.domain,
      unit: input.row.unit,
    }),
  });
  const lenses = { budget: lens("budget"), societal: lens("societal") };
  const agree = JSON.stringify(lenses.budget) === JSON.stringify(lenses.societal);
  const swings = LENS_NAMES.map((l) => abs(hi[l].rounded - lo[l].rounded));
  const s = swings.sort(compareSwing).at(-1) as bigint;
  return { row: { ...input.row, lenses, lensesAgree: agree, swing: centsFromBigint(s) }, s };
}

/** @internal A tornado before its rows: the exact model, every input, the baseline per lens. */
export interface TornadoPlan {
  readonly model: TornadoModel;
  readonly inputs: readonly TornadoInput[];
  readonly base: LensNets;
  readonly combine: AdjustmentCombination;
}

/**
 * @internal Checks and compiles the cases and rates of a tornado (what the rows and the tests evaluate).
 *
 * @throws {@link InputError} for cases that cannot be priced or invalid rates.
 *
 * @example
 * ```ts
 * const p = tornadoPlan(cases, { catalog });
 * tornadoNet(p.model, [0], p.inputs[0]?.variation(ratio(0n))).budget.rounded;
 * ```
 */
export function tornadoPlan(cases: readonly Case[], options: TornadoOptions): TornadoPlan {
  const instruments = options.instruments ?? loadInstruments();
  const { adjustments, combine: how, roughRange, probabilities, ...evalOptions } = options;
  const ev = evaluateCases(cases, { ...evalOptions, instruments });
  const lines = createEvaluator({
    catalog: options.catalog,
    ...(options.pricelist !== undefined ? { pricelist: options.pricelist } : {}),
    ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
  }).compileLines(cases);
  const combine = how ?? "multiplicative";
  const issues: Issue[] = [];
  const rates = compileRates(adjustments, combine === "additive", rateScopes(ev.lists, lines.set), issues);
  const judged = compileJudgements(cases, lines.shapes, probabilities, issues);
  if (issues.length > 0) throw new InputError(issues);
  const found = tornadoInputs(cases, lines, rates, { combine, roughRange: roughRange ?? ROUGH_RANGE.relative, judged });
  const model = tornadoModel(lines, { rates, rateValues: found.rateValues, combine, keyOf: found.priceKey });
  return {
    model,
    inputs: [...found.inputs, ...found.rateInputs(model.classes)],
    base: tornadoNet(
      model,
      cases.map((_, i) => i),
    ),
    combine,
  };
}
