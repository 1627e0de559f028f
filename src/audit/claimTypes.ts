/**
 * The validated shapes of a claims file, as named interfaces; the zod schemas
 * in `claimsSchema.ts` validate, and a type test holds them equal.
 */

/** One werkbudget claim: money spent on a case and the savings claimed for it. */
export interface Claim {
  /** The claim's own id, unique in the file. */
  id: string;
  /** The id of the case (casus) the spending belongs to. */
  caseId: string;
  /** The spending date, `YYYY-MM-DD`. */
  date: string;
  /** The werkbudget spending: euros as a decimal string. */
  amount: string;
  /** What the money was spent on. */
  purpose: string;
  /** The savings claimed for this spending: euros as a decimal string. */
  claimedSavings: string;
  /** The list the claimant priced with: `id` (version by date) or `id@version`. */
  pricelist?: string | undefined;
}

/** A validated claims file: `{ "claims": [...] }`. */
export interface ClaimsFile {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** What the file holds. */
  description?: string | undefined;
  /** The claims, with unique ids. */
  claims: Claim[];
}
