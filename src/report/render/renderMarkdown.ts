import type { Lang } from "../labels.js";
import type { Block, Cell, Inline, Inlines, ReportDocument, TableBlock } from "../model.js";
import { escapeMarkdown, markdownCode } from "./escapeMarkdown.js";
import { inlineText } from "./formatInline.js";

function inline(x: Inline, lang: Lang): string {
  if (typeof x !== "string" && x.kind === "code") return markdownCode(x.text);
  const s = escapeMarkdown(inlineText(x, lang));
  return typeof x !== "string" && "strong" in x && x.strong && s !== "" ? `**${s}**` : s;
}

/** @internal A run of inlines as Markdown. */
export function markdownInlines(xs: Cell, lang: Lang): string {
  return (Array.isArray(xs) ? (xs as Inlines) : [xs as Inline]).map((x) => inline(x, lang)).join("");
}

function table(b: TableBlock, lang: Lang): string {
  const head = b.headless ? b.columns.map(() => "") : b.columns.map((c) => escapeMarkdown(c.title));
  const sep = b.columns.map((c) => (c.align === "r" ? "---:" : "---"));
  const rows = b.rows.map((r) =>
    r.cells.map((c) => {
      const s = markdownInlines(c, lang);
      return r.total && s !== "" && !s.startsWith("**") ? `**${s}**` : s;
    }),
  );
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

function block(b: Block, lang: Lang): string | undefined {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${markdownInlines(b.content, lang)}`;
    case "paragraph":
      return markdownInlines(b.content, lang);
    case "note":
      return b.tone === "note" ? `_${markdownInlines(b.content, lang)}_` : `> ${markdownInlines(b.content, lang)}`;
    case "list":
      return b.items.map((i) => `- ${markdownInlines(i, lang)}`).join("\n");
    case "table":
      return table(b, lang);
    case "figures":
      return b.items.map((i) => `- ${escapeMarkdown(i.label)}: **${markdownInlines(i.value, lang)}**`).join("\n");
    case "glossary":
      return b.entries.map((e) => `- **${escapeMarkdown(e.term)}**: ${escapeMarkdown(e.explain)}`).join("\n");
    case "chart":
      return undefined; // a picture has no Markdown form; its figures are in the tables
  }
}

/**
 * @internal The one Markdown renderer: GitHub-flavoured Markdown, every text
 * escaped by {@link escapeMarkdown}, every figure formatted by the language.
 */
export function renderMarkdown(doc: ReportDocument): string {
  const parts = doc.blocks.map((b) => block(b, doc.lang)).filter((s): s is string => s !== undefined);
  return `${parts.join("\n\n")}\n`;
}
