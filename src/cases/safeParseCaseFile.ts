import { attempt, type SafeResult } from "../errors/safeResult.js";
import type { CaseFile } from "./caseTypes.js";
import { type ParseCaseFileOptions, parseCaseFile } from "./parseCaseFile.js";

/**
 * {@link parseCaseFile} without exceptions: the case file, or every problem.
 *
 * @example
 * ```ts
 * const r = safeParseCaseFile(JSON.parse(text), { file: "cases.json" });
 * if (r.success) r.data.cases.length;
 * else console.error(formatIssues(r.issues));
 * ```
 */
export function safeParseCaseFile(data: unknown, options: ParseCaseFileOptions = {}): SafeResult<CaseFile> {
  return attempt(() => parseCaseFile(data, options));
}
