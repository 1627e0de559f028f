import { createReadStream } from "node:fs";
import type { Case } from "../cases/caseTypes.js";
import { type JsonLinesOptions, parseCasesJsonLines } from "../cases/parseCasesJsonLines.js";
import { InputError } from "../errors/InputError.js";

/**
 * Streams a JSON-lines case file from disk: {@link parseCasesJsonLines} on
 * the file's contents, so a file of millions of cases is never held in
 * memory. Problems name the file and the line (`line[n]…`); an unreadable
 * file is an {@link InputError} too.
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
  const stream = createReadStream(file);
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
  yield* parseCasesJsonLines(stream, { ...options, file });
}
