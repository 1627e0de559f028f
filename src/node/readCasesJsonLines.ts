import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type Case, caseSchema } from "../cases/schema.js";
import { brandCases } from "../cases/validCases.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { inexactNumbers } from "../schemas/parseJsonText.js";
import { check } from "../schemas/validate.js";

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
  const stream = createReadStream(file, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  try {
    await opened;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        code: "unreadable_file",
        file,
        path: [],
        message:
          code === "ENOENT"
            ? "file not found"
            : code === "EISDIR"
              ? "is a folder, not a file"
              : `cannot read the file (${code ?? "error"})`,
      },
    ]);
  }
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
    // A number JSON would change (1.0000000000000001 read as 1) is refused, as in a whole case file.
    const inexact = /\d[\d.]{15}/.test(text) ? inexactNumbers(text) : [];
    if (inexact.length > 0) {
      for (const x of inexact)
        issues.push({
          code: "inexact_number",
          file,
          path: ["line", n, ...x.path],
          message: `the number ${x.literal} has more digits than a JSON number keeps: it would be read as ${String(Number(x.literal))}`,
          expected: `amounts and quantities as decimal strings ("${x.literal}")`,
        });
      continue;
    }
    const r = check(caseSchema, data, { file, path: ["line", n] });
    if (r.ok) {
      options.onLine?.(n);
      yield brandCases({ cases: [r.value] }).cases[0] as Case;
    } else issues.push(...r.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
}
