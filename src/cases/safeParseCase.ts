import { attempt, type SafeResult } from "../errors/safeResult.js";
import type { Case } from "./caseTypes.js";
import { type ParseCaseOptions, parseCase } from "./parseCase.js";

/**
 * {@link parseCase} without exceptions: the case, or every problem.
 *
 * @example
 * ```ts
 * const r = safeParseCase(formData);
 * if (!r.success) r.issues.map((i) => i.path.join("."));
 * ```
 */
export function safeParseCase(data: unknown, options: ParseCaseOptions = {}): SafeResult<Case> {
  return attempt(() => parseCase(data, options));
}
