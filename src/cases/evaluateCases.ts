import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { MoneyOverflowError } from "../money/cents.js";
import { bundledCatalog } from "../pricelists/bundledCatalog.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import type { Case, CaseFile, RejectedCase } from "./caseTypes.js";
import { createEvaluator, type EvaluatorOptions } from "./createEvaluator.js";
import { overflowIssue } from "./overflowIssue.js";
import type { CaseResult } from "./types.js";
import { ensureValidCases } from "./validCases.js";

/** Options of {@link evaluateCases}. */
export interface EvaluateOptions extends Omit<EvaluatorOptions, "catalog"> {
  /** The lists and index series to price with. Default: the bundled ones (`bundledCatalog()`). */
  readonly catalog?: PriceListCatalog | undefined;
  /** Named in every problem, e.g. `cases.json`. */
  readonly file?: string | undefined;
  /**
   * Evaluate the valid cases of an input with some bad ones: a case that
   * cannot be priced (or that `parseCaseFile` left out with its own
   * `skipInvalid`) is listed in {@link Evaluation.rejected} with its problems
   * instead of failing the whole evaluation. Off by default: all or nothing.
   */
  readonly skipInvalid?: boolean | undefined;
}

/** The results of a set of cases with the lists they were priced with. */
export interface Evaluation {
  /** One result per case, in input order (without the rejected ones). */
  readonly cases: readonly CaseResult[];
  /** Every list used: id, version, price year, fingerprint (and the resolved list itself). */
  readonly lists: readonly ResolvedPriceList[];
  /** With `skipInvalid`: the cases left out, with every problem (paths as in the input). Otherwise empty. */
  readonly rejected: readonly RejectedCase[];
}

function isCaseFile(input: CaseFile | readonly Case[]): input is CaseFile {
  return !Array.isArray(input);
}

/**
 * Evaluates a whole case file (its file-level `pricelist` honoured) or an
 * array of cases. The list is the case's own `pricelist`, else the caller's
 * `pricelist`, else the file's, else `sociaal-domein`; its version is the one
 * valid on each case's start date unless pinned (`id@version`). The bundled
 * catalog and the bundled wellbeing instruments are the defaults.
 *
 * All or nothing by default: problems in any case (unknown items, a unit that
 * needs a rate, a score out of scale, no list valid on a date) are collected
 * for all cases with paths such as `cases[3].actual[1].item` and thrown
 * together as one {@link InputError}. With `skipInvalid`, the valid cases are
 * evaluated and the others listed in `rejected`.
 *
 * @example
 * ```ts
 * const { cases, lists } = evaluateCases(parseCaseFile(json, { file: "cases.json" }));
 * cases[0]?.netReturn; // 5784947 (cents: € 57.849,47)
 * ```
 */
export function evaluateCases(input: CaseFile | readonly Case[], options: EvaluateOptions = {}): Evaluation {
  const file = isCaseFile(input) ? input : undefined;
  // Parsed cases pass at one lookup each; anything else is validated before it reaches arithmetic.
  const cases = ensureValidCases(file ? file.cases : input, { file: options.file });
  const pricelist = options.pricelist ?? file?.pricelist;
  const ev = evaluatorFor({ ...options, ...(pricelist !== undefined ? { pricelist } : {}) });
  // Cases a parser already left out: positions in the file, so paths stay true to it.
  const before = file?.rejected ?? [];
  const position = filePositions(cases.length, before);
  const byCase = new Map<number, Issue[]>();
  const listIssues: Issue[] = [];
  const seen = new Set<string>();
  const results: CaseResult[] = [];
  cases.forEach((c, i) => {
    const at = position(i);
    const problems = caseProblems(() => results.push(ev.evaluate(c)), at, options.file);
    for (const issue of problems) {
      // Issues that already name a file are about a price list, not this case: report them once.
      if (issue.file !== undefined && issue.path[0] !== "cases") {
        const key = JSON.stringify(issue);
        if (!seen.has(key)) listIssues.push(issue);
        seen.add(key);
      } else byCase.set(at, [...(byCase.get(at) ?? []), issue]);
    }
  });
  const rejected = [
    ...before,
    ...[...byCase].map(([index, issues]) => ({ index, id: cases[index - shift(index, before)]?.id, issues })),
  ].sort((a, b) => a.index - b.index);
  if (listIssues.length > 0 || (rejected.length > 0 && !options.skipInvalid))
    throw new InputError([...rejected.flatMap((r) => r.issues), ...listIssues]);
  const lists = [...ev.lists.values()].sort((a, b) => `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`));
  return { cases: results, lists, rejected };
}

function evaluatorFor(options: EvaluateOptions): ReturnType<typeof createEvaluator> {
  try {
    return createEvaluator({
      ...options,
      catalog: options.catalog ?? bundledCatalog(),
      instruments: options.instruments ?? loadInstruments(),
    });
  } catch (e) {
    // The list the file names (or the caller passed) is unknown: name the file.
    const file = options.file;
    if (e instanceof InputError && file !== undefined)
      throw new InputError(e.issues.map((i) => (i.file !== undefined ? i : { ...i, file })));
    throw e;
  }
}

/** The problems of evaluating one case (`run`), with paths from the input's root. */
function caseProblems(run: () => void, index: number, file: string | undefined): readonly Issue[] {
  const at = file !== undefined ? { file } : {};
  try {
    run();
    return [];
  } catch (e) {
    // A cost beyond ±2^53 cents is a problem of this case's input, reported with its file and path like any other.
    if (e instanceof MoneyOverflowError) return [overflowIssue(e, ["cases", index], file)];
    if (!(e instanceof InputError)) throw e;
    return e.issues.map((issue) =>
      issue.file !== undefined ? issue : { ...issue, path: ["cases", index, ...issue.path], ...at },
    );
  }
}

/** How many rejected positions lie before file position `at`. */
function shift(at: number, rejected: readonly RejectedCase[]): number {
  return rejected.filter((r) => r.index < at).length;
}

/** Maps an index into the kept cases to the case's position in the file. */
function filePositions(count: number, rejected: readonly RejectedCase[]): (i: number) => number {
  if (rejected.length === 0) return (i) => i;
  const skip = new Set(rejected.map((r) => r.index));
  const out: number[] = [];
  for (let p = 0; out.length < count; p++) if (!skip.has(p)) out.push(p);
  return (i) => out[i] ?? i;
}
