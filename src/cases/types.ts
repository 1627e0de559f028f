import type { Warning } from "../errors/warning.js";
import type { Cents } from "../money/cents.js";
import type { Unit } from "../pricelists/schema.js";
import type { PriceListStamp } from "../pricelists/types.js";
import type { WellbeingResult } from "../wellbeing/types.js";
import type { FollowUp, PmEffect } from "./caseTypes.js";

/**
 * The five figures of DESIGN, in integer cents (`4550000` is € 45.500,00). Strings appear only when a result is
 * serialised: {@link caseResultToJson} writes them as two-decimal euro strings.
 */
export interface Figures {
  /** C: what would have been paid without the intervention. */
  readonly counterfactualCost: Cents;
  /** A: what was paid with it, the intervention included. */
  readonly actualCost: Cents;
  /** I: the actual lines marked `intervention`. */
  readonly interventionCost: Cents;
  /** B = C − (A − I). */
  readonly avoidedCost: Cents;
  /** C − A = B − I. */
  readonly netReturn: Cents;
}

/** Figures with the return ratio B / I (absent where I is zero). */
export interface FiguresWithRatio extends Figures {
  /** B / I to 4 decimals, rounded half-up, as exact decimal text (`"11.1111"`: a ratio, not money); absent where I is 0. */
  readonly ratio?: string | undefined;
}

export type { Warning } from "../errors/warning.js";

/** One priced line as an auditor re-performs it. */
export interface LineTrail {
  /** Which side of the case the line is on: what would have happened, or what did. */
  readonly side: "counterfactual" | "actual";
  /** For a probability-weighted counterfactual: which alternative. */
  readonly alternative?:
    | {
        /** Its position among the case's alternatives, from 0. */
        readonly index: number;
        /** Its label as the case names it, e.g. `detentie`. */
        readonly label?: string | undefined;
        /** Its probability as a decimal string from 0 through 1, e.g. `"0.6"`; the line's cost counts with this weight. */
        readonly probability: string;
      }
    | undefined;
  /** Path of the line inside the case, e.g. `["actual", 1]`. */
  readonly path: readonly (string | number)[];
  /** Price item code; absent for ad-hoc amount lines. */
  readonly item?: string | undefined;
  /** The item's Dutch label, or the ad-hoc line's description. */
  readonly description: string;
  /** The item's label in Dutch and English (item lines only), for reports in either language. */
  readonly label?:
    | {
        /** In Dutch. */
        readonly nl: string;
        /** In English. */
        readonly en: string;
      }
    | undefined;
  /** What one unit of the item is (item lines only), e.g. `day`. */
  readonly unit?: Unit | undefined;
  /** Unit price in cents. */
  readonly unitPrice?: Cents | undefined;
  /** The exact quantity: a decimal, or a fraction such as `"48/7"`. */
  readonly quantity?: string | undefined;
  /** How the quantity was derived, e.g. `"17/31 + 14/28 months"`. */
  readonly derivation?: string | undefined;
  /** The line's cost, rounded half-up to cents. */
  readonly cost: Cents;
  /** Who pays (or would have paid) it, a payer id such as `justitie`. */
  readonly payer: string;
  /** The policy domain, e.g. `veiligheid`: the item's, or the one an ad-hoc line names. */
  readonly domain: string;
  /** A payment between parties (a benefit): counted for its payer, left out of the societal lens. */
  readonly transfer: boolean;
  /** Whether avoiding it frees money in a budget; absent where the list does not say. */
  readonly cashable?: boolean | undefined;
  /** Whether the line is the intervention itself (an actual line counted in the intervention cost). */
  readonly intervention: boolean;
  /** Why the counterfactual would have happened, as the case says; absent for actual lines and unexplained ones. */
  readonly reason?: string | undefined;
  /** The day of a one-off line, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  /** The days a line runs, both inclusive. */
  readonly period?:
    | {
        /** The first day, `YYYY-MM-DD`. */
        readonly from: string;
        /** The last day, `YYYY-MM-DD`, included. */
        readonly through: string;
      }
    | undefined;
  /** How firm the price is (item lines only): `solid`, or `rough` (an estimate with a range). */
  readonly reliability?: "solid" | "rough" | undefined;
  /** The price's public source (item lines only). */
  readonly source?:
    | {
        /** The source's title. */
        readonly title: string;
        /** The year of the figure. */
        readonly year: number;
      }
    | undefined;
  /** The list the price came from (id@version) and its fingerprint. */
  readonly pricelist?: string | undefined;
  /**
   * A counterfactual line cut at the case's relapse: the relapse date and the period as written
   * (`period` above is the part before the relapse, which is what was priced).
   */
  readonly relapseCut?:
    | {
        /** The relapse date (YYYY-MM-DD): the line's period now ends the day before it. */
        readonly relapseDate: string;
        /** The period as the case file wrote it, before the cut. */
        readonly written: {
          /** First day as written (YYYY-MM-DD). */
          readonly from: string;
          /** Last day as written (YYYY-MM-DD). */
          readonly through: string;
        };
      }
    | undefined;
}

