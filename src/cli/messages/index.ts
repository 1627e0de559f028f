/**
 * The command line's message dictionaries and the choice between them.
 * @internal
 */
import { en, type Messages } from "./en.js";
import { nl } from "./nl.js";

export type { Messages } from "./en.js";

/** @internal A language of messages (and of reports). */
export type Lang = "nl" | "en";

/** @internal The dictionary of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === "nl" ? nl : en;
}

/**
 * @internal The language of messages: `--lang nl|en` on the command line,
 * else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `nl_*` is Dutch), else English.
 *
 * @example
 * ```ts
 * messageLang(["compute", "x.json"], { LANG: "nl_NL.UTF-8" }); // "nl"
 * messageLang(["compute", "--lang=en"], { LANG: "nl_NL.UTF-8" }); // "en"
 * ```
 */
export function messageLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "nl" || v === "en") return v;
  }
  // The first of these that is set decides, as in POSIX.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^nl([_.@-]|$)/i.test(locale) ? "nl" : "en";
}
