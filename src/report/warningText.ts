import type { Warning } from "../cases/types.js";
import type { Lang } from "./labels.js";

/** @internal A path inside a case as people write it: `counterfactual[2]`. */
export function pathText(p: readonly (string | number)[]): string {
  return p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? x : `.${x}`)).join("");
}

// Warnings carry their message in English as data; a Dutch report says the same in Dutch.
// The dates and years of the English message are its data: they are taken over in order.
const NL: Readonly<Record<string, (d: readonly string[], m: string) => string>> = {
  actual_after_end: (d) => `actuele regel loopt tot ${d[0] ?? "?"}, na het einde van de casus op ${d[1] ?? "?"}`,
  period_outside_case: (d) => `regel begint op ${d[0] ?? "?"}, voor de start van de casus op ${d[1] ?? "?"}`,
  counterfactual_without_reason: () => "contrafactische regel zonder onderbouwing: waarom zou dit zijn gebeurd?",
  beyond_index_year: (_, m) => {
    const x = /runs into (\d{4}), after the newest level of index (\S+) \((\d{4})\)/.exec(m);
    const stay = /amounts stay in (\d{4}) euros/.exec(m);
    const what = stay
      ? `bedragen blijven in euro's van ${stay[1]}, niet herrekend naar ${x?.[1] ?? "later"}`
      : `bedragen worden na ${x?.[3] ?? "dat jaar"} niet verder geïndexeerd (dat niveau blijft gelden)`;
    return x
      ? `de casus loopt tot in ${x[1]}, na het nieuwste jaar van index ${x[2]} (${x[3]}): ${what}`
      : `de casus loopt voorbij het nieuwste jaar van de index: ${what}`;
  },
  beyond_list_year: (_, m) => {
    const x =
      /runs into (\d{4}), after the newest price year of list (\S+) \((\d{4})\): it is priced with (\S+) in (\d{4})/.exec(
        m,
      );
    return x
      ? `de casus loopt tot in ${x[1]}, na het nieuwste prijspeil van lijst ${x[2]} (${x[3]}): geprijsd met ${x[4]} in euro's van ${x[5]}`
      : "de casus loopt voorbij het nieuwste prijspeil van de lijst";
  },
  spending_without_cases: (_, m) => {
    const none = /^no case belongs to (wijk|programme) "(.*)":/.exec(m);
    if (none)
      return `geen casus hoort bij ${none[1] === "wijk" ? "wijk" : "programma"} "${none[2]}": de waargenomen uitgaven staan op zichzelf`;
    const years = /^no case of (?:wijk|programme) "(.*)" avoids a cost for (\S+) in these years/.exec(m);
    return `geen casus van "${years?.[1] ?? "?"}" vermijdt in deze jaren kosten voor ${years?.[2] ?? "deze financier"}: de waargenomen uitgaven staan op zichzelf`;
  },
  no_counterfactual: () => "de casus heeft geen contrafactische regels: er wordt niets vermeden",
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
