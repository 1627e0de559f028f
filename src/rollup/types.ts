/**
 * The data of a roll-up: a mergeable, JSON-serialisable aggregate and the
 * finished table a report shows.
 */
import type { Figures, FiguresWithRatio } from "../cases/types.js";
import type { Cents } from "../money/cents.js";
import type { PriceListStamp } from "../pricelists/types.js";

/**
 * A dimension to group by: `wijk`, `programme`, the `month`, `quarter` or
 * `year` of the case's start, or `payer` (each payer of a case becomes its
 * own group, so money adds up across payer groups but case counts do not).
 */
export type GroupDimension = "wijk" | "programme" | "month" | "quarter" | "year" | "payer";

/** Sums of one payer in a group, as two-decimal euro strings (the aggregate is a file format). */
export interface PayerSumsState {
  /** Budget lens: what would have been paid without the intervention. */
  readonly counterfactualCost: string;
  /** Budget lens: what was paid with it. */
  readonly actualCost: string;
  /** Budget lens: the intervention's own cost. */
  readonly interventionCost: string;
  /** Societal lens (transfers left out): counterfactual cost. */
  readonly societalCounterfactualCost: string;
  /** Societal lens: actual cost. */
  readonly societalActualCost: string;
  /** Societal lens: intervention cost. */
  readonly societalInterventionCost: string;
}

/**
 * Wellbeing of one instrument in a group. A case's delta is the mean of its
 * dimensions' deltas, kept as an exact fraction (`"7/5"`, `"-1"`); `deltas`
 * counts cases per distinct delta. Deltas take few distinct values, so this
 * histogram stays small however many cases are folded, and the median is
 * exact.
 */
export interface WellbeingState {
  /** Number of cases per exact case delta (a reduced fraction such as `"-2/5"`). */
  readonly deltas: Readonly<Record<string, number>>;
  /** Σ of the cases' mean before score and mean after score (exact fractions), over the measured cases. */
  readonly sumBefore: string;
  /** Σ of the measured cases' mean after scores, an exact fraction such as `"131/2"`. */
  readonly sumAfter: string;
  /** Cases with a before measurement only. */
  readonly beforeOnly: number;
}

/** Cases followed up at one horizon, and how many of them held. */
export interface FollowUpCount {
  /** Cases with a follow-up checkpoint (any status) dated on or after start + N months. */
  readonly followedUp: number;
  /** Of those, cases without a `relapsed` checkpoint whose `relapseDate` is on or before start + N months. */
  readonly held: number;
}

/**
 * Follow-up at 6, 12 and 24 months after each case's start (months added to
 * the start date, the day clamped to the month's last). A case is followed up
 * at N months when it has a checkpoint of any status dated on or after start
 * + N months; it held at N months when it is followed up at N and none of its
 * `relapsed` checkpoints has a `relapseDate` on or before start + N months.
 */
export interface FollowUpState {
  /** At 6 months. */
  readonly m6: FollowUpCount;
  /** At 12 months. */
  readonly m12: FollowUpCount;
  /** At 24 months. */
  readonly m24: FollowUpCount;
}

/** The state of one group: everything needed to finish it, and nothing per case. */
export interface GroupState {
  /** The group's value per dimension, e.g. `{ wijk: "WK079601", quarter: "2024-Q2" }`; `""` for a case without a programme. */
  readonly by: Readonly<Partial<Record<GroupDimension, string>>>;
  /** The number of cases folded into the group. */
  readonly cases: number;
  /** Cases with at least one counterfactual line without a `reason`. */
  readonly unexplainedCases: number;
  /** Counterfactual lines without a `reason`, over the group's cases. */
  readonly unexplainedLines: number;
  /** Counterfactual lines, over the group's cases. */
  readonly counterfactualLines: number;
  /** Sums per payer, payers sorted. */
  readonly payers: Readonly<Record<string, PayerSumsState>>;
  /** Per instrument id, sorted. */
  readonly wellbeing: Readonly<Record<string, WellbeingState>>;
  /** Follow-up at 6, 12 and 24 months (see {@link FollowUpState}). */
  readonly followUp: FollowUpState;
  /** PM effects (pro memorie, not in euros) written on the group's cases. */
  readonly pm: number;
}

/**
 * A partial or complete roll-up as plain JSON: no bigint, no classes, amounts
 * as two-decimal strings, counts as integers, keys sorted. Aggregates folded
 * from any split of the same cases merge into the identical value.
 */
export interface RollupAggregate {
  /** Always `rendement-rollup`. */
  readonly format: "rendement-rollup";
  /**
   * 3 since groups count follow-up and PM effects; 2 named payer sums in full (1 used short names).
   * Versions 1 and 2 are read as version 3 with no follow-up and no PM counted.
   */
  readonly version: 3;
  /** The dimensions grouped by, in order, e.g. `["wijk", "quarter"]`; merged aggregates must agree. */
  readonly groupBy: readonly GroupDimension[];
  /** The lists the cases were priced with, by fingerprint. */
  readonly lists: Readonly<
    Record<
      string,
      {
        /** The list's id. */
        readonly id: string;
        /** Its version. */
        readonly version: string;
        /** The year of its euros. */
        readonly priceYear: number;
      }
    >
  >;
  /** Every case once, whatever the grouping (payer groups count a case once per payer). */
  readonly total: GroupState;
  /** Groups by key (the JSON array of the group's values). */
  readonly groups: Readonly<Record<string, GroupState>>;
}

