import { readFileSync } from "node:fs";
import { parseCasesCsv } from "../cases/csv/parseCasesCsv.js";
import type { CaseFile } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";

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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([{ code: "unreadable_file", file, path: [], message: code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})` }]);
  }
  return parseCasesCsv(text, { file });
}