/** How a relapse changed a case's counterfactual: it runs only until the relapse. */
export interface RelapseResult {
  /** The day from which the counterfactual's costs run again, `YYYY-MM-DD`. */
  readonly date: string;
  /** The checkpoint that reports it, e.g. `["followUp", 1]`. */
  readonly path: readonly (string | number)[];
  /** Counterfactual lines whose period was cut to end the day before the relapse. */
  readonly cut: readonly (readonly (string | number)[])[];
  /** Counterfactual lines dated on or after the relapse, left out. */
  readonly dropped: readonly (readonly (string | number)[])[];
}

/** The avoided cost split by whether avoiding it frees money in a budget. */
export interface CashableSplit {
  /** Avoided cost on items marked cashable (money a budget actually keeps), in cents. */
  readonly cashable: Cents;
  /** Avoided cost on items marked not cashable (capacity freed, not money), in cents. */
  readonly nonCashable: Cents;
  /** Avoided cost on items that do not say, in cents. */
  readonly unspecified: Cents;
}

/** The result of one case: what every report and roll-up is built from. */
export interface CaseResult extends FiguresWithRatio {
  /** The case's id, as in its file. */
  readonly id: string;
  /** The wijk (neighbourhood) the case belongs to, as its code or name in the file. */
  readonly wijk: string;
  /** The programme, when the case names one. */
  readonly programme?: string | undefined;
  /** The case's start date, `YYYY-MM-DD`: it chooses the list version. */
  readonly start: string;
  /** The case's end date, `YYYY-MM-DD`, when it has one. */
  readonly end?: string | undefined;
  /** The list that priced the case: id, version, price year and fingerprint. */
  readonly pricelist: PriceListStamp;
  /** The same figures per payer (financier), payers sorted. */
  readonly byPayer: Readonly<Record<string, Figures>>;
  /** The societal lens: transfers (benefits and the like) left out. */
  readonly societal: FiguresWithRatio & {
    /** The societal figures per payer, payers sorted. */
    readonly byPayer: Readonly<Record<string, Figures>>;
  };
  /** The avoided cost split by whether avoiding it frees money in a budget. */
  readonly cashable: CashableSplit;
  /** Counterfactual lines, and how many of them carry no `reason`. */
  readonly counterfactualLines: number;
  /** How many counterfactual lines carry no `reason` (an audit flags the savings resting on them). */
  readonly unexplainedCounterfactualLines: number;
  /** Wellbeing before and after, one entry per instrument measured, never mixed with euros. */
  readonly wellbeing: readonly WellbeingResult[];
  /** Present when a follow-up reports a relapse: what it cut from the counterfactual. */
  readonly relapse?: RelapseResult | undefined;
  /** The follow-up checkpoints as written; present when the case has any (the roll-up counts them). */
  readonly followUp?: readonly FollowUp[] | undefined;
  /** Effects of the case that cannot be priced (pro memorie), as written; present when the case has any. */
  readonly pm?: readonly PmEffect[] | undefined;
  /** The audit trail; present when requested. */
  readonly lines?: readonly LineTrail[] | undefined;
  /** What is worth a look but did not stop the computation; empty when nothing. */
  readonly warnings: readonly Warning[];
}
