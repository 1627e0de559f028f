/**
 * Formats a euro amount (a decimal string, as results carry them) for people:
 * Dutch `€ 1.234,56` and `€ -1.234,56` by default, English `€1,234.56` and
 * `-€1,234.56` on request. Pure string work: the same output in every runtime
 * and locale.
 *
 * @example
 * ```ts
 * formatEuro("1234.5");          // "€ 1.234,50"
 * formatEuro("-45500", "en");     // "-€45,500.00"
 * ```
 */
export function formatEuro(amount: string, lang: "nl" | "en" = "nl"): string {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!m) throw new RangeError(`not a decimal amount: ${amount}`);
  // Round to cents half-up on the digits (never cut off a third decimal).
  const digits = m[3] ?? "";
  let cents = BigInt((m[2] as string) + `${digits}00`.slice(0, 2));
  if (digits.length > 2 && (digits.charCodeAt(2) as number) >= 53) cents += 1n;
  const neg = m[1] === "-" && cents !== 0n;
  const text = cents.toString().padStart(3, "0");
  const int = text.slice(0, -2);
  const frac = text.slice(-2);
  const sep = lang === "nl" ? "." : ",";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return lang === "nl" ? `€ ${neg ? "-" : ""}${grouped},${frac}` : `${neg ? "-" : ""}€${grouped}.${frac}`;
}
