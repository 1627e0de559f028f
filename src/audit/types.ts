import type { LineTrailJson } from "../cases/caseResultJson.js";
import type { PmEffect } from "../cases/caseTypes.js";
import type { LineTrail } from "../cases/types.js";
import type { Issue } from "../errors/issue.js";
import type { Cents } from "../money/cents.js";
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

/**
 * How an audit result holds money: integer {@link Cents} inside ({@link AuditResult}), two-decimal euro
 * strings when written ({@link AuditResultJson}, from {@link auditResultToJson}).
 */
export type AuditMoney = Cents | string;

/** A priced line named as evidence: where it is, what it is, what it costs. */
export interface LineEvidence<M extends AuditMoney = Cents> {
  /** Where the line is in the case, e.g. `["counterfactual", 1]`. */
  readonly path: readonly (string | number)[];
  /** The item code (item lines only). */
  readonly item?: string | undefined;
  /** The item's Dutch label, or the ad-hoc line's description. */
  readonly description: string;
  /** The item's label in Dutch and English (item lines only). */
  readonly label?: LineTrail["label"];
  /** The line's cost, e.g. 300000 cents (`"3000.00"` when written). */
  readonly cost: M;
  /** The line's date, when it has one. */
  readonly date?: string | undefined;
  /** The line's period, when it has one. */
  readonly period?: LineTrail["period"];
  /** For a probability-weighted counterfactual: the alternative's position, from 0. */
  readonly alternative?: number | undefined;
  /** For a probability-weighted counterfactual: the alternative's probability, e.g. `"0.5"`. */
  readonly probability?: string | undefined;
}

/** The evidence of `savings_above_recomputed` and `savings_below_recomputed`. */
export interface SavingsEvidence<M extends AuditMoney = Cents> {
  /** The savings the claim states. */
  readonly claimedSavings: M;
  /** The part of the case's net return attributed to the claim. */
  readonly recomputedSavings: M;
  /** claimedSavings − recomputedSavings. */
  readonly difference: M;
  /** The tolerance the audit ran with. */
  readonly tolerance: M;
  /** The case's whole net return. */
  readonly caseNetReturn: M;
  /** The claims that share the case's net return, in attribution order. */
  readonly claimsOnCase: readonly string[];
}

/** The evidence of `spending_not_found`. */
export interface SpendingNotFoundEvidence<M extends AuditMoney = Cents> {
  /** The amount the claim says was spent. */
  readonly claimedAmount: M;
  /** The spending date the claim gives. */
  readonly date: string;
  /** Every intervention line of the case. */
  readonly interventionLines: readonly LineEvidence<M>[];
}

/** The evidence of `spending_amount_differs`. */
export interface SpendingAmountEvidence<M extends AuditMoney = Cents> {
  /** The amount the claim says was spent. */
  readonly claimedAmount: M;
  /** The spending date, on which the case records other amounts. */
  readonly date: string;
  /** The intervention lines of the case on that date. */
  readonly lines: readonly LineEvidence<M>[];
}

/** A claim named with its case. */
export interface ClaimOnCase {
  /** The claim's id. */
  readonly claim: string;
  /** The case it rests on. */
  readonly caseId: string;
}

/** The evidence of `duplicate_spending`. */
export interface DuplicateEvidence<M extends AuditMoney = Cents> {
  /** The duplicate group, `D1`, `D2`, … (see {@link AuditResult.duplicates}). */
  readonly group: string;
  /** The claim that keeps the spending. */
  readonly first: string;
  /** At most three other claims of the group. */
  readonly others: readonly ClaimOnCase[];
  /** How many more claims the group holds than `others` names; absent when none. */
  readonly moreOthers?: number | undefined;
  /** The one intervention line the claims share, when that is what they share. */
  readonly line?: LineEvidence<M> | undefined;
}

/** The horizon a line or a relapse is measured against. */
export interface HorizonEvidence {
  /** The horizon's first day: the later of the case start and the spending date. */
  readonly horizonStart: string;
  /** The horizon's last day. */
  readonly horizonEnd: string;
  /** The horizon's length in months. */
  readonly maxHorizonMonths: number;
}

/** The evidence of `counterfactual_horizon_exceeded`: the line, how it passes the horizon, and the horizon. */
export interface HorizonExceededEvidence<M extends AuditMoney = Cents> extends LineEvidence<M>, HorizonEvidence {
  /** The line ends on this date, after the horizon. */
  readonly end?: string | undefined;
  /** The line covers this duration (a quantity of a time unit), longer than the horizon. */
  readonly duration?: string | undefined;
}

/** The evidence of `relapsed_within_horizon`. */
export interface RelapseEvidence extends HorizonEvidence {
  /** The case that relapsed. */
  readonly caseId: string;
  /** The follow-up checkpoint, e.g. `["followUp", 1]`. */
  readonly path: readonly (string | number)[];
  /** The checkpoint's date. */
  readonly checkpointDate: string;
  /** The date of the relapse. */
  readonly relapseDate: string;
}

