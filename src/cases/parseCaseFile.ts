import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import type { RejectedCase } from "./caseTypes.js";
import type { CaseFile } from "./schema.js";
import { brandCases, checkCaseFile, tooManyCases } from "./validCases.js";
import { wijkMap } from "./wijkTable.js";

/** Options of {@link parseCaseFile}. */
export interface ParseCaseFileOptions {
  /** Named in every problem, e.g. `cases.json`. */
  readonly file?: string | undefined;
  /**
   * Keep the valid cases of a file with some invalid ones: those are left out
   * and listed in `rejected` with their problems (paths as in the file).
   * Problems outside the cases (the file's own fields) still throw.
   */
  readonly skipInvalid?: boolean | undefined;
}

/**
 * Validates parsed JSON as a case file (`{ "cases": [...] }`). Every problem
 * is reported at once with its path, e.g. `cases[3].actual[1].period.through`.
 *
 * A valid case is returned as the object given, not a copy (nothing in a case
 * is transformed), marked as validated by a non-enumerable symbol: a quick
 * check accepts plain valid cases at a tenth of the schema's cost, and the
 * schema decides and explains the rest. Change a case afterwards and
 * validate it again (a spread or `structuredClone` drops the mark).
 *
 * @throws {@link InputError} when the file is not valid (with `skipInvalid`:
 * only when the problem is outside the cases).
 *
 * @example
 * ```ts
 * const file = parseCaseFile(JSON.parse(text), { file: "cases.json" });
 * file.cases.length;
 * ```
 */
export function parseCaseFile(data: unknown, options: ParseCaseFileOptions = {}): CaseFile {
  // A bare array of cases is accepted as a convenience.
  const input = Array.isArray(data) ? { cases: data } : data;
  const count = (input as { cases?: unknown } | null)?.cases;
  if (Array.isArray(count)) tooManyCases(count.length, options.file);
  const at = options.file !== undefined ? { file: options.file } : {};
  const r = checkCaseFile(input, at);
  if (r.ok) return finish(r.value);
  if (!options.skipInvalid) throw new InputError(r.issues);
  const byCase = new Map<number, Issue[]>();
  for (const issue of r.issues) {
    const [key, index] = issue.path;
    if (key !== "cases" || typeof index !== "number") throw new InputError(r.issues);
    byCase.set(index, [...(byCase.get(index) ?? []), issue]);
  }
  const cases = (input as { cases: unknown[] }).cases;
  const kept = { ...(input as object), cases: cases.filter((_, i) => !byCase.has(i)) };
  const again = checkCaseFile(kept, at);
  if (!again.ok) throw new InputError(r.issues);
  const rejected = [...byCase]
    .sort(([a], [b]) => a - b)
    .map(([index, issues]) => rejectedCase(cases[index], index, issues));
  return finish({ ...again.value, rejected });
}

/** Brands the validated cases and adds the wijk names by code for reports (a Map: a wijk may be called "__proto__"). */
function finish(value: CaseFile): CaseFile {
  const file = brandCases(value);
  return file.wijken ? { ...file, wijkNames: wijkMap(file.wijken) } : file;
}

function rejectedCase(data: unknown, index: number, issues: readonly Issue[]): RejectedCase {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === "string" ? { index, id, issues } : { index, issues };
}
