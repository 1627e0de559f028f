/**
 * The command line's contact with the world, injectable so tests can run
 * commands in-process as well as through `node bin/rendement.js`.
 * @internal
 */
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { en } from "./messages/en.js";
import type { Lang, Messages } from "./messages/index.js";

/** @internal */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Writes a whole file, text (UTF-8) or bytes (an Excel workbook); the real one writes a temporary
   * file beside it and renames it into place.
   */
  writeFile(path: string, data: string | Uint8Array): void;
  /** Writes a file from pieces (large outputs that would not fit one string); falls back to writeFile. */
  writeChunks?: ((path: string, chunks: Iterable<string>) => void) | undefined;
  /** Whether stderr is a terminal (for progress indicators). */
  readonly isTTY: boolean;
  /** The environment, for the locale of messages (`LANG`); none means English. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The language of messages; main sets it from `--lang` and the locale. */
  readonly lang?: Lang | undefined;
  /** The clock in milliseconds, to pace progress lines; none means no progress. */
  readonly now?: (() => number) | undefined;
}

/** @internal A message in the user's language. */
export type Localized = (m: Messages) => string;

/** @internal Wrong usage of the command line: exit code 2. */
export class UsageError extends Error {
  /** The message in the user's language. */
  readonly localized: Localized;
  constructor(message: string | Localized) {
    const localized = typeof message === "string" ? () => message : message;
    super(localized(en));
    this.name = "UsageError";
    this.localized = localized;
  }
}

/** @internal An output file that could not be written: exit code 1, the old file untouched. */
export class OutputError extends Error {
  constructor(
    /** The file that was to be written. */
    readonly file: string,
    /** The system's error code, e.g. `ENOSPC`. */
    readonly code: string,
  ) {
    super(`cannot write ${file}: ${code}`);
    this.name = "OutputError";
  }
}

/**
 * Writes `chunks` to `path` so that a failure never leaves a half-written
 * file: into a temporary file in the same folder, then renamed over the old
 * one. A path that exists and is not a regular file (`/dev/null`, a FIFO, a
 * terminal) is written directly: renaming over a device would replace it.
 */
function writeAtomically(path: string, chunks: Iterable<string | Uint8Array>): void {
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  const direct = existing !== undefined && !existing.isFile();
  const dir = dirname(path);
  const target = direct ? path : join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    if (!direct) mkdirSync(dir, { recursive: true });
    fd = openSync(target, direct ? "w" : "wx");
    for (const c of chunks) typeof c === "string" ? writeSync(fd, c) : writeSync(fd, c);
    closeSync(fd);
    fd = undefined;
    if (!direct) renameSync(target, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    if (!direct) {
      try {
        unlinkSync(target);
      } catch {
        // The temporary file was never made.
      }
    }
    throw new OutputError(path, (e as NodeJS.ErrnoException).code ?? "EIO");
  }
}

/** @internal The real process. */
export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  writeFile: (p, t) => writeAtomically(p, [t]),
  writeChunks: writeAtomically,
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  now: () => Date.now(),
};
