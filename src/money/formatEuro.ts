import { parseDecimal } from "./parseDecimal.js";
import { divideRounded } from "./rounding.js";

/** The languages amounts are written in. */
export type MoneyLang = "nl" | "en";

/**
 * Formats integer cents for people: Dutch `€ 1.234,56` and `€ -1.234,56` by
 * default, English `€1,234.56` and `-€1,234.56` on request. Pure string work:
 * the same output in every runtime and locale.
 *
 * @example
 * ```ts
 * formatCents(123450);          // "€ 1.234,50"
 * formatCents(-4550000, "en");  // "-€45,500.00"
 * ```
 */
export function formatCents(cents: number | bigint, lang: MoneyLang = "nl"): string {
  const neg = cents < 0;
  const text = (neg ? -BigInt(cents) : BigInt(cents)).toString().padStart(3, "0");
  const sep = lang === "nl" ? "." : ",";
  const grouped = text.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const frac = text.slice(-2);
  return lang === "nl" ? `€ ${neg ? "-" : ""}${grouped},${frac}` : `${neg ? "-" : ""}€${grouped}.${frac}`;
}

/**
 * Formats a euro amount given as a decimal string (as results carry them) for
 * people, like {@link formatCents}; more than two decimals are rounded
 * half-up to cents (never cut off).
 *
 * @example
 * ```ts
 * formatEuro("1234.5");          // "€ 1.234,50"
 * formatEuro("-45500", "en");     // "-€45,500.00"
 * ```
 */
export function formatEuro(amount: string, lang: MoneyLang = "nl"): string {
  const p = /^-?\d+(?:\.\d+)?$/.test(amount) ? parseDecimal(amount) : undefined;
  if (!p) throw new RangeError(`not a decimal amount: ${amount}`);
  const units = p.negative ? -p.units : p.units;
  const cents =
    p.scale <= 2 ? units * 10n ** BigInt(2 - p.scale) : divideRounded(units, 10n ** BigInt(p.scale - 2), "halfUp");
  return formatCents(cents, lang);
}
