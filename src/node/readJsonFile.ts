import { parseJsonText } from "../schemas/parseJsonText.js";
import type { ReadTextOptions } from "./readFileBytes.js";
import { readTextFile } from "./readTextFile.js";

/**
 * Reads and parses a JSON file; an unreadable file, invalid JSON (with the
 * line and column of a syntax error) or a number JSON would change
 * (`1.0000000000000001`) becomes an `InputError` naming the file, never
 * a stack trace.
 *
 * @example
 * ```ts
 * const data = readJsonFile("cases.json");
 * ```
 */
export function readJsonFile(file: string, options: ReadTextOptions = {}): unknown {
  return parseJsonText(readTextFile(file, options), { file });
}
