import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";

/**
 * The largest file read whole into memory: 128 MiB. A document's parsed and
 * validated data takes many times its size (100,000 cases in 100 MB took 1.8 GB),
 * so larger case collections are streamed as JSON lines instead.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

const BEYOND = "a smaller file; for more cases, JSON lines (.jsonl: one case per line), which is streamed";

/** Options of {@link readFileBytes}. */
export interface ReadFileOptions {
  /** The largest file to read, in bytes (default {@link MAX_FILE_BYTES}). */
  readonly maxBytes?: number | undefined;
  /** What to say when the file is too large: how to go beyond the limit. */
  readonly beyond?: string | undefined;
}

/**
 * Reads a file's bytes whole. A missing or unreadable file, a folder, a pipe
 * or device (which could block forever) or a file over the size limit becomes
 * an {@link InputError} naming it, checked before anything is read; never a
 * stack trace or a hang.
 *
 * @example
 * ```ts
 * const bytes = readFileBytes("casussen.xlsx");
 * ```
 */
export function readFileBytes(file: string, options: ReadFileOptions = {}): Uint8Array {
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  const fail = (message: string, expected?: string): InputError =>
    new InputError([
      { code: "unreadable_file", file, path: [], message, ...(expected ? { expected } : {}) } satisfies Issue,
    ]);
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw fail("is a folder, not a file");
    if (!st.isFile()) throw fail("is not a regular file (a pipe or a device?); give a file");
    if (st.size > max)
      throw fail(`is ${megabytes(st.size)}, more than the ${megabytes(max)} read whole`, options.beyond ?? BEYOND);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})`);
  }
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
