import { attempt, type SafeResult } from "../errors/safeResult.js";
import type { Case, CaseFile } from "./caseTypes.js";
import { type EvaluateOptions, type Evaluation, evaluateCases } from "./evaluateCases.js";

/**
 * {@link evaluateCases} without exceptions: the evaluation, or every problem.
 * With `skipInvalid` it fails only for problems outside the cases (an unknown
 * list named by the caller or the file); bad cases land in `rejected`.
 *
 * @example
 * ```ts
 * const r = safeEvaluateCases(parseCaseFile(json), { skipInvalid: true });
 * if (r.success) r.data.rejected.map((x) => x.id);
 * ```
 */
export function safeEvaluateCases(
  input: CaseFile | readonly Case[],
  options: EvaluateOptions = {},
): SafeResult<Evaluation> {
  return attempt(() => evaluateCases(input, options));
}
