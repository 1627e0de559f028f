import { parseCasesCsv } from "../cases/csv/parseCasesCsv.js";
import type { CaseFile } from "../cases/schema.js";
import { readTextFile } from "./readTextFile.js";

/**
 * Reads a case CSV file (columns in docs/reports.md); problems name the
 * file, the row and the column.
 *
 * @example
 * ```ts
 * const { cases } = readCasesCsvFile("casussen.csv");
 * ```
 */
export function readCasesCsvFile(file: string): CaseFile {
  return parseCasesCsv(readTextFile(file, { cases: true }), { file });
}
