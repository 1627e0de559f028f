import type { Warning } from "../errors/warning.js";
import type { Unit } from "../pricelists/schema.js";
import type { PriceListStamp } from "../pricelists/types.js";
import type { WellbeingResult } from "../wellbeing/types.js";

/** The five figures of DESIGN, as two-decimal euro strings. */
export interface Figures {
  /** C: what would have been paid without the intervention. */
  readonly counterfactualCost: string;
  /** A: what was paid with it, the intervention included. */
  readonly actualCost: string;
  /** I: the actual lines marked `intervention`. */
  readonly interventionCost: string;
  /** B = C − (A − I). */
  readonly avoidedCost: string;
  /** C − A = B − I. */
  readonly netReturn: string;
}

/** Figures with the return ratio B / I (absent where I is zero). */
export interface FiguresWithRatio extends Figures {
  /** B / I to 4 decimals, rounded half-up; absent where I is 0. */
  readonly ratio?: string | undefined;
}

export type { Warning } from "../errors/warning.js";

/** One priced line as an auditor re-performs it. */
export interface LineTrail {
  readonly side: "counterfactual" | "actual";
  /** For a probability-weighted counterfactual: which alternative. */
  readonly alternative?:
    | { readonly index: number; readonly label?: string | undefined; readonly probability: string }
    | undefined;
  /** Path of the line inside the case, e.g. `["actual", 1]`. */
  readonly path: readonly (string | number)[];
  /** Price item code; absent for ad-hoc amount lines. */
  readonly item?: string | undefined;
  /** The item's Dutch label, or the ad-hoc line's description. */
  readonly description: string;
  /** The item's label in Dutch and English (item lines only), for reports in either language. */
  readonly label?: { readonly nl: string; readonly en: string } | undefined;
  readonly unit?: Unit | undefined;
  /** Unit price in euros (two decimals). */
  readonly unitPrice?: string | undefined;
  /** The exact quantity: a decimal, or a fraction such as `"48/7"`. */
  readonly quantity?: string | undefined;
  /** How the quantity was derived, e.g. `"17/31 + 14/28 months"`. */
  readonly derivation?: string | undefined;
  /** The line's cost, rounded half-up to cents. */
  readonly cost: string;
  readonly payer: string;
  readonly domain: string;
  readonly transfer: boolean;
  readonly cashable?: boolean | undefined;
  readonly intervention: boolean;
  readonly reason?: string | undefined;
  readonly date?: string | undefined;
  readonly period?: { readonly from: string; readonly through: string } | undefined;
  readonly reliability?: "solid" | "rough" | undefined;
  readonly source?: { readonly title: string; readonly year: number } | undefined;
  /** The list the price came from (id@version) and its fingerprint. */
  readonly pricelist?: string | undefined;
}

/** The avoided cost split by whether avoiding it frees money in a budget. */
export interface CashableSplit {
  readonly cashable: string;
  readonly nonCashable: string;
  /** Avoided cost on items that do not say. */
  readonly unspecified: string;
}

/** The result of one case: what every report and roll-up is built from. */
export interface CaseResult extends FiguresWithRatio {
  readonly id: string;
  readonly wijk: string;
  readonly programme?: string | undefined;
  readonly start: string;
  readonly end?: string | undefined;
  readonly pricelist: PriceListStamp;
  /** The same figures per payer (financier), payers sorted. */
  readonly byPayer: Readonly<Record<string, Figures>>;
  /** The societal lens: transfers (benefits and the like) left out. */
  readonly societal: FiguresWithRatio & { readonly byPayer: Readonly<Record<string, Figures>> };
  readonly cashable: CashableSplit;
  /** Counterfactual lines, and how many of them carry no `reason`. */
  readonly counterfactualLines: number;
  readonly unexplainedCounterfactualLines: number;
  readonly wellbeing: readonly WellbeingResult[];
  /** The audit trail; present when requested. */
  readonly lines?: readonly LineTrail[] | undefined;
  readonly warnings: readonly Warning[];
}
