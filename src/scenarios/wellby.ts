/**
 * Wellbeing valued by explicit choice (a WELLBY value): the change in life
 * satisfaction (0–10) of the cases, in euros per point per person-year,
 * reported as its own line beside the euros of cost and never inside them.
 * Each case's figure is {@link valueWellbeing}'s; other scales are never valued.
 * @internal
 */
import type { CaseResult } from "../cases/types.js";
import type { Issue } from "../errors/issue.js";
import { type Cents, centsFromBigint, centsToString } from "../money/cents.js";
import { D } from "../money/decimal.js";
import { amountToCents } from "../money/parseDecimal.js";
import type { Instrument } from "../wellbeing/schema.js";
import { valueWellbeing } from "../wellbeing/valueWellbeing.js";
import type { Distribution } from "./distributions.js";
import { type ResolvedUncertainAmount, resolveUncertainAmount, type UncertainRate } from "./uncertainRate.js";

/** The instrument a WELLBY values unless another is named: the CBS life-satisfaction question (0–10). */
export const DEFAULT_WELLBY_INSTRUMENT = "levenstevredenheid";

/** The person-year rule, as every result states it. */
export const PERSON_YEAR_RULE =
  "one person-year per case with a before and an after score on the instrument: the measured change counts once, for one year; it is not projected, discounted or adjusted by the SROI rates";

/** The WELLBY options of a what-if or a simulation. */
export interface WellbyOptions {
  /**
   * Euros per point of life satisfaction per person-year: fixed (`"15000"`) or a distribution in the rates'
   * forms (`"10000:15000:20000"` triangular min:mode:max, `"pert:…"`, `"uniform:10000:20000"`, or an object).
   * Without it wellbeing stays out of every figure.
   */
  readonly wellby?: UncertainRate | undefined;
  /** The 0–10 life-satisfaction instrument valued (default `levenstevredenheid`); any other scale is refused. */
  readonly wellbyInstrument?: string | undefined;
  /** Also give a ratio including the WELLBY valuation, separately labelled (never the plain ratio). */
  readonly includeWellbeing?: boolean | undefined;
}

/** One case's valued change. */
export interface WellbyCase {
  /** The case's id. */
  readonly id: string;
  /** after − before on the 0–10 scale. */
  readonly delta: string;
  /** delta × value per point × one person-year, cents. */
  readonly value: Cents;
}

/** The WELLBY valuation of a scenario: its own line beside the euros of cost, always labelled as such. */
export interface WellbyValuation {
  /** The instrument valued, e.g. `levenstevredenheid`. */
  readonly instrument: string;
  /** The euros per point per person-year as given: `"15000"` or `"10000:15000:20000"`. */
  readonly valuePerPoint: string;
  /** How the value per point is drawn in a simulation; `fixed` when it is one value. */
  readonly distribution: Distribution | "fixed";
  /** The value per point the point estimate uses: the fixed value, the mode, or (uniform) the midpoint to the cent. */
  readonly pointValue: string;
  /** How person-years are counted, in words. */
  readonly personYearRule: string;
  /** Cases with a before and an after score on the instrument: valued. */
  readonly casesValued: number;
  /** Cases with no 0–10 life-satisfaction change (not valued): the three counts below added up. */
  readonly casesWithoutChange: number;
  /** …of which measured on the instrument before only. */
  readonly beforeOnly: number;
  /** …of which measured only on other instruments (other scales are never valued). */
  readonly otherScalesOnly: number;
  /** …of which without any wellbeing measurement. */
  readonly notMeasured: number;
  /** The person-years valued (one per valued case). */
  readonly personYears: string;
  /** Σ delta × person-years: the points of life satisfaction gained (negative: lost). */
  readonly points: string;
  /** Σ of the cases' values at the point value, cents. */
  readonly value: Cents;
  /** Σ at the lowest value per point (a distribution only), cents. */
  readonly low?: Cents | undefined;
  /** Σ at the highest value per point (a distribution only), cents. */
  readonly high?: Cents | undefined;
  /** Whether a ratio including wellbeing is given (only by choice, `includeWellbeing`). */
  readonly includedInRatio: boolean;
  /** Each valued case, in the order evaluated (a what-if: input order; a simulation: by case id). */
  readonly cases: readonly WellbyCase[];
}

/** @internal A checked WELLBY choice. */
export interface ResolvedWellby {
  readonly value: ResolvedUncertainAmount;
  readonly instrument: Instrument;
  readonly include: boolean;
}

/**
 * @internal `includeWellbeing` or `wellbyInstrument` without a `wellby` value: an issue each (wellbeing is
 * valued only by explicit choice, so there is nothing to include).
 *
 * @example
 * ```ts
 * checkWellbyGiven({ includeWellbeing: true }, issues); // issues[0].path: ["includeWellbeing"]
 * ```
 */
export function checkWellbyGiven(o: WellbyOptions, issues: Issue[]): void {
  if (o.wellby !== undefined) return;
  for (const [key, given] of [
    ["includeWellbeing", o.includeWellbeing === true],
    ["wellbyInstrument", o.wellbyInstrument !== undefined],
  ] as const)
    if (given)
      issues.push({
        code: "invalid_option",
        path: [key],
        message: "there is no WELLBY value: wellbeing is valued only with an explicit value per point",
        expected: "a wellby value in euros per point per person-year, e.g. 15000",
        params: { rule: "wellby_needed", key },
      });
}

