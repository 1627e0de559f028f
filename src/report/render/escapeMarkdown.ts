/**
 * @internal The one Markdown escaping: text from input is shown as typed.
 * Markdown viewers pass raw HTML through, so `&`, `<` and `>` become
 * entities; every character that could start emphasis, code, a link, a
 * heading, a table cell or an escape becomes a numeric entity too, so
 * `[klik](http://x) *vet*`, backticks and `&lt;` appear literally. Line
 * breaks become spaces (a break would end a table row or paragraph).
 *
 * @example
 * ```ts
 * escapeMarkdown("[klik](x) *vet*"); // "&#91;klik&#93;(x) &#42;vet&#42;"
 * ```
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[&<>\\`*_[\]~#|!]/g, (c) =>
      c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `&#${c.charCodeAt(0)};`,
    )
    .replace(/\r\n?|\n/g, " ")
    .replace(/^([+-]|\d+[.)])(?=\s)/, (m) => m.replace(/[+\-.)]/, (c) => `&#${c.charCodeAt(0)};`));
}

/** @internal Inline code: a fence longer than any run of backticks inside it. */
export function markdownCode(s: string): string {
  const flat = s.replace(/\r\n?|\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
