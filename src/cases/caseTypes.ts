/**
 * The validated shapes of a case file, as named interfaces so that the API
 * reference shows their fields. The zod schemas in `schema.ts` validate; a
 * type test holds each interface equal to its schema's output.
 */

import type { Issue } from "../errors/issue.js";

/** A period, inclusive at both ends (van … t/m …). */
export interface Period {
  /** The first day, `YYYY-MM-DD`. */
  from: string;
  /** The last day, `YYYY-MM-DD`, on or after `from`. */
  through: string;
}

/** A rate over a period, e.g. 4 (hours) per week. */
export interface Rate {
  /** How many units per `per`: a decimal string or number. */
  quantity: string | number;
  /** The period the quantity is counted per. */
  per: "day" | "week" | "month" | "year";
}

/**
 * One line of a scenario, in one of five forms: `{item, quantity}`,
 * `{item, period}`, `{item, period, rate}`, an amount not on the list
 * `{amount, description, payer, domain}`, or such an amount recurring over a
 * period `{amount, per, period, description, payer, domain}` (priced like a
 * list item whose unit is `per`).
 */
export interface Line {
  /** A price item code of the list, e.g. `detentie.dag`. */
  item?: string | undefined;
  /** How many units of the item: a non-negative decimal string or number. */
  quantity?: string | number | undefined;
  /** The period the item runs (its unit counted over the period, or `rate` per period), or a recurring amount's period. */
  period?: Period | undefined;
  /** A rate over `period`, e.g. 4 hours per week. */
  rate?: Rate | undefined;
  /** An amount not on the list (maatwerk, werkbudget spending): euros as a decimal string. */
  amount?: string | undefined;
  /** Ad-hoc lines only: the lowest and highest plausible amount (euros), drawn by a simulation. */
  range?:
    | {
        /** The lowest plausible amount, euros as a decimal string. */
        low: string;
        /** The highest plausible amount, euros as a decimal string. */
        high: string;
      }
    | undefined;
  /**
   * Ad-hoc lines only: the amount recurs per day, week, month or year over `period`
   * (e.g. 500000.00 per year), counted like a list item with that unit.
   */
  per?: "day" | "week" | "month" | "year" | undefined;
  /** What the ad-hoc amount is for. */
  description?: string | undefined;
  /** Who pays the ad-hoc amount (a payer id, e.g. `gemeente`). */
  payer?: string | undefined;
  /** The domain of the ad-hoc amount (a domain id, e.g. `wmo`). */
  domain?: string | undefined;
  /** Ad-hoc lines only: a payment between parties, left out of the societal total. */
  transfer?: boolean | undefined;
  /** Ad-hoc lines only: whether the amount is cash that a payer actually saves or spends. */
  cashable?: boolean | undefined;
  /** When it happened, `YYYY-MM-DD` (e.g. the werkbudget spending date). */
  date?: string | undefined;
  /** Actual side only: this line is the network's intervention. */
  intervention?: boolean | undefined;
  /** Why this would have happened; auditors ask for it on counterfactual lines. */
  reason?: string | undefined;
  /** A free note. */
  note?: string | undefined;
}

/** One alternative of a counterfactual with alternatives: its lines happen with a probability. */
export interface Alternative {
  /** The probability, a decimal from 0 through 1; the alternatives' probabilities sum to exactly 1. */
  probability: string | number;
  /** A short name, e.g. `detentie`. */
  label?: string | undefined;
  /** What would have happened in this alternative. */
  lines: Line[];
}

/**
 * How uncertain the alternatives' probabilities are: a simulation draws them from a Dirichlet around the stated ones.
 *
 * @example
 * ```ts
 * const u: ProbabilityUncertainty = { concentration: "20", reason: "estimate of the wijkteam, about 20 cases seen" };
 * ```
 */
export interface ProbabilityUncertainty {
  /** κ > 0, a decimal: how many cases' worth of evidence the probabilities rest on (larger: surer). */
  concentration: string | number;
  /** Why the probabilities are this uncertain. */
  reason: string;
}

/** A counterfactual given as alternatives with probabilities (expected cost). */
export interface Alternatives {
  /** At least one alternative. */
  alternatives: Alternative[];
  /** The probabilities are themselves uncertain (drawn by a simulation; the exact evaluation uses them as stated). */
  uncertainty?: ProbabilityUncertainty | undefined;
}

/** One wellbeing measurement. */
export interface Measurement {
  /** When it was measured, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The score per dimension id of the instrument. */
  scores: Record<string, number>;
  /** The resident's or professional's toelichting. */
  narrative?: string | undefined;
}

/** Wellbeing measured with one instrument, before and (optionally) after. */
export interface WellbeingMeasure {
  /** The instrument id, e.g. `rapportcijfer` or `zrm`. */
  instrument: string;
  /** The measurement at the start. */
  before: Measurement;
  /** The measurement later on, if taken. */
  after?: Measurement | undefined;
}

