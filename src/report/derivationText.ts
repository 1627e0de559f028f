import type { Lang } from "./labels.js";

// The audit trail says how a quantity was derived in English (it is data);
// a Dutch report says the same in Dutch.
const NL: Readonly<Record<string, string>> = {
  hour: "uur",
  hours: "uur",
  dagdeel: "dagdeel",
  dagdelen: "dagdelen",
  day: "dag",
  days: "dagen",
  night: "nacht",
  nights: "nachten",
  week: "week",
  weeks: "weken",
  month: "maand",
  months: "maanden",
  year: "jaar",
  years: "jaren",
  each: "stuk",
};

/**
 * @internal A unit or a derivation such as `"4 hour per week × (28/7 weeks) = 16 hour"`
 * in the report's language (`"4 uur per week × (28/7 weken) = 16 uur"`).
 */
export function derivationText(text: string, lang: Lang): string {
  return lang === "en"
    ? text
    : text.replace(/\b(hours?|dagdelen|dagdeel|days?|nights?|weeks?|months?|years?|each)\b/g, (w) => NL[w] ?? w);
}
