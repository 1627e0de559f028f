/**
 * The shapes of a tornado table (see `tornado`).
 */
import type { Cents } from "../money/cents.js";
import type { AdjustmentCombination } from "./adjustments.js";
import type { LensName } from "./lenses.js";
import type { TornadoSwitching } from "./tornadoSwitching.js";

/**
 * What a tornado row varies: a price, an SROI rate, or a counterfactual alternative's probability; `years`: the
 * discount rate or a drop-off of a simulation over several years (its figures are net present values).
 */
export type TornadoKind = "price" | "rate" | "probability" | "years";

/** One lens of a tornado row: the net return at the input's low, baseline and high value, and its switching value. */
export interface TornadoLens {
  /** Total net return with the input at its low value, cents (rounded as `whatif` rounds). */
  readonly netAtLow: Cents;
  /** Total net return with every input at its baseline value, cents. */
  readonly netAtMode: Cents;
  /** Total net return with the input at its high value, cents. */
  readonly netAtHigh: Cents;
  /** |netAtHigh − netAtLow|, cents. */
  readonly swing: Cents;
  /** The input's value at which this lens's net return is zero, or why there is none. */
  readonly switching: TornadoSwitching;
}

/** One row of a tornado table: one uncertain input, in both lenses. */
export interface TornadoRow {
  /** `price`, `rate` or `probability`. */
  readonly kind: TornadoKind;
  /**
   * What varied: an item's code (`justitie.detentie.dag`), a rate setting's key (`deadweight`,
   * `attribution@domain:justitie`), or an alternative's path (`CASE-ID/counterfactual.alternatives[0]`).
   */
  readonly input: string;
  /** Price rows: the item's code. */
  readonly item?: string | undefined;
  /** Price rows: `id@version` of the list whose range this is. */
  readonly pricelist?: string | undefined;
  /** Probability rows of one case: the case's id. */
  readonly case?: string | undefined;
  /**
   * Probability rows of a judgement shared by several cases (the same probabilities, κ and reason, drawn once
   * per draw): its reason; the row sets all its cases (`cases` of them) together, and `input` is
   * `probabilities@FIRST-CASE/counterfactual.alternatives[a]`.
   */
  readonly judgement?: string | undefined;
  /** Probability rows: the alternative's index (from 0). */
  readonly alternative?: number | undefined;
  /** Probability rows: the alternative's label, where it has one. */
  readonly label?: string | undefined;
  /**
   * Where low and high come from: `list` (the item's range in its list, its own or a stated relative one),
   * `assumed` (a rough item without one: the simulation's `roughRange` around its amount), `case` (an ad-hoc
   * line's range), `distribution` (the rate's minimum and maximum), `stated` (a probability's stated range)
   * or `unit` (a probability with no range stated, varied over 0 … 1).
   */
  readonly range: "list" | "assumed" | "case" | "distribution" | "stated" | "unit";
  /** `euro` for prices (low, mode, high and switching values in euros), `fraction` for rates and probabilities. */
  readonly unit: "euro" | "fraction";
  /** The low value (euros with two decimals, or a decimal fraction). */
  readonly low: string;
  /** The baseline value: the list price, the rate's mode (a uniform rate's midpoint), the stated probability. */
  readonly mode: string;
  /** The high value. */
  readonly high: string;
  /** The values the input may take: a price from 0 up, a rate or probability from 0 to 1 (less where rates add). */
  readonly domain: {
    /** The least value. */
    readonly min: string;
    /** The greatest value; absent for a price. */
    readonly max?: string | undefined;
  };
  /** Cases whose figures depend on the input. */
  readonly cases: number;
  /** The figures in the budget lens (every line) and the societal lens (transfers left out). */
  readonly lenses: Readonly<Record<LensName, TornadoLens>>;
  /** True when both lenses give the same figures (reports then show one row for both). */
  readonly lensesAgree: boolean;
  /** The larger swing of the two lenses, cents: what the table is sorted by. */
  readonly swing: Cents;
}

/** The result of `tornado`. */
export interface TornadoResult {
  /** Total net return with every input at its baseline value, per lens, cents. */
  readonly netReturn: Readonly<Record<LensName, Cents>>;
  /** How deadweight, displacement and attribution combine. */
  readonly combine: AdjustmentCombination;
  /** Every uncertain input, the largest swing first. */
  readonly rows: readonly TornadoRow[];
  /** How the table was computed, in words, for the report. */
  readonly method: string;
}
