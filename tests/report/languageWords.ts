// The words that betray a report (or a message) in the wrong language, and what a reader reads of a text.
import { HOSTILE_ID, HOSTILE_PROGRAMME, HOSTILE_WIJK } from "./reportInputs.js";

// The words a report could leak from the code's English: enum values, field names, defaults, words of the
// English dictionary. Data (codes, payers, reasons, list titles) is the user's and is shown as given.
export const ENGLISH = [
  "each",
  "month",
  "hour",
  "solid",
  "rough",
  "pricelist",
  "price list",
  "deadweight",
  "displacement",
  "drop-off",
  "global",
  "the list's own",
  "overclaimed",
  "underclaimed",
  "unverifiable",
  "confirmed",
  "triangular",
  "amount",
  "source",
  "original",
  "field",
  "total",
  "cases",
  "case",
  "warnings",
  "without",
  "with",
  "net return",
  "fingerprint",
  "draws",
  "distribution",
  "seed",
  "assumption",
  "default",
  "yes",
  "the",
  "and",
  "not",
  "avoided",
  "cost",
  "invested",
  "gained",
  "payer",
  "wellbeing",
  "before",
  "after",
  "improved",
  "worse",
  "unchanged",
  "measured",
  "change",
  "from",
  "added",
  "removed",
  "valid",
  "reason",
  "claim savings",
  "summary",
  "settings",
  "findings",
  "line",
  "item",
  "unit",
  "quantity",
  "label",
  "domain",
  "reliability",
  "group",
  "all",
  "more",
  "other",
  "example",
  "neighbourhood",
  "programme",
  "quarter",
  "year",
  "period",
  "half-up",
];
// Dutch words of the dictionary that have an English word: none of them may reach an English report.
export const DUTCH = [
  "Casus",
  "Casussen",
  "Totaal",
  "Wijk",
  "Programma",
  "Financier",
  "Zonder interventie",
  "Met interventie",
  "Inzet",
  "Vermeden",
  "Netto",
  "Prijslijst",
  "Prijspeil",
  "Vingerafdruk",
  "Aandachtspunten",
  "Welbevinden",
  "Voor",
  "Na",
  "Verschil",
  "voorbeeld",
  "geen programma",
  "Geïnvesteerd",
  "Beter",
  "Gelijk",
  "Slechter",
  "Gemeten",
  "bevestigd",
  "geclaimd",
  "controleerbaar",
  "Trekkingen",
  "Startwaarde",
  "Verdeling",
  "driehoeksverdeling",
  "Aanname",
  "Standaard",
  "ja",
  "nee",
  "Bedrag",
  "Eenheid",
  "Bron",
  "Betrouwbaarheid",
  "stuk",
  "maand",
  "uur",
  "stevig",
  "grof",
  "Regel",
  "Kosten",
  "Onderbouwing",
  "Geldig vanaf",
  "Uitgangspunten",
  "Bevindingen",
  "Samenvatting",
  "In het kort",
  "overige",
];

// The example's case id names a probability row of the tornado: the user's data, as the hostile names are.
const DATA = [HOSTILE_ID, HOSTILE_WIJK, HOSTILE_PROGRAMME, "voorbeeld-overlast"];
// What a reader reads: tags, code spans and entities out; the user's data (hostile names, codes) out.
export function prose(s: string, name: string): string {
  let x = s
    .replace(/<style>[\s\S]*?<\/style>|<code>[\s\S]*?<\/code>|<title>[\s\S]*?<\/title>|<[^>]*>/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  for (const d of DATA) x = x.split(d).join(" ");
  // The price list's sources are the publishers' titles (some English): data, left out.
  if (name.startsWith("pricelist/show"))
    x = x.replace(/^(.*?)([|;])(.*)$/gm, (row, _a, sep: string) => {
      const cells = row.split(sep);
      cells.splice(sep === "|" ? 7 : 6, 1);
      return cells.join(sep);
    });
  // Codes and identifiers (item codes, list ids, finding codes, options, wijk codes, paths) are data, never words.
  return x.replace(
    /[\w-]+(?:[.@][\w-]+)+|\b[a-z]+(?:_[a-z]+)+\b|--[\w-]+|\b\w+\[\d+\][\w.[\]]*|WK\d+|https?:\S+/g,
    " ",
  );
}

export const found = (text: string, words: readonly string[], flags: string) =>
  words.filter((w) =>
    new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, flags).test(text),
  );
