import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { CASES_AS_JSON_LINES } from "../cases/validCases.js";
import { InputError } from "../errors/InputError.js";
import type { Issue, IssueParams } from "../errors/issue.js";

/**
 * The largest file read whole into memory: 256 MiB. A JavaScript string holds
 * at most about 512 million characters, and a document's parsed data takes
 * many times its size; larger case collections are streamed as JSON lines.
 */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/** Options of {@link readFileBytes} and `readTextFile`. */
export interface ReadTextOptions {
  /** The largest file to read, in bytes (default {@link MAX_TEXT_BYTES}). */
  readonly maxBytes?: number | undefined;
  /** What to say when the file is too large: how to go beyond the limit. */
  readonly beyond?: string | undefined;
  /** The file holds cases: when it is too large, the problem says that JSON lines are streamed, without a limit. */
  readonly cases?: boolean | undefined;
}

// The kind of each error code, to say it in any language (src/report/words/issuesNl.ts).
const RULES: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "missing"],
  ["EISDIR", "folder"],
  ["NOT_REGULAR", "not_file"],
  ["EACCES", "no_permission"],
  ["EPERM", "no_permission"],
  ["ELOOP", "loop"],
]);

/** @internal A file that cannot be read, as an issue naming it. */
export function unreadable(
  file: string,
  code: string | undefined,
  expected?: string,
  params?: IssueParams,
): InputError {
  const message =
    code === "ENOENT"
      ? "file not found"
      : code === "EISDIR"
        ? "is a folder, not a file"
        : code === "NOT_REGULAR"
          ? "is not a regular file (a pipe, device or socket); give a file saved on disk"
          : code === "EACCES" || code === "EPERM"
            ? "no permission to read the file"
            : code === "ELOOP"
              ? "is a symbolic link that points to itself (a loop)"
              : code?.startsWith("is ")
                ? code
                : `cannot read the file (${code ?? "error"})`;
  const rule = RULES.get(code ?? "") ?? "other";
  const issue: Issue = {
    code: "unreadable_file",
    file,
    path: [],
    message,
    ...(expected ? { expected } : {}),
    params: params ?? { rule, errno: code ?? "error" },
  };
  return new InputError([issue]);
}

/**
 * @internal Opens a file for reading, refusing anything but a regular file:
 * a named pipe (FIFO) would otherwise block forever, a device never end.
 * Opened non-blocking so that even opening a pipe returns at once; the
 * caller closes the descriptor. Returns the descriptor and the file's size.
 */
export function openRegularFile(file: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadable(file, (e as NodeJS.ErrnoException).code);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw unreadable(file, st.isDirectory() ? "EISDIR" : "NOT_REGULAR");
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e instanceof InputError ? e : unreadable(file, (e as NodeJS.ErrnoException).code);
  }
}

/**
 * Reads a file's bytes whole. A missing or unreadable file, a folder, a pipe
 * or device (which could block forever) or a file over the size limit becomes
 * an {@link InputError} naming it, never a stack trace or a hang.
 *
 * @example
 * ```ts
 * const bytes = readFileBytes("casussen.xlsx");
 * ```
 */
export function readFileBytes(file: string, options: ReadTextOptions = {}): Uint8Array {
  const max = options.maxBytes ?? MAX_TEXT_BYTES;
  const { fd, size } = openRegularFile(file);
  try {
    if (size > max)
      throw unreadable(
        file,
        `is ${megabytes(size)}, more than the ${megabytes(max)} read whole`,
        options.beyond ?? (options.cases ? CASES_AS_JSON_LINES : "a smaller file"),
        { rule: "too_large", size: megabytes(size), max: megabytes(max), ...(options.cases ? { what: "cases" } : {}) },
      );
    return readFileSync(fd);
  } catch (e) {
    throw e instanceof InputError ? e : unreadable(file, (e as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
