import { EN, type WordKey } from "./words/en.js";
import { NL } from "./words/nl.js";

/**
 * Language of a report: Dutch (`nl`, the default) or English (`en`).
 */
export type Lang = "nl" | "en";

/** @internal */
export type LabelKey = WordKey;

const WORDS: Readonly<Record<Lang, Readonly<Record<WordKey, string>>>> = { nl: NL, en: EN };

/** @internal A word of the reports in a language (one dictionary per language: `words/nl.ts`, `words/en.ts`). */
export function t(key: WordKey, lang: Lang): string {
  return WORDS[lang][key];
}

/** @internal A number of years as words: `1 year`, `3 years`; in Dutch `1 jaar`, `3 jaar`. */
export function yearsText(n: number, lang: Lang): string {
  const nl = lang === "nl";
  return `${n.toLocaleString(nl ? "nl-NL" : "en-GB")} ${nl ? "jaar" : n === 1 ? "year" : "years"}`;
}

/** @internal A word with `{name}` placeholders filled in. */
export function tf(key: WordKey, lang: Lang, values: Readonly<Record<string, string>>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** @internal Whether a dictionary has a word (keys built from data such as `unit.${unit}`). */
export function hasWord(key: string): key is WordKey {
  return Object.hasOwn(EN, key);
}
