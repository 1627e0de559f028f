import type { AuditResult } from "../../audit/types.js";
import type { Lang } from "../labels.js";
import { renderMarkdown } from "../render/renderMarkdown.js";
import { type AuditReportOptions, auditDocument } from "./auditBlocks.js";

/**
 * The audit as a Markdown report for an auditor (Dutch by default): a summary
 * of claimed against confirmed savings and of the part resting on
 * counterfactual lines without a reason; then per claim its status, the
 * recomputation line by line and the findings in words. Text from input is
 * shown as typed.
 *
 * @example
 * ```ts
 * const md = auditMarkdown(audit(claims, cases, { catalog: bundledCatalog() }), "nl");
 * ```
 */
export function auditMarkdown(result: AuditResult, lang: Lang = "nl", options: AuditReportOptions = {}): string {
  return renderMarkdown(auditDocument(result, lang, options));
}
