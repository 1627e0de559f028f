import { createReadStream } from "node:fs";
import type { Case } from "../cases/caseTypes.js";
import { type JsonLinesOptions, parseCasesJsonLines } from "../cases/parseCasesJsonLines.js";
import { openRegularFile } from "./readFileBytes.js";

/**
 * Streams a JSON-lines case file from disk: {@link parseCasesJsonLines} on
 * the file's contents, so a file of millions of cases is never held in
 * memory. Problems name the file and the line (`line[n]…`); an unreadable
 * file is an `InputError` too.
 *
 * @example
 * ```ts
 * import { createEvaluator, bundledCatalog, createRollup } from "rendement";
 * import { readCasesJsonLines } from "rendement/node";
 * const evaluator = createEvaluator({ catalog: bundledCatalog() });
 * const rollup = createRollup(["wijk"]);
 * for await (const c of readCasesJsonLines("cases.jsonl")) rollup.add(evaluator.evaluate(c));
 * ```
 */
export async function* readCasesJsonLines(
  file: string,
  options: Omit<JsonLinesOptions, "file"> = {},
): AsyncGenerator<Case, void, undefined> {
  // Opened at once and refused unless a regular file: a FIFO would hang the stream.
  const stream = createReadStream(file, { fd: openRegularFile(file).fd });
  yield* parseCasesJsonLines(stream, { ...options, file });
}
