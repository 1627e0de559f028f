import * as z from "zod/mini";
import { amountString, isoDate, pricelistRef, refineUnique } from "../schemas/common.js";
import type { Claim, ClaimsFile } from "./claimTypes.js";

// The validated shapes are named interfaces (claimTypes.ts); tests/types holds them equal to these schemas.
export type { Claim, ClaimsFile } from "./claimTypes.js";

/** One werkbudget claim: spending on a case with the savings claimed for it. */
export const claimSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.describe("the claim's own id, unique in the file")),
  caseId: z.string().check(z.minLength(1), z.describe("the id of the case (casus) the spending belongs to")),
  date: isoDate.check(z.describe("the spending date")),
  amount: amountString.check(z.describe("the werkbudget spending, euros")),
  purpose: z.string().check(z.minLength(1), z.describe("what the money was spent on")),
  claimedSavings: amountString.check(z.describe("the savings claimed for this spending, euros")),
  pricelist: z
    .optional(pricelistRef)
    .check(z.describe("the list the claimant priced with: id (version by date) or id@version")),
});

/** A claim as written (the same shape as {@link Claim}). */
export type ClaimInput = Claim;

/** A claims file: `{ "claims": [...] }`. */
export const claimsFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    description: z.optional(z.string()),
    claims: z.array(claimSchema),
  })
  .check(
    z.superRefine(
      (f, ctx) =>
        void refineUnique(ctx, f.claims, (c) => c.id, {
          list: "claims",
          field: "id",
          what: "claim id",
          expected: "unique claim ids",
        }),
    ),
  );

/** A claims file as written (the same shape as {@link ClaimsFile}). */
export type ClaimsFileInput = ClaimsFile;
