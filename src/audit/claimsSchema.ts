import * as z from "zod";
import { amountString, isoDate, refineUnique } from "../schemas/common.js";
import type { Claim, ClaimsFile } from "./claimTypes.js";

// The validated shapes are named interfaces (claimTypes.ts); tests/types holds them equal to these schemas.
export type { Claim, ClaimsFile } from "./claimTypes.js";

/** A list reference as a claim may name it: `id` or `id@version`. */
const pricelistRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*(@[A-Za-z0-9][A-Za-z0-9._-]*)?$/, { message: "expected a list id or id@version" });

/** One werkbudget claim: spending on a case with the savings claimed for it. */
export const claimSchema = z.strictObject({
  id: z.string().min(1).describe("the claim's own id, unique in the file"),
  caseId: z.string().min(1).describe("the id of the case (casus) the spending belongs to"),
  date: isoDate.describe("the spending date"),
  amount: amountString.describe("the werkbudget spending, euros"),
  purpose: z.string().min(1).describe("what the money was spent on"),
  claimedSavings: amountString.describe("the savings claimed for this spending, euros"),
  pricelist: pricelistRef.optional().describe("the list the claimant priced with: id (version by date) or id@version"),
});

/** A claim as written (the same shape as {@link Claim}). */
export type ClaimInput = Claim;

/** A claims file: `{ "claims": [...] }`. */
export const claimsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    claims: z.array(claimSchema),
  })
  .superRefine(
    (f, ctx) =>
      void refineUnique(ctx, f.claims, (c) => c.id, {
        list: "claims",
        field: "id",
        what: "claim id",
        expected: "unique claim ids",
      }),
  );

/** A claims file as written (the same shape as {@link ClaimsFile}). */
export type ClaimsFileInput = ClaimsFile;
