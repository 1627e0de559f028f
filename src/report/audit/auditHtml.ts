import type { AuditResult } from "../../audit/types.js";
import type { Lang } from "../labels.js";
import { auditBlocks, type Inline, w } from "./auditBlocks.js";

const esc = (t: string): string =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) =>
      typeof p === "string"
        ? esc(p)
        : "strong" in p
          ? `<strong>${esc(p.strong)}</strong>`
          : `<code>${esc(p.code)}</code>`,
    )
    .join("");
}

const CSS = `body{font-family:system-ui,sans-serif;max-width:75rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
td.r{text-align:right;white-space:nowrap}th{background:#f3f3f3;text-align:left}code{font-size:.85em;word-break:break-all}
h2.confirmed{border-left:.4rem solid #2e7d32;padding-left:.5rem}h2.overclaimed{border-left:.4rem solid #c62828;padding-left:.5rem}
h2.underclaimed{border-left:.4rem solid #f9a825;padding-left:.5rem}h2.unverifiable{border-left:.4rem solid #616161;padding-left:.5rem}`;

/**
 * The audit report as one self-contained HTML page (no scripts, no external
 * files; every piece of user text escaped). Same content as
 * {@link auditMarkdown}.
 *
 * @example
 * ```ts
 * const html = auditHtml(audit(claims, cases, { catalog: bundledCatalog() }), "en");
 * ```
 */
export function auditHtml(result: AuditResult, lang: Lang = "nl"): string {
  const out: string[] = [
    `<!DOCTYPE html>`,
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><title>${esc(w("title", lang))}</title><style>${CSS}</style></head>`,
    `<body>`,
  ];
  for (const b of auditBlocks(result, lang)) {
    if ("h" in b) out.push(`<h${b.h}${b.status ? ` class="${b.status}"` : ""}>${inline(b.text)}</h${b.h}>`);
    else if ("p" in b) out.push(`<p>${inline(b.p)}</p>`);
    else if ("ul" in b) out.push(`<ul>${b.ul.map((li) => `<li>${inline(li)}</li>`).join("")}</ul>`);
    else {
      const { head, rows, align } = b.table;
      const th = head.some((h) => h !== "")
        ? `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>`
        : "";
      out.push(
        `<table>${th}<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${align[i] === "r" ? ' class="r"' : ""}>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
      );
    }
  }
  out.push(`</body>`, `</html>`);
  return `${out.join("\n")}\n`;
}
