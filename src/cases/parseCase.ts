import { validate } from "../schemas/validate.js";
import type { Case } from "./caseTypes.js";
import { caseSchema } from "./schema.js";

/** Options of {@link parseCase}. */
export interface ParseCaseOptions {
  /** Named in every problem. */
  readonly file?: string | undefined;
  /** Where the case is in its input, put before every problem's path (e.g. `["line", 7]`). */
  readonly path?: readonly (string | number)[] | undefined;
}

/**
 * Validates one case (a form, a JSON line, a database row turned object):
 * every problem at once, with its path.
 *
 * @throws {@link InputError} when the case is not valid.
 *
 * @example
 * ```ts
 * const c = parseCase({ id: "c1", wijk: "WK079601", start: "2024-03-01", counterfactual: [], actual: [] });
 * c.id; // "c1"
 * ```
 */
export function parseCase(data: unknown, options: ParseCaseOptions = {}): Case {
  return validate(caseSchema, data, options);
}
