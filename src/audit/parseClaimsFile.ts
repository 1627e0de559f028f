import { validate } from "../schemas/validate.js";
import { type ClaimsFile, claimsFileSchema } from "./claimsSchema.js";

/**
 * Validates parsed JSON as a claims file (`{ "claims": [...] }`; a bare array
 * of claims is accepted too). Every problem is reported at once with its
 * path, e.g. `claims[2].claimedSavings`.
 *
 * @throws {@link InputError} when the file is not valid.
 *
 * @example
 * ```ts
 * const file = parseClaimsFile(JSON.parse(text), { file: "claims.json" });
 * file.claims[0].claimedSavings; // "7500.00"
 * ```
 */
export function parseClaimsFile(data: unknown, options: { file?: string | undefined } = {}): ClaimsFile {
  const input = Array.isArray(data) ? { claims: data } : data;
  return validate(claimsFileSchema, input, options);
}
