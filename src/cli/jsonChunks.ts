/**
 * @internal `JSON.stringify({ ...head, [key]: items }, null, 2)` plus a
 * newline, in pieces of a few hundred items: the same text, but never one
 * string for the whole output, so a large result is written without hitting
 * the engine's string limit (issue 9: "Invalid string length" at 100k cases).
 *
 * @example
 * ```ts
 * [...jsonChunks({ lists: [] }, "cases", [{ id: "a" }])].join("") ===
 *   `${JSON.stringify({ lists: [], cases: [{ id: "a" }] }, null, 2)}\n`; // true
 * ```
 */
export function* jsonChunks(head: Record<string, unknown>, key: string, items: readonly unknown[]): Generator<string> {
  const open = JSON.stringify(head, null, 2);
  const prefix = open === "{}" ? "{\n" : `${open.slice(0, -2)},\n`;
  if (items.length === 0) {
    yield `${prefix}  ${JSON.stringify(key)}: []\n}\n`;
    return;
  }
  yield `${prefix}  ${JSON.stringify(key)}: [\n`;
  const BATCH = 500;
  for (let from = 0; from < items.length; from += BATCH) {
    const part = items
      .slice(from, from + BATCH)
      .map((item) => `    ${(JSON.stringify(item, null, 2) ?? "null").replace(/\n/g, "\n    ")}`)
      .join(",\n");
    yield from + BATCH < items.length ? `${part},\n` : `${part}\n`;
  }
  yield "  ]\n}\n";
}
