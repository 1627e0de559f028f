import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { MoneyOverflowError } from "../money/cents.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { createEvaluator, type EvaluatorOptions } from "./createEvaluator.js";
import type { Case } from "./schema.js";
import type { CaseResult } from "./types.js";

/** The results of a set of cases with the lists they were priced with. */
export interface Evaluation {
  readonly cases: readonly CaseResult[];
  /** Every list used: id, version, price year, fingerprint (and the resolved list itself). */
  readonly lists: readonly ResolvedPriceList[];
}

/**
 * Evaluates every case, or none: problems in any case (unknown items, a unit
 * that needs a rate, a score out of scale, no list valid on a date) are
 * collected for all cases with paths such as `cases[3].actual[1].item`, and
 * thrown together as one {@link InputError}.
 *
 * @example
 * ```ts
 * const { cases, lists } = evaluateCases(parseCaseFile(json).cases, { catalog: bundledCatalog(), instruments: loadInstruments() });
 * cases[0].netReturn;
 * ```
 */
export function evaluateCases(
  cases: readonly Case[],
  options: EvaluatorOptions & { file?: string | undefined },
): Evaluation {
  let ev: ReturnType<typeof createEvaluator>;
  try {
    ev = createEvaluator(options);
  } catch (e) {
    // The list the file names (or the caller passed) is unknown: name the file.
    if (e instanceof InputError && options.file !== undefined)
      throw new InputError(e.issues.map((i) => (i.file !== undefined ? i : { ...i, file: options.file as string })));
    throw e;
  }
  const issues: Issue[] = [];
  const results: CaseResult[] = [];
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    try {
      results.push(ev.evaluate(c));
    } catch (e) {
      // A cost beyond ±2^53 cents is a problem of this case's input, reported with its file and path like any other.
      if (e instanceof MoneyOverflowError) {
        issues.push({
          code: "amount_overflow",
          path: ["cases", i],
          message: e.message,
          expected: "costs within ±90 trillion euros",
          ...(options.file ? { file: options.file } : {}),
        });
        return;
      }
      if (!(e instanceof InputError)) throw e;
      for (const issue of e.issues) {
        // Issues that already name a file are about a price list, not this case: report them once.
        if (issue.file !== undefined) {
          const key = JSON.stringify(issue);
          if (!seen.has(key)) issues.push(issue);
          seen.add(key);
        } else
          issues.push({ ...issue, path: ["cases", i, ...issue.path], ...(options.file ? { file: options.file } : {}) });
      }
    }
  });
  if (issues.length > 0) throw new InputError(issues);
  const lists = [...ev.lists.values()].sort((a, b) => `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`));
  return { cases: results, lists };
}
