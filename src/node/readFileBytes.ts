import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { InputError } from "../errors/InputError.js";

/** @internal A file that cannot be read, as an issue naming it. */
export function unreadable(file: string, code: string | undefined): InputError {
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
              : `cannot read the file (${code ?? "error"})`;
  return new InputError([{ code: "unreadable_file", file, path: [], message }]);
}

/**
 * @internal Opens a file for reading, refusing anything but a regular file:
 * a named pipe (FIFO) would otherwise block forever, a device never end.
 * Opened non-blocking so that even opening a pipe returns at once; the
 * caller closes the descriptor.
 */
export function openRegularFile(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadable(file, (e as NodeJS.ErrnoException).code);
  }
  let kind: "file" | "EISDIR" | "NOT_REGULAR";
  try {
    const st = fstatSync(fd);
    kind = st.isFile() ? "file" : st.isDirectory() ? "EISDIR" : "NOT_REGULAR";
  } catch (e) {
    closeSync(fd);
    throw unreadable(file, (e as NodeJS.ErrnoException).code);
  }
  if (kind !== "file") {
    closeSync(fd);
    throw unreadable(file, kind);
  }
  return fd;
}

/**
 * Reads a file's bytes; a missing, unreadable or special file (a FIFO, a
 * device, a folder) becomes an {@link InputError} naming it, never a stack
 * trace or a read that hangs.
 *
 * @example
 * ```ts
 * const bytes = readFileBytes("casussen.xlsx");
 * ```
 */
export function readFileBytes(file: string): Uint8Array {
  const fd = openRegularFile(file);
  try {
    return readFileSync(fd);
  } catch (e) {
    throw unreadable(file, (e as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}
