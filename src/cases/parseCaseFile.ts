import { validate } from "../schemas/validate.js";
import { type CaseFile, caseFileSchema } from "./schema.js";
import { brandCases, tooManyCases } from "./validCases.js";
import { wijkMap } from "./wijkTable.js";

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
  const cases = (input as { cases?: unknown } | null)?.cases;
  if (Array.isArray(cases)) tooManyCases(cases.length, options.file);
  const file = brandCases(validate(caseFileSchema, input, options));
  // The names by code for reports; a Map, since a wijk may be called "__proto__".
  return file.wijken ? { ...file, wijkNames: wijkMap(file.wijken) } : file;
}
