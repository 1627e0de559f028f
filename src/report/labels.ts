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

/** @internal A word with `{name}` placeholders filled in. */
export function tf(key: WordKey, lang: Lang, values: Readonly<Record<string, string>>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** @internal Whether a dictionary has a word (keys built from data such as `unit.${unit}`). */
export function hasWord(key: string): key is WordKey {
  return Object.hasOwn(EN, key);
}

/** @internal A word list in both languages, and its lookup (audit and scenario words until they move to `words/`). */
export function dictionary<K extends string>(
  words: Readonly<Record<K, { readonly nl: string; readonly en: string }>>,
): (key: K, lang: Lang) => string {
  return (key, lang) => words[key][lang];
}
