import * as z from "zod/mini";
import { indexSeriesFileSchema } from "../pricelists/schema.js";
import { identifier, isoDate, versionLabel } from "../schemas/common.js";

const sha = z.string().check(z.regex(/^[0-9a-f]{64}$/, { message: "expected a SHA-256 in lowercase hex" }));

/** A resolved list as embedded in a bundle; its content is checked against its fingerprint, not here. */
const resolvedListSchema = z.looseObject({
  id: identifier,
  version: versionLabel,
  title: z.string(),
  publisher: z.string(),
  priceYear: z.number().check(z.int()),
  currency: z.literal("EUR"),
  validFrom: isoDate,
  example: z.boolean(),
  chain: z.array(z.strictObject({ id: identifier, version: versionLabel })),
  items: z.array(
    z.looseObject({ code: identifier, amount: z.string(), unit: z.string(), payer: identifier, domain: identifier }),
  ),
  fingerprint: sha,
});

/**
 * A re-performable bundle (`rendement compute|audit … --bundle FILE`): the
 * inputs, the resolved lists and index series used, the options, the outputs
 * and SHA-256 fingerprints over the canonical JSON of each, so
 * `rendement verify FILE` can recompute every figure from the bundle alone.
 */
export const bundleSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal("rendement-bundle"),
  formatVersion: z
    .union([z.literal(1), z.literal(2)])
    .check(z.describe("2 adds the audit's metadata and the fingerprint of the whole bundle; 1 is still verified")),
  kind: z.enum(["compute", "audit"]).check(z.describe("which command wrote it")),
  rendement: z.string().check(z.describe("the rendement version that wrote it")),
  inputs: z.strictObject({
    cases: z.unknown().check(z.describe("the case file as given")),
    claims: z.optional(z.unknown()).check(z.describe("the claims (audit bundles), in the JSON claims format")),
  }),
  options: z.strictObject({
    pricelist: z.optional(z.string()),
    priceYear: z.optional(z.number().check(z.int())),
    tolerance: z.optional(z.string()),
    maxHorizonMonths: z.optional(z.number().check(z.int())),
    auditor: z.optional(z.string()).check(z.describe("who performed the audit")),
    auditDate: z.optional(z.string()).check(z.describe("the date of the audit, YYYY-MM-DD")),
    scope: z.optional(z.string()).check(z.describe("what the audit covers")),
  }),
  lists: z.array(resolvedListSchema).check(z.describe("every resolved price list used, in full")),
  listVersions: z
    .array(z.strictObject({ id: identifier, version: versionLabel, validFrom: isoDate }))
    .check(z.describe("the versions known of every list consulted, for choosing a version by date")),
  indexSeries: z.array(indexSeriesFileSchema).check(z.describe("the index series the lists were restated with")),
  instruments: z.optional(z.array(z.unknown())).check(z.describe("compute bundles: the wellbeing instruments used")),
  outputs: z.unknown().check(z.describe("the result: compute {lists, cases} or the audit result")),
  fingerprints: z.strictObject({
    inputs: z.record(z.string(), sha),
    options: sha,
    lists: z.record(z.string(), sha),
    indexSeries: sha,
    instruments: z.optional(sha),
    outputs: sha,
    bundle: z
      .optional(sha)
      .check(
        z.describe(
          "format 2: SHA-256 of the canonical JSON of every field but the fingerprints (version, lists in full, version index)",
        ),
      ),
  }),
});

// The validated shape is a named interface (bundleTypes.ts); tests/types holds it equal to this schema.
export type { Bundle } from "./bundleTypes.js";
