/**
 * @internal The case CSV reader with its row locator, so that problems found
 * later (an unknown item when pricing) still name the row and column.
 */

import { detectSeparator, parseCsv } from "../../csv/parseCsv.js";
import { type CaseRows, parseCaseRows } from "./parseCaseRows.js";

export { relocate } from "./parseCaseRows.js";

/** @internal Cases read from CSV, with the way back to the row and column. */
export type CasesCsv = CaseRows;

/** @internal Reads case CSV text; every problem names the row (line) and column. */
export function readCasesCsv(text: string, options: { file?: string | undefined } = {}): CasesCsv {
  const sep = detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return parseCaseRows(parseCsv(text, { separator: sep, file: options.file }), {
    file: options.file,
    dialect: sep === ";" ? "nl" : "intl",
  });
}
