/** Before, after and delta of one dimension. */
export interface DimensionResult {
  /** The dimension's id, as the instrument defines it (e.g. `financien` of the ZRM, `cijfer` of the rapportcijfer). */
  readonly dimension: string;
  /** The score before, on the instrument's scale (e.g. 2 on the ZRM's 1–5). */
  readonly before: number;
  /** The score after, on the same scale; absent without an after measurement. */
  readonly after?: number | undefined;
  /** after − before, in the instrument's direction (positive is better); absent without an after score. */
  readonly delta?: number | undefined;
}

/** One instrument's before/after for one case. */
export interface WellbeingResult {
  /** The instrument's id, e.g. `zrm` or `rapportcijfer`. */
  readonly instrument: string;
  /** The date of the before measurement, `YYYY-MM-DD`, when the case gives one. */
  readonly beforeDate?: string | undefined;
  /** The date of the after measurement, `YYYY-MM-DD`, when the case gives one. */
  readonly afterDate?: string | undefined;
  /** Each dimension scored before, in the instrument's order. */
  readonly dimensions: readonly DimensionResult[];
  /** Mean of the dimensions' deltas (to 4 decimals); absent without an after measurement. */
  readonly meanDelta?: number | undefined;
  /** The resident's or professional's toelichting beside the scores, when the case gives it. */
  readonly narrative?:
    | {
        /** The narrative of the before measurement. */
        readonly before?: string | undefined;
        /** The narrative of the after measurement. */
        readonly after?: string | undefined;
      }
    | undefined;
}
