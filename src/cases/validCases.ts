import { InputError } from "../errors/InputError.js";
import { check, type ValidateOptions } from "../schemas/validate.js";
import { acceptedCaseFileSchema, type Case, type CaseFile, caseFileSchema } from "./schema.js";

// The brand: a non-enumerable property, under a symbol only this module holds, on each case the
// case schema returned. A spread, JSON or structuredClone does not copy it, so a copy (or an object
// built by hand) is validated again; it is data on the case, not a registry, so the core keeps no state.
const VALID = Symbol("rendement.validCase");

/**
 * The most cases a document read whole may hold (a case file, a CSV or a
 * spreadsheet): 100,000 took 1.8 GB to read, check and compute. More are
 * streamed as JSON lines, one case per line, in constant memory.
 */
export const MAX_CASES_IN_FILE = 100_000;

/** @internal What to do with more cases than a document read whole may hold (too many, or too large a file). */
export const CASES_AS_JSON_LINES =
  "more cases as JSON lines (.jsonl: one case object per line), which is streamed in constant memory";

/**
 * @internal Refuses a document with more than {@link MAX_CASES_IN_FILE}
 * cases before it is validated or computed, saying how to go beyond.
 */
export function tooManyCases(count: number, file: string | undefined): void {
  if (count <= MAX_CASES_IN_FILE) return;
  throw new InputError([
    {
      code: "too_many_cases",
      path: ["cases"],
      message: `holds ${grouped(count)} cases; a file read whole holds at most ${grouped(MAX_CASES_IN_FILE)}`,
      expected: CASES_AS_JSON_LINES,
      params: { count: grouped(count), limit: grouped(MAX_CASES_IN_FILE) },
      ...(file ? { file } : {}),
    },
  ]);
}

/**
 * @internal Marks the cases of a validated case file as validated, so that
 * {@link ensureValidCases} does not check them twice. Only the parsers call it.
 */
export function brandCases<T extends { readonly cases: readonly Case[] }>(file: T): T {
  for (const c of file.cases)
    if (!Object.hasOwn(c, VALID)) Object.defineProperty(c, VALID, { value: true, enumerable: false });
  return file;
}

/**
 * Whether a case came from a parser of this library (`parseCaseFile`,
 * `parseCasesCsv`, `parseCaseRows`, `readCasesJsonLines`) unchanged in
 * identity. A spread copy or a case built by hand is not branded.
 *
 * @example
 * ```ts
 * isValidatedCase(parseCaseFile(json).cases[0]); // true
 * isValidatedCase({ ...parseCaseFile(json).cases[0] }); // false: a copy is checked again
 * ```
 */
export function isValidatedCase(c: unknown): c is Case {
  return typeof c === "object" && c !== null && Object.hasOwn(c, VALID);
}

/**
 * @internal The one check of a case file: the quick path first, which keeps the input's own case objects,
 * then the schema, which decides and explains, whenever the quick path refuses anything.
 */
export function checkCaseFile(
  input: unknown,
  opts: ValidateOptions = {},
): ReturnType<typeof check<typeof caseFileSchema>> {
  const quick = check(acceptedCaseFileSchema, input, opts);
  return quick.ok ? quick : check(caseFileSchema, input, opts);
}

/**
 * The entry check of every function that computes with cases: cases a parser
 * returned pass at the cost of one property lookup each; anything else (a
 * case built in code, a copy, an object from elsewhere) is validated by the
 * case file schema, so that `quantity: "-5"`, `"abc"` or a start of
 * `2024-02-30` is an {@link InputError} with paths `cases[i]…`, never a
 * figure. Changing a parsed case in place afterwards is not detected: build a
 * new case instead (a copy is validated again).
 *
 * @throws {@link InputError} listing every problem of every unvalidated case.
 *
 * @example
 * ```ts
 * evaluateCases([{ id: "c1", wijk: "A", start: "2024-02-30", counterfactual: [], actual: [] }], { catalog });
 * // throws: cases[0].start: "2024-02-30" is not a real calendar date (February 2024 has 29 days)
 * ```
 */
export function ensureValidCases(cases: unknown, options: { file?: string | undefined } = {}): readonly Case[] {
  if (Array.isArray(cases) && cases.every(isValidatedCase)) return cases;
  const f = options.file ? { file: options.file } : {};
  if (!Array.isArray(cases))
    throw new InputError([
      { code: "invalid_type", path: ["cases"], message: "expected a list of cases", params: { rule: "cases" }, ...f },
    ]);
  const r = checkCaseFile({ cases }, f);
  if (!r.ok) throw new InputError(r.issues);
  return brandCases(r.value as CaseFile).cases;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
