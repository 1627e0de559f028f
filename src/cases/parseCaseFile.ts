import { validate } from "../schemas/validate.js";
import { type CaseFile, caseFileSchema } from "./schema.js";

/**
 * Validates parsed JSON as a case file (`{ "cases": [...] }`). Every problem
 * is reported at once with its path, e.g. `cases[3].actual[1].period.through`.
 *
 * @throws {@link InputError} when the file is not valid.
 *
 * @example
 * ```ts
 * const file = parseCaseFile(JSON.parse(text), { file: "cases.json" });
 * file.cases.length;
 * ```
 */
export function parseCaseFile(data: unknown, options: { file?: string | undefined } = {}): CaseFile {
  // A bare array of cases is accepted as a convenience.
  const input = Array.isArray(data) ? { cases: data } : data;
  return validate(caseFileSchema, input, options);
}
