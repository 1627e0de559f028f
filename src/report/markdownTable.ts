/**
 * @internal A Markdown table. Cells are escaped so that `|` in data cannot
 * break the table and `<` cannot open live HTML in a Markdown viewer.
 */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("l" | "r")[],
): string {
  const esc = (s: string) =>
    s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, " ");
  const sep = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [head, sep, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(esc)).join(" | ")} |`).join("\n");
}
