import { type Lang, t } from "./labels.js";
import { type Inline, text } from "./model.js";
import type { WordKey } from "./words/en.js";

/**
 * @internal A sentence of the dictionary with its `{name}` placeholders filled by inlines, so that
 * amounts and decimals inside it are formatted by each renderer in the report's language.
 *
 * @example
 * ```ts
 * sentence("horizonCut", "nl", { end: text("2030") }); // [text("De horizon eindigt met "), text("2030"), …]
 * ```
 */
export function sentence(
  key: WordKey,
  lang: Lang,
  values: Readonly<Record<string, Inline | readonly Inline[]>>,
): Inline[] {
  return t(key, lang)
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .flatMap((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      return m && Object.hasOwn(values, m[1] as string) ? (values[m[1] as string] as Inline) : text(part);
    });
}
