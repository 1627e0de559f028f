import { parseWijkRows, parseWijkTable } from "../cases/wijkTable.js";
import { parseCsv } from "../csv/parseCsv.js";
import { readJsonFile } from "./readJsonFile.js";
import { readTextFile } from "./readTextFile.js";
import { readXlsxRows } from "./xlsx/readXlsxRows.js";

/**
 * Reads a wijk table (code → name, e.g. CBS's wijk- en buurtindeling) from a
 * CSV file or the first sheet of an Excel workbook (columns `code;name`, or
 * `WK_CODE;WK_NAAM`) or a JSON file (`{ "wijken": [{ "code", "name" }] }`),
 * for `withWijkNames`.
 *
 * @example
 * ```ts
 * const file = withWijkNames(readCaseFile("cases.json"), await readWijkFile("wijken.csv"), { file: "wijken.csv" });
 * ```
 */
export async function readWijkFile(file: string): Promise<ReadonlyMap<string, string>> {
  if (/\.csv$/i.test(file)) return parseWijkRows(parseCsv(readTextFile(file), { file }), { file });
  if (/\.xlsx$/i.test(file)) return parseWijkRows((await readXlsxRows(file)).rows, { file });
  return parseWijkTable(readJsonFile(file), { file });
}