/**
 * The outcome a follow-up checkpoint records: `held` (the outcome holds: still housed, no new
 * detention), `relapsed` (the counterfactual event happened after all), `unknown` (asked, not
 * known), or an organisation's own status written with an `x-` prefix (e.g. `x-verhuisd`), which
 * is kept and reported but counts as neither held nor relapsed.
 */
export type FollowUpStatus = "held" | "relapsed" | "unknown" | `x-${string}`;

/** One follow-up checkpoint after the intervention: does the outcome hold? */
export interface FollowUp {
  /** When the outcome was checked, `YYYY-MM-DD`, on or after the case's start. */
  date: string;
  /** What was found. */
  status: FollowUpStatus;
  /**
   * `relapsed` only, and required there: the day from which the counterfactual's costs run again,
   * `YYYY-MM-DD`, from the case's start through the checkpoint's `date`. The avoided cost runs up
   * to the day before.
   */
  relapseDate?: string | undefined;
  /** What was found, in words. */
  note?: string | undefined;
}

/** An effect that cannot be priced (pro memorie): listed in every report as PM, never as euros. */
export interface PmEffect {
  /** The effect, e.g. `regained trust in the neighbourhood team`. */
  description: string;
  /** The domain it belongs to (a domain id, e.g. `zorg`), where one fits. */
  domain?: string | undefined;
  /** Why it cannot be priced, or what would be needed to price it. */
  note?: string | undefined;
}

/** A programme's own facts, beside its cases: effects of the programme as a whole. */
export interface ProgrammeInfo {
  /** The programme's name, as the cases write it in `programme`. */
  name: string;
  /** Effects of the programme that cannot be priced. */
  pm?: PmEffect[] | undefined;
}

/** A validated case (casus): what would have happened against what did. */
export interface Case {
  /** The case's id, unique within its file. */
  id: string;
  /** The wijk: a CBS code such as `WK079601`, or a name. */
  wijk: string;
  /** The programme the case belongs to. */
  programme?: string | undefined;
  /** The start date, `YYYY-MM-DD`; it chooses the list version when none is pinned. */
  start: string;
  /** The end date, `YYYY-MM-DD`, on or after `start`. */
  end?: string | undefined;
  /** This case's price list: `id` (version by date) or `id@version`; wins over the file's and the caller's. */
  pricelist?: string | undefined;
  /** What would have happened without the intervention: lines, or alternatives with probabilities. */
  counterfactual: Line[] | Alternatives;
  /** What happened, including the intervention itself. */
  actual: Line[];
  /** The resident's wellbeing before and after, per instrument. */
  wellbeing?: WellbeingMeasure[] | undefined;
  /** Follow-up checkpoints after the intervention, in any order; a relapse cuts the counterfactual at its date. */
  followUp?: FollowUp[] | undefined;
  /** Effects of this case that cannot be priced (pro memorie). */
  pm?: PmEffect[] | undefined;
  /** A free note. */
  notes?: string | undefined;
}

/** A wijk's name for its code. */
export interface WijkName {
  /** The wijk as the cases write it, e.g. `WK079601`. */
  code: string;
  /** Its name, e.g. `Ruwaard`. */
  name: string;
}

/** A validated case file: `{ "cases": [...] }`. */
export interface CaseFile {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** The default list of every case: `id` (version by date) or `id@version`. */
  pricelist?: string | undefined;
  /** What the file holds. */
  description?: string | undefined;
  /** True when the cases are made up (examples, tests). */
  synthetic?: boolean | undefined;
  /** Names of the wijken by code, as written in the file (e.g. from CBS's wijk- en buurtindeling). */
  wijken?: WijkName[] | undefined;
  /** Programmes with effects of their own that cannot be priced (pro memorie), by the name the cases use. */
  programmes?: ProgrammeInfo[] | undefined;
  /**
   * The wijk names by code, from `wijken` and any wijk table read beside the
   * file (see `withWijkNames`), for reports. Not part of the file format.
   */
  wijkNames?: ReadonlyMap<string, string> | undefined;
  /** The cases (with `skipInvalid`, only the valid ones). */
  cases: Case[];
  /**
   * Only when the file was read with `skipInvalid`: the cases left out, with
   * their problems. Not part of the file format.
   */
  rejected?: RejectedCase[] | undefined;
}

/** A case left out of a result because it is invalid or cannot be priced, with every problem it has. */
export interface RejectedCase {
  /** Its position in the input's `cases` (from 0). */
  readonly index: number;
  /** Its id, where the input gave one. */
  readonly id?: string | undefined;
  /** Every problem, with file and path (e.g. `cases[3].actual[1].item`). */
  readonly issues: readonly Issue[];
}