/**
 * @internal Checks the WELLBY options; problems go to `issues` (a mode outside its bounds at `wellby.mode`, a
 * 1–10 scale at `wellbyInstrument`). Undefined without a `wellby`.
 *
 * @example
 * ```ts
 * resolveWellby({ wellby: "15000" }, loadInstruments(), issues)?.value.mode; // 15000
 * ```
 */
export function resolveWellby(
  o: WellbyOptions,
  instruments: ReadonlyMap<string, Instrument>,
  issues: Issue[],
): ResolvedWellby | undefined {
  if (o.wellby === undefined) {
    checkWellbyGiven(o, issues);
    return undefined;
  }
  const value = resolveUncertainAmount(o.wellby, ["wellby"], issues);
  const id = o.wellbyInstrument ?? DEFAULT_WELLBY_INSTRUMENT;
  const instrument = instruments.get(id);
  if (!instrument)
    issues.push({
      code: "unknown_instrument",
      path: ["wellbyInstrument"],
      message: `no instrument "${id}"`,
      expected: `a 0–10 life-satisfaction instrument such as ${DEFAULT_WELLBY_INSTRUMENT}`,
      params: { rule: "wellby", instrument: id, default: DEFAULT_WELLBY_INSTRUMENT },
    });
  else if (instrument.lifeSatisfaction !== true)
    issues.push({
      code: "wellbeing_not_valuable",
      path: ["wellbyInstrument"],
      message: `"${id}" is scored ${instrument.scale.min}–${instrument.scale.max} and is not the 0–10 life-satisfaction scale; only that scale is valued in euros (WELLBY)`,
      expected: `a 0–10 life-satisfaction instrument such as ${DEFAULT_WELLBY_INSTRUMENT}`,
      params: { rule: "not_life_satisfaction", instrument: id },
    });
  if (!value || !instrument || instrument.lifeSatisfaction !== true) return undefined;
  return { value, instrument, include: o.includeWellbeing === true };
}

/** The value per point of the point estimate: fixed, the mode, or the midpoint of a uniform rounded half-up. */
function pointValueOf(v: ResolvedUncertainAmount): string {
  if (v.distribution !== "uniform") return v.exact.mode;
  const sum = BigInt(amountToCents(v.exact.low)) + BigInt(amountToCents(v.exact.high));
  return centsToString((sum + 1n) / 2n);
}

/** Σ of the valued cases at one value per point, in cents, and each case's figure. */
function valueAt(valued: readonly { id: string; w: CaseResult["wellbeing"][number] }[], w: ResolvedWellby, v: string) {
  let cents = 0n;
  const cases = valued.map(({ id, w: m }) => {
    const x = valueWellbeing(m, w.instrument, { valuePerPoint: v });
    cents += BigInt(x.value);
    return { id, delta: x.delta, value: x.value };
  });
  return { cents, cases };
}

/**
 * @internal The WELLBY valuation of evaluated cases: one person-year per case with a before and an after
 * score on the instrument, each case's value by {@link valueWellbeing}, the total their exact sum.
 *
 * @example
 * ```ts
 * valueCasesWellbeing(evaluation.cases, resolveWellby({ wellby: "15000" }, instruments, [])!).value; // 3000000 (cents)
 * ```
 */
export function valueCasesWellbeing(results: readonly CaseResult[], w: ResolvedWellby): WellbyValuation {
  const id = w.instrument.id;
  const valued: { id: string; w: CaseResult["wellbeing"][number] }[] = [];
  let beforeOnly = 0;
  let otherScalesOnly = 0;
  let notMeasured = 0;
  for (const r of results) {
    const m = r.wellbeing.find((x) => x.instrument === id);
    if (m?.dimensions[0]?.delta !== undefined) valued.push({ id: r.id, w: m });
    else if (m) beforeOnly++;
    else if (r.wellbeing.length > 0) otherScalesOnly++;
    else notMeasured++;
  }
  const pointValue = pointValueOf(w.value);
  const at = valueAt(valued, w, pointValue);
  const drawn = w.value.high > w.value.low;
  const points = at.cases.reduce((s, c) => s.plus(c.delta), D(0));
  return {
    instrument: id,
    valuePerPoint: w.value.text,
    distribution: drawn ? w.value.distribution : "fixed",
    pointValue,
    personYearRule: PERSON_YEAR_RULE,
    casesValued: valued.length,
    casesWithoutChange: beforeOnly + otherScalesOnly + notMeasured,
    beforeOnly,
    otherScalesOnly,
    notMeasured,
    personYears: String(valued.length),
    points: points.toString(),
    value: centsFromBigint(at.cents),
    ...(drawn
      ? {
          low: centsFromBigint(valueAt(valued, w, w.value.exact.low).cents),
          high: centsFromBigint(valueAt(valued, w, w.value.exact.high).cents),
        }
      : {}),
    includedInRatio: w.include,
    cases: at.cases,
  };
}
