import { readFileBytes } from "./readFileBytes.js";

/**
 * Reads a UTF-8 text file (a byte-order mark is dropped); a missing or
 * unreadable file becomes an `InputError` naming it (see `readFileBytes`).
 *
 * @example
 * ```ts
 * const text = readTextFile("casussen.csv");
 * ```
 */
export function readTextFile(file: string): string {
  const text = new TextDecoder("utf-8").decode(readFileBytes(file));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
