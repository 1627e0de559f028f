import { InputError } from "../errors/InputError.js";
import type { IssueParams } from "../errors/issue.js";
import type { Cents } from "../money/cents.js";
import { D } from "../money/decimal.js";
import { amountIssue, amountToCents, parseDecimal } from "../money/parseDecimal.js";
import type { Instrument } from "./schema.js";
import type { WellbeingResult } from "./types.js";

/** What the caller chooses when wellbeing is turned into money. */
export interface WellbeingValuation {
  /** Euros per point of life satisfaction per person-year (a WELLBY value), e.g. `"15000.00"`. */
  readonly valuePerPoint: string;
  /** Person-years the change lasts; default `"1"`. */
  readonly personYears?: string | undefined;
}

/** A wellbeing change in euros, with every assumption it rests on. */
export interface WellbeingValue {
  /** The instrument valued, e.g. `levenstevredenheid`. */
  readonly instrument: string;
  /** after − before on the 0–10 scale. */
  readonly delta: string;
  /** The caller's euros per point per person-year, as given (e.g. `"15000"`). */
  readonly valuePerPoint: string;
  /** The person-years the change is counted for, as given or the default `"1"`. */
  readonly personYears: string;
  /** delta × valuePerPoint × personYears, rounded half-up to cents (integer cents). */
  readonly value: Cents;
}

/**
 * Turns one case's change in life satisfaction into euros — only when the
 * caller chooses a value per point per person-year, and only for a 0–10
 * life-satisfaction instrument (as CBS asks it: the WELLBY scale). Every other
 * scale is refused: a change on it is not a WELLBY without a stated mapping.
 * Wellbeing otherwise stays apart from euros.
 *
 * @throws {@link InputError} for another instrument, a measurement without an
 * after score, or a value that is not an amount.
 *
 * @example
 * ```ts
 * // 5 → 7 on levenstevredenheid, valued at € 15.000 a point for one person-year:
 * valueWellbeing(result.wellbeing[0], instruments.get("levenstevredenheid")!, { valuePerPoint: "15000" });
 * // { delta: "2", value: 3000000 (cents: € 30.000,00), … }
 * ```
 */
export function valueWellbeing(
  w: WellbeingResult,
  instrument: Instrument,
  valuation: WellbeingValuation,
): WellbeingValue {
  const issue = (path: (string | number)[], message: string, expected: string, params: IssueParams) =>
    new InputError([{ code: "wellbeing_not_valuable", path, message, expected, params }]);
  if (instrument.id !== w.instrument)
    throw issue(
      ["instrument"],
      `the result is for "${w.instrument}", not "${instrument.id}"`,
      "the instrument the result was measured with",
      { rule: "other_instrument", measured: w.instrument, instrument: instrument.id },
    );
  if (instrument.lifeSatisfaction !== true)
    throw issue(
      ["instrument"],
      `"${instrument.id}" is not a 0–10 life-satisfaction scale; only that scale can be valued in euros (WELLBY)`,
      "a life-satisfaction instrument such as levenstevredenheid",
      { rule: "not_life_satisfaction", instrument: instrument.id },
    );
  const dim = w.dimensions[0];
  if (dim?.delta === undefined)
    throw issue(["after"], "there is no after score, so no change to value", "a before and an after measurement", {
      rule: "no_after",
    });
  const v = amountIssue(valuation.valuePerPoint);
  if (v)
    throw new InputError([
      {
        code: "invalid_value",
        path: ["valuePerPoint"],
        message: v.message,
        expected: "euros per point per person-year",
        params: { ...v.params, what: "value_per_point" },
      },
    ]);
  const years = valuation.personYears ?? "1";
  const y = parseDecimal(years);
  if (!y || y.negative)
    throw new InputError([
      {
        code: "invalid_value",
        path: ["personYears"],
        message: `"${years}" is not a non-negative decimal`,
        expected: 'person-years, e.g. "1" or "0.5"',
        params: { rule: "person_years", value: years },
      },
    ]);
  const delta = new D(String(dim.delta));
  return {
    instrument: instrument.id,
    delta: delta.toString(),
    valuePerPoint: valuation.valuePerPoint,
    personYears: years,
    // The decimal rounded half-up to two places (the module's one decimal rounding), then exact cents.
    value: amountToCents(delta.times(valuation.valuePerPoint).times(years).toFixed(2)),
  };
}
