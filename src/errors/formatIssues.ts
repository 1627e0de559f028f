import { formatPath, type Issue } from "./issue.js";

/**
 * How {@link formatIssues} words a line: the issue's text, the "(expected …)"
 * after it and the name of a whole document's place. The default is English.
 */
export interface IssueWording {
  /** The issue's message and expectation in the wording's language. */
  readonly text: (issue: Issue) => { readonly message: string; readonly expected?: string | undefined };
  /** The part after the message that says what was expected, e.g. ` (expected a string)`. */
  readonly expected: (what: string) => string;
  /** The path of the whole document, e.g. `(root)`. */
  readonly root: string;
  /** Whether the text already names the issue's place (a table's row and column), so the path is left out. */
  readonly placed?: ((issue: Issue) => boolean) | undefined;
}

const ENGLISH: IssueWording = {
  text: (i) => i,
  expected: (what) => ` (expected ${what})`,
  root: "(root)",
};

/**
 * Formats issues for people: one line per problem, `file: path: message
 * (expected …)`. A wording says them in another language (see the report
 * layer's `formatIssuesIn`).
 *
 * @example
 * ```ts
 * formatIssues([{ code: "invalid_type", file: "cases.json", path: ["cases", 0, "id"], message: "expected a string", expected: "string" }]);
 * // "cases.json: cases[0].id: expected a string"
 * ```
 */
export function formatIssues(issues: readonly Issue[], wording: IssueWording = ENGLISH): string {
  return issues
    .map((i) => {
      // A problem of a whole file (unreadable, not JSON) needs no "(root)" after the file's name.
      const path = i.path.length === 0 ? wording.root : formatPath(i.path);
      const placed = wording.placed?.(i) === true;
      const where =
        i.file && (i.path.length === 0 || placed) ? i.file : placed ? "" : `${i.file ? `${i.file}: ` : ""}${path}`;
      const { message, expected } = wording.text(i);
      const exp = expected && !message.includes(expected) ? wording.expected(expected) : "";
      return `${where === "" ? "" : `${where}: `}${message}${exp}`;
    })
    .join("\n");
}
