import { InputError } from "../errors/InputError.js";
import { readTextFile } from "./readTextFile.js";

/**
 * Reads and parses a JSON file; an unreadable file or invalid JSON becomes an
 * {@link InputError} naming the file (and the line and column of a syntax
 * error), never a stack trace.
 *
 * @example
 * ```ts
 * const data = readJsonFile("cases.json");
 * ```
 */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = "";
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split("\n").length;
      const col = before.length - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${col}`;
    }
    throw new InputError([
      {
        code: "invalid_json",
        file,
        path: [],
        message: `not valid JSON${where}: ${msg.replace(/^JSON\.parse: |^Unexpected/, (m) => (m.startsWith("Unexpected") ? m : ""))}`,
        expected: "a JSON document",
      },
    ]);
  }
}
