/**
 * @internal The number a spreadsheet stores for a decimal string, only when
 * it stands for exactly that decimal: a sheet holds binary doubles, and a
 * figure written to it must read back as the same digits (an amount of more
 * than 15 significant digits is not, and stays text rather than change).
 * @example
 * ```ts
 * exactNumber("-1234.50"); // -1234.5
 * exactNumber("12345678901234567.89"); // undefined
 * ```
 */
export function exactNumber(decimal: string): number | undefined {
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(decimal.trim());
  if (!m) return undefined;
  const int = (m[2] as string).replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const canonical = `${m[1] === "-" && (int !== "0" || frac !== "") ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
  const n = Number(canonical);
  return Number.isFinite(n) && String(n) === canonical ? n : undefined;
}
