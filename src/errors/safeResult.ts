import { InputError } from "./InputError.js";
import type { Issue } from "./issue.js";

/**
 * The outcome of a `safe…` function: the value, or every problem with the
 * input, never an exception for bad input (zod's `safeParse` shape).
 *
 * @example
 * ```ts
 * const r: SafeResult<number> = { success: false, issues: [{ code: "invalid_type", path: [], message: "expected number" }] };
 * if (!r.success) r.issues.length; // 1
 * ```
 */
export type SafeResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The result. */
      readonly data: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem, with file and path. */
      readonly issues: readonly Issue[];
    };

/**
 * @internal Runs `f`, turning an {@link InputError} into a failed
 * {@link SafeResult}; any other error is a bug and propagates.
 */
export function attempt<T>(f: () => T): SafeResult<T> {
  try {
    return { success: true, data: f() };
  } catch (e) {
    if (e instanceof InputError) return { success: false, issues: e.issues };
    throw e;
  }
}

/** @internal The asynchronous {@link attempt}. */
export async function attemptAsync<T>(f: () => Promise<T>): Promise<SafeResult<T>> {
  try {
    return { success: true, data: await f() };
  } catch (e) {
    if (e instanceof InputError) return { success: false, issues: e.issues };
    throw e;
  }
}
