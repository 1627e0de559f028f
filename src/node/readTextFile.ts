import { readFileSync, statSync } from "node:fs";
import { decodeText } from "../csv/decodeText.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";

/**
 * The largest file read whole into memory: 128 MiB. A document's parsed and
 * validated data takes many times its size (100,000 cases in 100 MB took 1.8 GB),
 * so larger case collections are streamed as JSON lines instead.
 */
export const MAX_TEXT_BYTES = 128 * 1024 * 1024;

const BEYOND = "a smaller file; for more cases, JSON lines (.jsonl: one case per line), which is streamed";

/** Options of {@link readTextFile}. */
export interface ReadTextOptions {
  /** The largest file to read, in bytes (default {@link MAX_TEXT_BYTES}). */
  readonly maxBytes?: number | undefined;
  /** What to say when the file is too large: how to go beyond the limit. */
  readonly beyond?: string | undefined;
}

/**
 * Reads a text file whole, decoding UTF-8 (with or without a byte-order
 * mark), UTF-16 with a mark, or Windows-1252 (see `decodeText`). A missing or
 * unreadable file, a folder, a pipe or device (which could block forever), a
 * file over the size limit or in an unknown encoding becomes an
 * {@link InputError} naming it, never a stack trace or a hang.
 *
 * @example
 * ```ts
 * const text = readTextFile("casussen.csv"); // "Cafébuurt" also from a Windows-1252 CSV
 * ```
 */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  const max = options.maxBytes ?? MAX_TEXT_BYTES;
  const fail = (message: string, expected?: string): InputError =>
    new InputError([
      { code: "unreadable_file", file, path: [], message, ...(expected ? { expected } : {}) } satisfies Issue,
    ]);
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw fail("is a folder, not a file");
    if (!st.isFile()) throw fail("is not a regular file (a pipe or a device?); give a file");
    if (st.size > max)
      throw fail(`is ${megabytes(st.size)}, more than the ${megabytes(max)} read whole`, options.beyond ?? BEYOND);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})`);
  }
  return decodeText(bytes, { file }).text;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