/** The evidence of `pricelist_not_valid_on_date` when the claim names a version that did not apply. */
export interface NamedListEvidence<M extends AuditMoney = Cents> {
  /** The list the claim names, `id@version`. */
  readonly named: string;
  /** The spending date. */
  readonly date: string;
  /** The named version's first valid date; absent when it does not exist. */
  readonly namedValidFrom?: string | undefined;
  /** The version valid on the spending date, `id@version`; absent when none was. */
  readonly validOnDate?: string | undefined;
  /** The case's net return priced with the named list, when it could be. */
  readonly namedListNetReturn?: M | undefined;
}

/** The evidence of `pricelist_not_valid_on_date` when no version of the list was valid on the spending date. */
export interface NoListEvidence {
  /** The list id. */
  readonly list: string;
  /** The spending date. */
  readonly date: string;
  /** Every version of the list, with its first valid date. */
  readonly versions: readonly {
    /** The version, e.g. `2024`. */
    readonly version: string;
    /** Its first valid date. */
    readonly validFrom: string;
  }[];
}

/** The evidence of `case_not_priceable`. */
export interface NotPriceableEvidence {
  /** The list that could not price the case, `id@version`. */
  readonly pricelist: string;
  /** The problems, with their params, so a report can say each in its own language. */
  readonly issues: readonly Pick<Issue, "code" | "path" | "message" | "params">[];
}

/** The evidence of `case_not_found` and `no_counterfactual`. */
export interface CaseEvidence {
  /** The case the claim names. */
  readonly caseId: string;
}

/** The evidence each finding code carries. */
export interface FindingEvidence<M extends AuditMoney = Cents> {
  /** See {@link SavingsEvidence}. */
  readonly savings_above_recomputed: SavingsEvidence<M>;
  /** See {@link SavingsEvidence}. */
  readonly savings_below_recomputed: SavingsEvidence<M>;
  /** See {@link SpendingNotFoundEvidence}. */
  readonly spending_not_found: SpendingNotFoundEvidence<M>;
  /** See {@link SpendingAmountEvidence}. */
  readonly spending_amount_differs: SpendingAmountEvidence<M>;
  /** See {@link DuplicateEvidence}. */
  readonly duplicate_spending: DuplicateEvidence<M>;
  /** The line without a reason. */
  readonly counterfactual_without_reason: LineEvidence<M>;
  /** See {@link HorizonExceededEvidence}. */
  readonly counterfactual_horizon_exceeded: HorizonExceededEvidence<M>;
  /** See {@link RelapseEvidence}. */
  readonly relapsed_within_horizon: RelapseEvidence;
  /** See {@link NamedListEvidence} and {@link NoListEvidence}. */
  readonly pricelist_not_valid_on_date: NamedListEvidence<M> | NoListEvidence;
  /** See {@link CaseEvidence}. */
  readonly no_counterfactual: CaseEvidence;
  /** See {@link CaseEvidence}. */
  readonly case_not_found: CaseEvidence;
  /** See {@link NotPriceableEvidence}. */
  readonly case_not_priceable: NotPriceableEvidence;
}

/** A finding of one code, with that code's evidence. */
export type FindingOf<C extends FindingCode, M extends AuditMoney = Cents> = {
  /** What was found, a stable code (see {@link FindingCode} and docs/audit.md). */
  readonly code: C;
  /** The finding in English, with its figures; Dutch reports word it from the code and evidence. */
  readonly message: string;
} & FindingEvidence<M>[C];

/**
 * One finding: a stable code, an English message, and the evidence of that code as fields (amounts in
 * cents; see {@link FindingEvidence}). Narrow on `code` to read the evidence.
 */
export type Finding<M extends AuditMoney = Cents> = { [C in FindingCode]: FindingOf<C, M> }[FindingCode];

/** The case recomputed for a claim, with the list valid on the spending date. */
export interface Recomputation<M extends AuditMoney = Cents> {
  /** The list that priced the case, valid on the spending date (or named by the claim or case). */
  readonly pricelist: PriceListStamp;
  /** The case's counterfactual cost (probability-weighted for alternatives). */
  readonly counterfactualCost: M;
  /** The case's actual cost (intervention included). */
  readonly actualCost: M;
  /** The part of the actual cost that is the intervention itself. */
  readonly interventionCost: M;
  /** counterfactualCost − actualCost: the case's net return, e.g. 5784947 cents (`"57849.47"` when written). */
  readonly netReturn: M;
  /** Cost of counterfactual lines without a reason (probability-weighted for alternatives). */
  readonly unexplainedCounterfactualCost: M;
  /** The claims on this case that share its net return, in attribution order. */
  readonly claimsOnCase: readonly string[];
  /** Every priced line (the audit trail). */
  readonly lines: readonly (M extends string ? LineTrailJson : LineTrail)[];
}

