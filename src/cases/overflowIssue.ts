import type { Issue } from "../errors/issue.js";
import type { MoneyOverflowError } from "../money/cents.js";

/**
 * A cost beyond ±2^53 cents ({@link MoneyOverflowError}) as a problem of the input that caused it, with
 * its path (and file), like any other issue, so it can be said in either language (`issueText`): one
 * builder for the evaluation, the roll-up and the command line.
 *
 * @example
 * ```ts
 * overflowIssue(new MoneyOverflowError("a case total"), ["cases", 3]).params; // { what: "a case total" }
 * ```
 */
export function overflowIssue(e: MoneyOverflowError, path: readonly (string | number)[], file?: string): Issue {
  return {
    code: "amount_overflow",
    path,
    message: e.message,
    expected: "costs within ±90 trillion euros",
    params: { what: e.what },
    ...(file !== undefined ? { file } : {}),
  };
}
