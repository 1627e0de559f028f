import type { Warning } from "../cases/types.js";
import type { Lang } from "./labels.js";

/** @internal A path inside a case as people write it: `counterfactual[2]`. */
export function pathText(p: readonly (string | number)[]): string {
  return p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? x : `.${x}`)).join("");
}

// Warnings carry their message in English as data; a Dutch report says the same in Dutch.
// The dates of the English message are its data: they are taken over in order.
const NL: Readonly<Record<string, (d: readonly string[], message: string) => string>> = {
  actual_after_end: (d) => `actuele regel loopt tot ${d[0] ?? "?"}, na het einde van de casus op ${d[1] ?? "?"}`,
  period_outside_case: (d) => `regel begint op ${d[0] ?? "?"}, voor de start van de casus op ${d[1] ?? "?"}`,
  counterfactual_without_reason: () => "contrafactische regel zonder onderbouwing: waarom zou dit zijn gebeurd?",
  no_counterfactual: () => "de casus heeft geen contrafactische regels: er wordt niets vermeden",
  // Years and list ids of the price-list coverage warnings (src/pricelists/coverageWarnings.ts).
  beyond_index_year: (_d, m) => {
    const [, y, s, l] = m.match(/runs into (\d{4}).* index (\S+) \((\d{4})\)/) ?? [];
    return `de casus loopt door tot in ${y ?? "?"}, na het nieuwste jaar van index ${s ?? "?"} (${l ?? "?"}): bedragen worden niet verder geïndexeerd dan ${l ?? "?"}`;
  },
  beyond_list_year: (_d, m) => {
    const [, y, id, l, v, e] =
      m.match(/runs into (\d{4}).* list (\S+) \((\d{4})\): it is priced with (\S+) in (\d{4})/) ?? [];
    return `de casus loopt door tot in ${y ?? "?"}, na het nieuwste prijspeil van lijst ${id ?? "?"} (${l ?? "?"}): geprijsd met ${v ?? "?"} in euro's van ${e ?? "?"}`;
  },
};

/**
 * @internal A warning in the report's language (the code stays beside it,
 * so a reader can look it up).
 */
export function warningText(w: Warning, lang: Lang): string {
  if (lang === "en") return w.message;
  const nl = Object.hasOwn(NL, w.code) ? NL[w.code] : undefined;
  return nl ? nl(w.message.match(/\d{4}-\d{2}-\d{2}/g) ?? [], w.message) : "zie de code van dit aandachtspunt";
}
