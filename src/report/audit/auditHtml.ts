import type { AuditResult } from "../../audit/types.js";
import type { Lang } from "../labels.js";
import { renderHtml } from "../render/renderHtml.js";
import { type AuditReportOptions, auditDocument } from "./auditBlocks.js";

/**
 * The audit as one self-contained HTML page (no scripts, no external files,
 * the same Content-Security-Policy as every report; every piece of user text
 * escaped). Same content as {@link auditMarkdown}.
 *
 * @example
 * ```ts
 * const html = auditHtml(audit(claims, cases, { catalog: bundledCatalog() }), "en");
 * ```
 */
export function auditHtml(result: AuditResult, lang: Lang = "nl", options: AuditReportOptions = {}): string {
  return renderHtml(auditDocument(result, lang, options));
}
