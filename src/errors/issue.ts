/**
 * A single problem found in a user's input: what was wrong, where, and what
 * was expected. Issues are data; formatting them for people lives in
 * {@link formatIssues}.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "unknown_item",
 *   file: "cases.json",
 *   path: ["cases", 3, "actual", 1, "item"],
 *   message: "unknown price item \"detentie.jaar\"",
 *   expected: "a code of price list sociaal-domein@2024",
 * };
 * ```
 */
export interface Issue {
  /** A stable, machine-readable code such as `invalid_type` or `unknown_item`. */
  readonly code: string;
  /** The JSON path inside the input, e.g. `["cases", 3, "actual", 1, "item"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** What was expected, where that can be said. */
  readonly expected?: string | undefined;
  /** The file the input came from, where known. */
  readonly file?: string | undefined;
}

/**
 * A path as written in JSON, e.g. `cases[3].actual[1].item`.
 *
 * @example
 * ```ts
 * formatPath(["cases", 3, "actual", 1, "item"]); // "cases[3].actual[1].item"
 * formatPath([]);                                 // "(root)"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(root)" : out;
}
