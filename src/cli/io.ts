/**
 * The command line's contact with the world, injectable so tests can run
 * commands in-process as well as through `node bin/rendement.js`.
 * @internal
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** @internal */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a file: text (UTF-8) or bytes (an Excel workbook). */
  writeFile(path: string, data: string | Uint8Array): void;
  /** Whether stderr is a terminal (for progress indicators). */
  readonly isTTY: boolean;
}

/** @internal The real process. */
export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  writeFile: (p, t) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, t);
  },
  isTTY: Boolean(process.stderr.isTTY),
};

/** @internal Wrong usage of the command line: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
