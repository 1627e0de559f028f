import { formatIssues, type IssueWording } from "../errors/formatIssues.js";
import type { Issue } from "../errors/issue.js";
import type { IssueText } from "./issueTextTypes.js";
import type { Lang } from "./labels.js";
import { ISSUES_NL } from "./words/issuesNl.js";

export type { IssueText, IssueTexts } from "./issueTextTypes.js";

/**
 * @internal An issue in Dutch, or undefined when its data does not make the
 * text (an issue of another version, or a param the text needs is missing).
 */
export function issueTextNl(issue: Issue): IssueText | undefined {
  if (!Object.hasOwn(ISSUES_NL, issue.code)) return undefined;
  const p = issue.params ?? {};
  let missing = false;
  // A text that reads a param the issue lacks would say "undefined": it is not said at all.
  const watched = new Proxy(p, {
    get(target, key) {
      if (typeof key === "string" && !Object.hasOwn(target, key)) missing = true;
      return Reflect.get(target, key);
    },
  });
  const text = ISSUES_NL[issue.code](watched);
  if (missing || text === undefined) return undefined;
  // A problem of a CSV or spreadsheet cell names its row and column first, as the English does.
  const cell = typeof p.row === "number" ? `rij ${p.row}${"column" in p ? `, kolom ${p.column}` : ""}: ` : "";
  return { ...text, message: cell + text.message };
}

/**
 * An issue's message and expectation in a language: English is the issue's
 * own `message`; Dutch is made from its code and params (an issue this version
 * cannot say in Dutch keeps its English).
 *
 * @example
 * ```ts
 * issueText({ code: "unknown_item", path: ["item"], message: 'unknown price item "x"', params: { item: "x", list: "l@1" } }, "nl");
 * // { message: 'onbekende prijspost "x"', expected: "een code van prijslijst l@1" }
 * ```
 */
export function issueText(issue: Issue, lang: Lang): IssueText {
  const own = { message: issue.message, expected: issue.expected };
  return lang === "nl" ? (issueTextNl(issue) ?? own) : own;
}

const DUTCH: IssueWording = {
  text: (issue) => issueText(issue, "nl"),
  expected: (what) => ` (verwacht ${what})`,
  root: "(geheel)",
  // A table's problem opens with "rij 2, kolom quantity": its path (`row[2].quantity`) would say it again, in English.
  placed: (issue) => typeof issue.params?.row === "number" && issueTextNl(issue) !== undefined,
};

/**
 * Formats issues for people in a language: one line per problem, `file: path:
 * message (expected …)`; paths stay as written in the file (they are the
 * user's field names).
 *
 * @example
 * ```ts
 * formatIssuesIn([{ code: "unknown_field", path: ["cases", 0, "wijkk"], message: 'unknown field "wijkk"', params: { field: "wijkk" } }], "nl");
 * // 'cases[0].wijkk: onbekend veld "wijkk"'
 * ```
 */
export function formatIssuesIn(issues: readonly Issue[], lang: Lang): string {
  return lang === "nl" ? formatIssues(issues, DUTCH) : formatIssues(issues);
}
