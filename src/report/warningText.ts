import type { Warning } from "../cases/types.js";
import type { Lang } from "./labels.js";

/** @internal A path inside a case as people write it: `counterfactual[2]`. */
export function pathText(p: readonly (string | number)[]): string {
  return p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? x : `.${x}`)).join("");
}

// Warnings carry their message in English as data; a Dutch report says the same in Dutch.
// The dates of the English message are its data: they are taken over in order.
const NL: Readonly<Record<string, (d: readonly string[]) => string>> = {
  actual_after_end: (d) => `actuele regel loopt tot ${d[0] ?? "?"}, na het einde van de casus op ${d[1] ?? "?"}`,
  period_outside_case: (d) => `regel begint op ${d[0] ?? "?"}, voor de start van de casus op ${d[1] ?? "?"}`,
  counterfactual_without_reason: () => "contrafactische regel zonder onderbouwing: waarom zou dit zijn gebeurd?",
  no_counterfactual: () => "de casus heeft geen contrafactische regels: er wordt niets vermeden",
};

/**
 * @internal A warning in the report's language (the code stays beside it,
 * so a reader can look it up).
 */
export function warningText(w: Warning, lang: Lang): string {
  if (lang === "en") return w.message;
  const nl = Object.hasOwn(NL, w.code) ? NL[w.code] : undefined;
  return nl ? nl(w.message.match(/\d{4}-\d{2}-\d{2}/g) ?? []) : "zie de code van dit aandachtspunt";
}
