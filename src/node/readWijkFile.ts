import { parseWijkRows, parseWijkTable } from "../cases/wijkTable.js";
import { parseCsv } from "../csv/parseCsv.js";
import { readJsonFile } from "./readJsonFile.js";
import { readTextFile } from "./readTextFile.js";

/**
 * Reads a wijk table (code → name, e.g. CBS's wijk- en buurtindeling) from a
 * CSV file (columns `code;name`, or `WK_CODE;WK_NAAM`) or a JSON file
 * (`{ "wijken": [{ "code", "name" }] }`), for `withWijkNames`.
 *
 * @example
 * ```ts
 * const file = withWijkNames(readCaseFile("cases.json"), readWijkFile("wijken.csv"), { file: "wijken.csv" });
 * ```
 */
export function readWijkFile(file: string): ReadonlyMap<string, string> {
  if (/\.csv$/i.test(file)) return parseWijkRows(parseCsv(readTextFile(file), { file }), { file });
  return parseWijkTable(readJsonFile(file), { file });
}
