import type { AuditResult } from "../../audit/types.js";
import type { Lang } from "../labels.js";
import { markdownTable } from "../markdownTable.js";
import { auditBlocks, type Inline } from "./auditBlocks.js";

// User text outside tables: characters that Markdown (or HTML inside it) would interpret.
const mdEscape = (t: string): string => t.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) =>
      typeof p === "string"
        ? mdEscape(p)
        : "strong" in p
          ? `**${mdEscape(p.strong)}**`
          : `\`${p.code.replace(/`/g, "'")}\``,
    )
    .join("");
}

/**
 * The audit as a Markdown report for an auditor (Dutch by default): a summary
 * of claimed against confirmed savings and of the part resting on
 * counterfactual lines without a reason; then per claim its status, the
 * recomputation line by line and the findings in words.
 *
 * @example
 * ```ts
 * const md = auditMarkdown(audit(claims, cases, { catalog: bundledCatalog() }), "nl");
 * ```
 */
export function auditMarkdown(result: AuditResult, lang: Lang = "nl"): string {
  const out: string[] = [];
  for (const b of auditBlocks(result, lang)) {
    if ("h" in b) out.push(`${"#".repeat(b.h)} ${inline(b.text)}`, "");
    else if ("p" in b) out.push(inline(b.p), "");
    else if ("ul" in b) out.push(...b.ul.map((li) => `- ${inline(li)}`), "");
    else out.push(markdownTable(b.table.head, b.table.rows, b.table.align), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
