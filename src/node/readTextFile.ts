import { decodeText } from "../csv/decodeText.js";
import { type ReadTextOptions, readFileBytes } from "./readFileBytes.js";

export { MAX_TEXT_BYTES, type ReadTextOptions } from "./readFileBytes.js";

/**
 * Reads a text file whole, decoding UTF-8 (with or without a byte-order
 * mark), UTF-16 with a mark, or Windows-1252 (see `decodeText`). A missing or
 * unreadable file, a folder, a pipe or device, a file over the size limit or
 * in an unknown encoding becomes an `InputError` naming it (see `readFileBytes`).
 *
 * @example
 * ```ts
 * const text = readTextFile("casussen.csv"); // "Cafébuurt" also from a Windows-1252 CSV
 * ```
 */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  return decodeText(readFileBytes(file, options), { file }).text;
}
