/** @internal A Markdown table; cells are escaped so `|` in data cannot break it. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const sep = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [head, sep, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(esc)).join(" | ")} |`).join("\n");
}
