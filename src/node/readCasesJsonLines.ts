import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type Case, caseSchema } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { check } from "../schemas/validate.js";
import { openRegularFile } from "./readFileBytes.js";

/**
 * Streams a JSON-lines case file (one case object per line, as in a case
 * file's `cases` array), validating each line as it is read, so a file of
 * millions of cases is never held in memory. Blank lines are skipped.
 * Invalid lines are not yielded; their problems (path `line[n]…`, n the
 * 1-based line number) are collected and thrown together as one
 * {@link InputError} at the end, so a fold over the stream gives no partial
 * result. `onLine` is told the line number of each case just before it is
 * yielded, so a consumer can name the line of a case it cannot price (see
 * `foldAsync`'s `path`).
 *
 * @example
 * ```ts
 * import { createEvaluator, bundledCatalog, foldAsync, finalizeRollup } from "rendement";
 * import { readCasesJsonLines } from "rendement/node";
 * const evaluator = createEvaluator({ catalog: bundledCatalog() });
 * const agg = await foldAsync(readCasesJsonLines("cases.jsonl"), { groupBy: ["wijk"], evaluator });
 * ```
 */
export async function* readCasesJsonLines(
  file: string,
  options: { onLine?: ((line: number) => void) | undefined } = {},
): AsyncGenerator<Case, void, undefined> {
  const issues: Issue[] = [];
  // Opened at once and refused unless a regular file: a FIFO would hang the stream.
  const stream = createReadStream(file, { fd: openRegularFile(file), encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const text = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      issues.push({
        code: "invalid_json",
        file,
        path: ["line", n],
        message: `line ${n} is not valid JSON: ${(e as Error).message}`,
        expected: "one case object per line",
      });
      continue;
    }
    const r = check(caseSchema, data, { file, path: ["line", n] });
    if (r.ok) {
      options.onLine?.(n);
      yield r.value;
    } else issues.push(...r.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
}
