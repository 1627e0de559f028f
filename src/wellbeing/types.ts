/** Before, after and delta of one dimension. */
export interface DimensionResult {
  readonly dimension: string;
  readonly before: number;
  readonly after?: number | undefined;
  /** after − before, in the instrument's direction (positive is better); absent without an after score. */
  readonly delta?: number | undefined;
}

/** One instrument's before/after for one case. */
export interface WellbeingResult {
  readonly instrument: string;
  readonly beforeDate?: string | undefined;
  readonly afterDate?: string | undefined;
  readonly dimensions: readonly DimensionResult[];
  /** Mean of the dimensions' deltas (to 4 decimals); absent without an after measurement. */
  readonly meanDelta?: number | undefined;
  readonly narrative?: { readonly before?: string | undefined; readonly after?: string | undefined } | undefined;
}
