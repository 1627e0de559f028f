import type { IssueCode, IssueParams } from "../errors/issue.js";

/** @internal An issue's text in one language: what is wrong and, where it can be said, what was expected. */
export interface IssueText {
  /** What is wrong. */
  readonly message: string;
  /** What was expected. */
  readonly expected?: string | undefined;
}

/**
 * @internal A text per issue code, in one language, made from the issue's
 * params (undefined when the params do not say which text).
 */
export type IssueTexts = { readonly [C in IssueCode]: (p: IssueParams) => IssueText | undefined };
