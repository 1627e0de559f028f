import { parseCaseFile } from "../cases/parseCaseFile.js";
import type { CaseFile } from "../cases/schema.js";
import { readJsonFile } from "./readJsonFile.js";

/**
 * Reads and validates a case file from disk; problems name the file and the
 * path inside it.
 *
 * @example
 * ```ts
 * const { cases, pricelist } = readCaseFile("examples/ns-jaarkaart.json");
 * ```
 */
export function readCaseFile(file: string): CaseFile {
  return parseCaseFile(readJsonFile(file, { cases: true }), { file });
}
