import { readFileBytes } from "./readFileBytes.js";
/**
 * Reads a UTF-8 text file (a byte-order mark is dropped); a missing or
 * unreadable file becomes an {@link InputError} naming it, never a stack trace.
 *
 * @example
 * ```ts
 * const text = readTextFile("casussen.csv");
 * ```
 */
export function readTextFile(file: string): string {
  const text = readFileBytes(file).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
