import { formatPath, type Issue } from "./issue.js";

/**
 * Thrown when input (a price list, a case file, a claim file, options) is
 * invalid. It carries every problem found, never just the first, so a user
 * can fix a file in one pass. No partial result accompanies it.
 *
 * @example
 * ```ts
 * try {
 *   parseCaseFile(json, { file: "cases.json" });
 * } catch (e) {
 *   if (e instanceof InputError) console.error(formatIssues(e.issues));
 * }
 * ```
 */
export class InputError extends Error {
  /** Every problem found, with file and path. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    super(
      first === undefined
        ? "invalid input"
        : `${issues.length} problem${issues.length === 1 ? "" : "s"} in input; first: ${first.file ? `${first.file}: ` : ""}${formatPath(first.path)}: ${first.message}`,
    );
    this.name = "InputError";
    this.issues = issues;
  }

  /** The issues as plain data, for JSON output. */
  toJSON(): {
    /** Always `InputError`. */
    name: string;
    /** Every problem found. */
    issues: readonly Issue[];
  } {
    return { name: this.name, issues: this.issues };
  }
}

/**
 * Whether `e` is an {@link InputError} (also across realms and bundles).
 *
 * @example
 * ```ts
 * try { evaluateCases(cases, { catalog }); } catch (e) { if (isInputError(e)) report(e.issues); else throw e; }
 * ```
 */
export function isInputError(e: unknown): e is InputError {
  return (
    e instanceof InputError ||
    (typeof e === "object" &&
      e !== null &&
      (e as { name?: unknown }).name === "InputError" &&
      Array.isArray((e as { issues?: unknown }).issues))
  );
}