/** The audit of one claim. */
export interface AuditedClaim<M extends AuditMoney = Cents> {
  /** The claim's id, e.g. `WB-2024-041`. */
  readonly id: string;
  /** The case the claim rests on. */
  readonly caseId: string;
  /** The spending date, `YYYY-MM-DD`: it chooses the list version. */
  readonly date: string;
  /** The amount spent. */
  readonly amount: M;
  /** What was spent on, as the claim says. */
  readonly purpose: string;
  /** The outcome: confirmed within tolerance, over- or underclaimed, or unverifiable. */
  readonly status: ClaimStatus;
  /** The savings the claim states. */
  readonly claimedSavings: M;
  /** The part of the case's recomputed net return attributed to this claim; null when unverifiable. */
  readonly recomputedSavings: M | null;
  /** claimedSavings − recomputedSavings; null when unverifiable. */
  readonly difference: M | null;
  /** The part of the claimed savings that rests on counterfactual lines without a reason. */
  readonly unexplainedSavings: M;
  /** The case recomputed; absent when the case could not be found or priced. */
  readonly recomputation?: Recomputation<M> | undefined;
  /**
   * Present when counterfactual lines run past the policy horizon: the same
   * figures with every counterfactual line cut at the horizon (a dated line
   * after it left out, a period or duration prorated by time, exactly, and
   * probability-weighted like the counterfactual).
   */
  readonly withinHorizon?: WithinHorizon<M> | undefined;
  /** The case's effects that cannot be priced (PM, never euros), as written; absent when none. */
  readonly pm?: readonly PmEffect[] | undefined;
  /** Everything the audit found about this claim, in a fixed order; empty when nothing. */
  readonly findings: readonly Finding<M>[];
}

/** The figures of a claim within the policy horizon (see {@link AuditedClaim.withinHorizon}). */
export interface WithinHorizon<M extends AuditMoney = Cents> {
  /** The horizon: `maxHorizonMonths` after the later of the case start and the spending date, inclusive. */
  readonly from: string;
  /** The horizon's last day, `YYYY-MM-DD`. */
  readonly through: string;
  /** The counterfactual cost that lies beyond the horizon. */
  readonly beyondHorizon: M;
  /** The case's net return without that cost. */
  readonly netReturn: M;
  /** The claim's share of it, attributed as the full figure is. */
  readonly recomputedSavings: M;
  /** claimedSavings − recomputedSavings within the horizon. */
  readonly difference: M;
}

/** A set of claims on one spending (or one intervention line), listed once however many claims it holds. */
export interface DuplicateGroup<M extends AuditMoney = Cents> {
  /** `D1`, `D2`, …: what the claims' `duplicate_spending` findings refer to. */
  readonly id: string;
  /** The claim that keeps the spending. */
  readonly first: string;
  /** Every claim of the group, in file order. */
  readonly claims: readonly ClaimOnCase[];
  /** The spending they share (same date, amount and purpose). */
  readonly spending?:
    | {
        /** The spending date. */
        readonly date: string;
        /** The amount spent. */
        readonly amount: M;
        /** What it was spent on, as the keeping claim says. */
        readonly purpose: string;
      }
    | undefined;
  /** Or the one intervention line they all claim. */
  readonly line?:
    | ({
        /** The case whose line it is. */
        readonly caseId: string;
      } & LineEvidence<M>)
    | undefined;
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
export interface AuditSummary<M extends AuditMoney = Cents> {
  /** The number of claims audited. */
  readonly claims: number;
  /** The number of claims per status (every status present, zero where none). */
  readonly byStatus: Readonly<Record<ClaimStatus, number>>;
  /** Σ claimedSavings over all claims. */
  readonly claimedTotal: M;
  /** Claimed savings of confirmed claims. */
  readonly confirmedTotal: M;
  /** Σ recomputedSavings over verifiable claims. */
  readonly recomputedTotal: M;
  /** Σ (claimed − recomputed) over overclaimed claims. */
  readonly overclaimedExcess: M;
  /** Σ (recomputed − claimed) over underclaimed claims. */
  readonly underclaimedShortfall: M;
  /** Claimed savings of unverifiable claims. */
  readonly unverifiableTotal: M;
  /** Claimed savings resting on counterfactual lines without a reason. */
  readonly unexplainedTotal: M;
  /** Number of findings per code. */
  readonly findings: Readonly<Partial<Record<FindingCode, number>>>;
}

/** The options an audit ran with, as recorded in its result. */
export interface AuditSettings<M extends AuditMoney = Cents> {
  /** How far claimed savings may differ and still be confirmed, e.g. 0 (`"0.00"` when written). */
  readonly tolerance: M;
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

/** The result of {@link audit}: every amount in integer cents (write it with {@link auditResultToJson}). */
export interface AuditResult<M extends AuditMoney = Cents> {
  /** The options the audit ran with. */
  readonly settings: AuditSettings<M>;
  /** Every claim audited, in the order of the claims file. */
  readonly claims: readonly AuditedClaim<M>[];
  /** Totals and counts over all claims. */
  readonly summary: AuditSummary<M>;
  /** Claims on one spending, one entry per set (their findings refer to it by id). */
  readonly duplicates: readonly DuplicateGroup<M>[];
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

/** An {@link AuditResult} as written to a file (`rendement audit`'s JSON, a bundle's outputs): every amount a two-decimal euro string. */
export type AuditResultJson = AuditResult<string>;
