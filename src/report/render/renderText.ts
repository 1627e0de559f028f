import type { Lang } from "../labels.js";
import type { Block, Cell, Inline, Inlines, ReportDocument, TableBlock } from "../model.js";
import { inlineText } from "./formatInline.js";

/** @internal A run of inlines as plain text (line breaks flattened). */
export function textInlines(xs: Cell, lang: Lang): string {
  return (Array.isArray(xs) ? (xs as Inlines) : [xs as Inline])
    .map((x) => inlineText(x, lang))
    .join("")
    .replace(/\r\n?|\n/g, " ");
}

function table(b: TableBlock, lang: Lang): string {
  const rows = b.rows.map((r) => r.cells.map((c) => textInlines(c, lang)));
  const all = b.headless ? rows : [b.columns.map((c) => c.title), ...rows];
  const width = b.columns.map((_, i) => Math.max(0, ...all.map((r) => [...(r[i] ?? "")].length)));
  const pad = (s: string, i: number) => {
    const fill = " ".repeat((width[i] as number) - [...s].length);
    return b.columns[i]?.align === "r" ? fill + s : s + fill;
  };
  const line = (r: readonly string[]) => r.map(pad).join("  ").replace(/\s+$/, "");
  const out = all.map(line);
  if (!b.headless) out.splice(1, 0, width.map((w) => "-".repeat(w)).join("  "));
  return out.join("\n");
}

function block(b: Block, lang: Lang): string | undefined {
  switch (b.kind) {
    case "heading": {
      const s = textInlines(b.content, lang);
      return b.level === 3 ? s : `${s}\n${(b.level === 1 ? "=" : "-").repeat([...s].length)}`;
    }
    case "paragraph":
      return textInlines(b.content, lang);
    case "note":
      return b.tone === "warning" ? `! ${textInlines(b.content, lang)}` : textInlines(b.content, lang);
    case "list":
      return b.items.map((i) => `- ${textInlines(i, lang)}`).join("\n");
    case "table":
      return table(b, lang);
    case "figures":
      return b.items.map((i) => `${i.label}: ${textInlines(i.value, lang)}`).join("\n");
    case "glossary":
      return b.entries.map((e) => `${e.term}: ${e.explain}`).join("\n");
    case "chart":
      return undefined;
  }
}

/**
 * @internal The one plain-text renderer (terminals): underlined headings,
 * tables in aligned columns, figures formatted by the language.
 */
export function renderText(doc: ReportDocument): string {
  const parts = doc.blocks.map((b) => block(b, doc.lang)).filter((s): s is string => s !== undefined);
  return `${parts.join("\n\n")}\n`;
}
