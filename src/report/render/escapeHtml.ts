/**
 * @internal Escapes text for HTML element content and quoted attribute
 * values: every user string (case ids, wijk names, narratives) goes through
 * this, so nothing from input can open a tag or an attribute.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}
