import type { LineTrailJson } from "../cases/caseResultJson.js";
import type { PmEffect } from "../cases/caseTypes.js";
import type { PriceListStamp } from "../pricelists/types.js";

/** The outcome of auditing one claim. */
export type ClaimStatus = "confirmed" | "overclaimed" | "underclaimed" | "unverifiable";

/** The stable codes of audit findings (see docs/audit.md). */
export type FindingCode =
  | "savings_above_recomputed"
  | "savings_below_recomputed"
  | "spending_not_found"
  | "spending_amount_differs"
  | "duplicate_spending"
  | "counterfactual_without_reason"
  | "counterfactual_horizon_exceeded"
  | "relapsed_within_horizon"
  | "pricelist_not_valid_on_date"
  | "no_counterfactual"
  | "case_not_found"
  | "case_not_priceable";

/** One finding: a stable code, an English message, and the evidence as fields. */
export interface Finding {
  /** What was found, a stable code (see {@link FindingCode} and docs/audit.md). */
  readonly code: FindingCode;
  /** The finding in English, with its figures; Dutch reports word it from the code and evidence. */
  readonly message: string;
  /** The evidence, by name (e.g. `claimed`, `recomputed`, `duplicateGroup`): plain JSON values. */
  readonly [evidence: string]: unknown;
}

/** The case recomputed for a claim, with the list valid on the spending date. */
export interface Recomputation {
  /** The list that priced the case, valid on the spending date (or named by the claim or case). */
  readonly pricelist: PriceListStamp;
  /** The case's counterfactual cost, euros as a decimal string with two decimals (probability-weighted for alternatives). */
  readonly counterfactualCost: string;
  /** The case's actual cost (intervention included), euros with two decimals. */
  readonly actualCost: string;
  /** The part of the actual cost that is the intervention itself, euros with two decimals. */
  readonly interventionCost: string;
  /** counterfactualCost − actualCost: the case's net return, euros with two decimals, e.g. `"57849.47"`. */
  readonly netReturn: string;
  /** Cost of counterfactual lines without a reason (probability-weighted for alternatives). */
  readonly unexplainedCounterfactualCost: string;
  /** The claims on this case that share its net return, in attribution order. */
  readonly claimsOnCase: readonly string[];
  /** Every priced line (the audit trail). */
  readonly lines: readonly LineTrailJson[];
}

/** The audit of one claim. */
export interface AuditedClaim {
  /** The claim's id, e.g. `WB-2024-041`. */
  readonly id: string;
  /** The case the claim rests on. */
  readonly caseId: string;
  /** The spending date, `YYYY-MM-DD`: it chooses the list version. */
  readonly date: string;
  /** The amount spent, euros as a decimal string with two decimals. */
  readonly amount: string;
  /** What was spent on, as the claim says. */
  readonly purpose: string;
  /** The outcome: confirmed within tolerance, over- or underclaimed, or unverifiable. */
  readonly status: ClaimStatus;
  /** The savings the claim states, euros with two decimals. */
  readonly claimedSavings: string;
  /** The part of the case's recomputed net return attributed to this claim; null when unverifiable. */
  readonly recomputedSavings: string | null;
  /** claimedSavings − recomputedSavings; null when unverifiable. */
  readonly difference: string | null;
  /** The part of the claimed savings that rests on counterfactual lines without a reason. */
  readonly unexplainedSavings: string;
  /** The case recomputed; absent when the case could not be found or priced. */
  readonly recomputation?: Recomputation | undefined;
  /**
   * Present when counterfactual lines run past the policy horizon: the same
   * figures with every counterfactual line cut at the horizon (a dated line
   * after it left out, a period or duration prorated by time, exactly, and
   * probability-weighted like the counterfactual).
   */
  readonly withinHorizon?: WithinHorizon | undefined;
  /** The case's effects that cannot be priced (PM, never euros), as written; absent when none. */
  readonly pm?: readonly PmEffect[] | undefined;
  /** Everything the audit found about this claim, in a fixed order; empty when nothing. */
  readonly findings: readonly Finding[];
}

