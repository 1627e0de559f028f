import { readFileSync } from "node:fs";
import { InputError } from "../errors/InputError.js";

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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        code: "unreadable_file",
        file,
        path: [],
        message:
          code === "ENOENT"
            ? "file not found"
            : code === "EISDIR"
              ? "is a folder, not a file"
              : `cannot read the file (${code ?? "error"})`,
      },
    ]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
