import { formatPath, type Issue } from "./issue.js";

/**
 * Formats issues for people: one line per problem, `file: path: message
 * (expected …)`.
 *
 * @example
 * ```ts
 * formatIssues([{ code: "invalid_type", file: "cases.json", path: ["cases", 0, "id"], message: "expected a string", expected: "string" }]);
 * // "cases.json: cases[0].id: expected a string"
 * ```
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => {
      // A problem of a whole file (unreadable, not JSON) needs no "(root)" after the file's name.
      const where = i.file && i.path.length === 0 ? i.file : `${i.file ? `${i.file}: ` : ""}${formatPath(i.path)}`;
      const exp = i.expected && !i.message.includes(i.expected) ? ` (expected ${i.expected})` : "";
      return `${where}: ${i.message}${exp}`;
    })
    .join("\n");
}