/** The figures of a claim within the policy horizon (see {@link AuditedClaim.withinHorizon}). */
export interface WithinHorizon {
  /** The horizon: `maxHorizonMonths` after the later of the case start and the spending date, inclusive. */
  readonly from: string;
  /** The horizon's last day, `YYYY-MM-DD`. */
  readonly through: string;
  /** The counterfactual cost that lies beyond the horizon. */
  readonly beyondHorizon: string;
  /** The case's net return without that cost. */
  readonly netReturn: string;
  /** The claim's share of it, attributed as the full figure is. */
  readonly recomputedSavings: string;
  /** claimedSavings − recomputedSavings within the horizon. */
  readonly difference: string;
}

/** A set of claims on one spending (or one intervention line), listed once however many claims it holds. */
export interface DuplicateGroup {
  /** `D1`, `D2`, …: what the claims' `duplicate_spending` findings refer to. */
  readonly id: string;
  /** The claim that keeps the spending. */
  readonly first: string;
  /** Every claim of the group, in file order. */
  readonly claims: readonly { readonly claim: string; readonly caseId: string }[];
  /** The spending they share (same date, amount and purpose). */
  readonly spending?: { readonly date: string; readonly amount: string; readonly purpose: string } | undefined;
  /** Or the one intervention line they all claim. */
  readonly line?: ({ readonly caseId: string } & Readonly<Record<string, unknown>>) | undefined;
}

/** Where a price came from: the list item's source, for the auditor to look up. */
export interface PriceSource {
  /** The list, `id@version`. */
  readonly list: string;
  /** The item code. */
  readonly item: string;
  /** The source's title. */
  readonly title: string;
  /** Who published it. */
  readonly publisher?: string | undefined;
  /** The year of the figure. */
  readonly year: number;
  /** Where it can be read. */
  readonly url?: string | undefined;
}

/** Totals over all claims. */
export interface AuditSummary {
  /** The number of claims audited. */
  readonly claims: number;
  /** The number of claims per status (every status present, zero where none). */
  readonly byStatus: Readonly<Record<ClaimStatus, number>>;
  /** Σ claimedSavings over all claims, euros with two decimals. */
  readonly claimedTotal: string;
  /** Claimed savings of confirmed claims. */
  readonly confirmedTotal: string;
  /** Σ recomputedSavings over verifiable claims. */
  readonly recomputedTotal: string;
  /** Σ (claimed − recomputed) over overclaimed claims. */
  readonly overclaimedExcess: string;
  /** Σ (recomputed − claimed) over underclaimed claims. */
  readonly underclaimedShortfall: string;
  /** Claimed savings of unverifiable claims. */
  readonly unverifiableTotal: string;
  /** Claimed savings resting on counterfactual lines without a reason. */
  readonly unexplainedTotal: string;
  /** Number of findings per code. */
  readonly findings: Readonly<Partial<Record<FindingCode, number>>>;
}

/** The options an audit ran with, as recorded in its result. */
export interface AuditSettings {
  /** How far claimed savings may differ and still be confirmed, euros as a decimal string (e.g. `"0.00"`). */
  readonly tolerance: string;
  /** How many months after the spending a counterfactual line may reach (e.g. `12`). */
  readonly maxHorizonMonths: number;
  /** The list id (or `id@version`) used where neither claim, case nor file names one, when given. */
  readonly pricelist?: string | undefined;
  /** The price year every list was restated to, when given. */
  readonly priceYear?: number | undefined;
  /** Who performed the audit (`--auditor`). */
  readonly auditor?: string | undefined;
  /** The date of the audit (`--audit-date`), `YYYY-MM-DD`. */
  readonly auditDate?: string | undefined;
  /** What the audit covers (`--scope`). */
  readonly scope?: string | undefined;
}

/** The result of {@link audit}. */
export interface AuditResult {
  /** The options the audit ran with. */
  readonly settings: AuditSettings;
  /** Every claim audited, in the order of the claims file. */
  readonly claims: readonly AuditedClaim[];
  /** Totals and counts over all claims. */
  readonly summary: AuditSummary;
  /** Claims on one spending, one entry per set (their findings refer to it by id). */
  readonly duplicates: readonly DuplicateGroup[];
  /** The source of every list item a recomputation priced, sorted by list and item. */
  readonly sources: readonly PriceSource[];
  /** Every list used: id, version, price year, validFrom, fingerprint. */
  readonly lists: readonly (PriceListStamp & {
    /** The list's title. */
    readonly title: string;
    /** The first date the version applies to, `YYYY-MM-DD`. */
    readonly validFrom: string;
    /** True for an illustrative list whose figures are not a public tariff. */
    readonly example: boolean;
  })[];
}
