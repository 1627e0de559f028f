import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { inexactNumberIssues } from "../schemas/parseJsonText.js";
import { check } from "../schemas/validate.js";
import { type TextSource, textLines } from "../streams/textLines.js";
import { acceptCase } from "./acceptCase.js";
import type { Case } from "./caseTypes.js";
import { caseSchema } from "./schema.js";
import { brandCases } from "./validCases.js";

/** Options of {@link parseCasesJsonLines}. */
export interface JsonLinesOptions {
  /** Named in every problem. */
  readonly file?: string | undefined;
  /** Told the (1-based) line number of each case just before it is yielded, to name it in later problems. */
  readonly onLine?: ((line: number) => void) | undefined;
}

/**
 * Reads cases from JSON lines (one case object per line, as in a case file's
 * `cases` array) arriving as a stream: a `fetch` body, a web
 * `ReadableStream`, a Node stream or any `AsyncIterable` of strings or bytes.
 * Each line is validated as it arrives, so millions of cases are never held
 * in memory. Blank lines are skipped. Invalid lines are not yielded; their
 * problems (path `line[n]…`, n the 1-based line number) are thrown together
 * as one {@link InputError} at the end, so a fold over the stream gives no
 * partial result.
 *
 * @example
 * ```ts
 * const response = await fetch("/cases.jsonl");
 * for await (const c of parseCasesJsonLines(response.body!, { file: "cases.jsonl" })) console.log(c.id);
 * ```
 */
export async function* parseCasesJsonLines(
  source: TextSource,
  options: JsonLinesOptions = {},
): AsyncGenerator<Case, void, undefined> {
  const issues: Issue[] = [];
  const at = options.file !== undefined ? { file: options.file } : {};
  let n = 0;
  for await (const text of textLines(source)) {
    n++;
    if (text.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      issues.push({
        code: "invalid_json",
        path: ["line", n],
        message: `line ${n} is not valid JSON: ${(e as Error).message}`,
        expected: "one case object per line",
        params: { rule: "jsonl_line", line: n },
        ...at,
      });
      continue;
    }
    // A number JSON would change (1.0000000000000001 read as 1) is refused, as in a whole case file.
    const inexact = inexactNumberIssues(text, ["line", n], at);
    issues.push(...inexact);
    if (inexact.length > 0) continue;
    // Most lines are plain valid cases: a quick check accepts them; the schema decides and explains the rest.
    const r = acceptCase(data)
      ? { ok: true as const, value: data }
      : check(caseSchema, data, { ...at, path: ["line", n] });
    if (r.ok) {
      options.onLine?.(n);
      yield brandCases({ cases: [r.value] }).cases[0] as Case;
    } else issues.push(...r.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
}
