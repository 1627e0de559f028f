import { decodeText } from "../csv/decodeText.js";
import { type ReadFileOptions, readFileBytes } from "./readFileBytes.js";

/**
 * Reads a text file whole, decoding UTF-8 (with or without a byte-order
 * mark), UTF-16 with a mark, or Windows-1252 (see `decodeText`). A missing or
 * unreadable file, a folder, a pipe, a file over the size limit (see
 * `readFileBytes`) or one in an unknown encoding becomes an `InputError`
 * naming it, never a stack trace or a hang.
 *
 * @example
 * ```ts
 * const text = readTextFile("casussen.csv"); // "Cafébuurt" also from a Windows-1252 CSV
 * ```
 */
export function readTextFile(file: string, options: ReadFileOptions = {}): string {
  return decodeText(readFileBytes(file, options), { file }).text;
}
