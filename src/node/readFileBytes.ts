import { readFileSync } from "node:fs";
import { InputError } from "../errors/InputError.js";

/**
 * Reads a file's bytes; a missing or unreadable file becomes an
 * {@link InputError} naming it, never a stack trace.
 *
 * @example
 * ```ts
 * const bytes = readFileBytes("casussen.xlsx");
 * ```
 */
export function readFileBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
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
}