/** One payer's position in the wrong-pocket matrix of a group. */
export interface PayerPosition {
  /** The payer's id, e.g. `gemeente` or `justitie`. */
  readonly payer: string;
  /** The counterfactual cost this payer would have borne, in cents. */
  readonly counterfactualCost: Cents;
  /** The actual cost this payer bore (its part of the intervention included), in cents. */
  readonly actualCost: Cents;
  /** The intervention cost it bore, in cents. */
  readonly invested: Cents;
  /** The cost it avoided, in cents. */
  readonly gained: Cents;
  /** gained − invested (its net return), in cents. */
  readonly net: Cents;
}

/** Wellbeing of one instrument in a finished group. */
export interface WellbeingSummary {
  /** The instrument's id, e.g. `rapportcijfer`. */
  readonly instrument: string;
  /** Cases with a before and an after score. */
  readonly measured: number;
  /** Cases with a before score only (not in the means). */
  readonly beforeOnly: number;
  /** The mean of the measured cases' before scores, 2 decimals, half-up (e.g. `"5.40"`); absent when none is measured. */
  readonly meanBefore?: string | undefined;
  /** The mean of their after scores, 2 decimals, half-up; absent when none is measured. */
  readonly meanAfter?: string | undefined;
  /** The mean change (after − before), 2 decimals, half-up; absent when none is measured. */
  readonly meanDelta?: string | undefined;
  /** The median change, exact from the group's deltas, 2 decimals, half-up; absent when none is measured. */
  readonly medianDelta?: string | undefined;
  /** Measured cases whose score went up. */
  readonly improved: number;
  /** Measured cases whose score stayed the same. */
  readonly unchanged: number;
  /** Measured cases whose score went down. */
  readonly worse: number;
  /** The share of measured cases that improved, 4 decimals, half-up (e.g. `"0.6667"`). */
  readonly shareImproved?: string | undefined;
  /** The share that stayed the same, 4 decimals, half-up. */
  readonly shareUnchanged?: string | undefined;
  /** The share that got worse, 4 decimals, half-up. */
  readonly shareWorse?: string | undefined;
}

/** Follow-up at one horizon in a finished group. */
export interface FollowUpSummary {
  /** The horizon in months after the case's start: 6, 12 or 24. */
  readonly months: number;
  /** Cases with a checkpoint dated on or after start + `months` months. */
  readonly followedUp: number;
  /** Of those, cases with no relapse (`relapseDate`) on or before start + `months` months. */
  readonly held: number;
  /** held / followedUp, 4 decimals, half-up (e.g. `"0.6667"`); absent when none is followed up. */
  readonly shareHeld?: string | undefined;
}

/** One finished group (or the grand total). */
export interface RollupRow extends FiguresWithRatio {
  /** The group's value per dimension, e.g. `{ wijk: "WK079601" }`; empty for the grand total. */
  readonly by: Readonly<Partial<Record<GroupDimension, string>>>;
  /** The number of cases in the group. */
  readonly cases: number;
  /** Cases with at least one counterfactual line without a `reason`. */
  readonly unexplainedCases: number;
  /** Counterfactual lines without a `reason`. */
  readonly unexplainedLines: number;
  /** Counterfactual lines in all. */
  readonly counterfactualLines: number;
  /** The societal lens: transfers left out. */
  readonly societal: FiguresWithRatio;
  /** The wrong-pocket matrix: per payer, sorted. */
  readonly payers: readonly PayerPosition[];
  /** Wellbeing per instrument, sorted by instrument id. */
  readonly wellbeing: readonly WellbeingSummary[];
  /** Follow-up at 6, 12 and 24 months, in that order (see {@link FollowUpState} for the definitions). */
  readonly followUp: readonly FollowUpSummary[];
  /** PM effects (pro memorie) written on the group's cases. */
  readonly pm: number;
}

/** A finished roll-up: rows per group, the grand total, and the lists used. */
export interface RollupTable {
  /** The dimensions grouped by, in order. */
  readonly groupBy: readonly GroupDimension[];
  /** Every list the cases were priced with, sorted by id, version, price year and fingerprint. */
  readonly lists: readonly PriceListStamp[];
  /** One row per group, in the order of their keys (the JSON array of the group's values, sorted as text). */
  readonly rows: readonly RollupRow[];
  /** The grand total over every case (each case once, whatever the grouping). */
  readonly total: RollupRow;
}

/** @internal Re-exported for convenience of report code. */
export type { Figures };
