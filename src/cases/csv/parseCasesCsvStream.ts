import { type TextSource, wholeText } from "../../streams/textLines.js";
import type { CaseFile } from "../caseTypes.js";
import { parseCasesCsv } from "./parseCasesCsv.js";

/**
 * Reads a case CSV (columns in docs/reports.md) from a stream: a `fetch`
 * body, a web `ReadableStream`, a Node stream or any `AsyncIterable` of
 * strings or bytes. A case's rows may be anywhere in the file, so the text is
 * read whole, then parsed as {@link parseCasesCsv} does; problems name the
 * row (line) and the column.
 *
 * @example
 * ```ts
 * const file = await parseCasesCsvStream((await fetch("/casussen.csv")).body!, { file: "casussen.csv" });
 * file.cases.length;
 * ```
 */
export async function parseCasesCsvStream(
  source: TextSource,
  options: { file?: string | undefined } = {},
): Promise<CaseFile> {
  return parseCasesCsv(await wholeText(source), options);
}
