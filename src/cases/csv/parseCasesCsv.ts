import type { CaseFile } from "../schema.js";
import { readCasesCsv } from "./readCasesCsv.js";

/**
 * Reads cases from CSV text: one row per scenario line (`side` is
 * `counterfactual` or `actual`) or per wellbeing dimension (`side` is
 * `wellbeing`), the case's own fields (`id`, `wijk`, `programme`, `start`,
 * `end`) repeated on each row. The Dutch dialect (`;`, decimal comma) and the
 * international one (`,`) are recognised from the header. The columns are
 * documented in docs/reports.md. Every problem names the file, the row
 * (line) and the column, e.g. path `row[7].item`.
 *
 * @throws {@link InputError} listing every problem; no partial result.
 *
 * @example
 * ```ts
 * const file = parseCasesCsv("id;wijk;start;side;item;quantity;reason\nc1;WK079601;2024-03-01;counterfactual;zorg.seh-bezoek;2;Valt vaak\n", { file: "cases.csv" });
 * file.cases[0].counterfactual; // [{ item: "zorg.seh-bezoek", quantity: "2", reason: "Valt vaak" }]
 * ```
 */
export function parseCasesCsv(text: string, options: { file?: string | undefined } = {}): CaseFile {
  return readCasesCsv(text, options).file;
}
