import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { formatEuro } from "../../money/formatEuro.js";
import type { Lang } from "../labels.js";
import type { Inline } from "../model.js";

const LOCALE = { nl, en: enGB } as const;

/** @internal Groups the digits of a whole number by thousands (`1.234.567` / `1,234,567`). */
export function groupDigits(digits: string, lang: Lang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
}

/** @internal A plain decimal string (`-1234.5678`) in the language's notation (`-1.234,5678`). */
export function formatDecimal(value: string, lang: Lang): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const frac = m[3] === undefined ? "" : `${lang === "nl" ? "," : "."}${m[3]}`;
  return `${m[1]}${groupDigits(m[2] as string, lang)}${frac}`;
}

/**
 * @internal A date (`2024-03-01`) or period (`2024-03`, `2024-Q1`, `2024`)
 * named in the language by date-fns: `1 maart 2024`, `maart 2024`,
 * `1e kwartaal 2024`. Anything else is returned as given.
 */
export function formatDate(iso: string, lang: Lang): string {
  const locale = LOCALE[lang];
  // Local dates on both sides: the name does not depend on the time zone.
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), "d MMMM yyyy", { locale });
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return format(new Date(Number(m[1]), Number(m[2]) - 1, 1), "LLLL yyyy", { locale });
  m = /^(\d{4})-Q([1-4])$/.exec(iso);
  if (m) return format(new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1), "QQQQ yyyy", { locale });
  return iso;
}

/**
 * @internal The one formatting of figures for people (every renderer but CSV
 * uses it): euros, decimals, counts and dates in the language's notation.
 * Returns plain text; the renderer escapes it.
 */
export function inlineText(x: Inline, lang: Lang): string {
  if (typeof x === "string") return x;
  switch (x.kind) {
    case "none":
      return "–";
    case "text":
    case "code":
      return x.text;
    case "amount":
      return formatEuro(x.value, lang);
    case "decimal":
      return `${formatDecimal(x.value, lang)}${x.suffix ?? ""}`;
    case "integer":
      return groupDigits(x.value.toString(), lang).replace(/^-(?=.)/, "-");
    case "date":
      return formatDate(x.iso, lang);
  }
}
