/**
 * Words of the reports in Dutch (default) and English.
 * @internal
 */
export type Lang = "nl" | "en";

const LABELS = {
  case: { nl: "Casus", en: "Case" },
  cases: { nl: "Casussen", en: "Cases" },
  wijk: { nl: "Wijk", en: "Neighbourhood" },
  programme: { nl: "Programma", en: "Programme" },
  period: { nl: "Periode", en: "Period" },
  payer: { nl: "Financier", en: "Payer" },
  counterfactualCost: { nl: "Zonder interventie", en: "Without intervention" },
  actualCost: { nl: "Met interventie", en: "With intervention" },
  interventionCost: { nl: "Inzet", en: "Intervention" },
  avoidedCost: { nl: "Vermeden kosten", en: "Avoided cost" },
  netReturn: { nl: "Netto rendement", en: "Net return" },
  ratio: { nl: "Rendement per euro inzet", en: "Return per euro invested" },
  total: { nl: "Totaal", en: "Total" },
  pricelist: { nl: "Prijslijst", en: "Price list" },
  priceYear: { nl: "Prijspeil", en: "Price year" },
  fingerprint: { nl: "Vingerafdruk", en: "Fingerprint" },
  warnings: { nl: "Aandachtspunten", en: "Warnings" },
  unexplained: { nl: "Regels zonder onderbouwing", en: "Lines without a reason" },
  wellbeing: { nl: "Welbevinden", en: "Wellbeing" },
  before: { nl: "Voor", en: "Before" },
  after: { nl: "Na", en: "After" },
  delta: { nl: "Verschil", en: "Change" },
  title: { nl: "Maatschappelijk rendement", en: "Social return" },
  societal: { nl: "Maatschappelijk (zonder overdrachten)", en: "Societal (transfers left out)" },
  example: { nl: "voorbeeld", en: "example" },
  // roll-up reports
  month: { nl: "Maand", en: "Month" },
  quarter: { nl: "Kwartaal", en: "Quarter" },
  year: { nl: "Jaar", en: "Year" },
  noProgramme: { nl: "(geen programma)", en: "(no programme)" },
  rollupTitle: { nl: "Maatschappelijk rendement per groep", en: "Social return per group" },
  groups: { nl: "Totalen per groep", en: "Totals per group" },
  payerMatrix: { nl: "Wie investeert, wie wint (per financier)", en: "Who invests, who gains (per payer)" },
  payerByGroup: { nl: "Netto per financier en groep", en: "Net per payer and group" },
  invested: { nl: "Geïnvesteerd", en: "Invested" },
  gained: { nl: "Vermeden", en: "Gained" },
  net: { nl: "Netto", en: "Net" },
  societalNet: { nl: "Netto maatschappelijk", en: "Net, societal" },
  societalRatio: { nl: "Rendement maatschappelijk", en: "Ratio, societal" },
  unexplainedCases: { nl: "Casussen met regels zonder onderbouwing", en: "Cases with lines without a reason" },
  instrument: { nl: "Instrument", en: "Instrument" },
  measured: { nl: "Gemeten (voor en na)", en: "Measured (before and after)" },
  beforeOnly: { nl: "Alleen voormeting", en: "Before only" },
  meanDelta: { nl: "Gem. verschil", en: "Mean change" },
  medianDelta: { nl: "Mediaan verschil", en: "Median change" },
  improved: { nl: "Beter", en: "Improved" },
  unchanged: { nl: "Gelijk", en: "Unchanged" },
  worse: { nl: "Slechter", en: "Worse" },
  chartTitle: {
    nl: "Zonder interventie tegenover met interventie",
    en: "Without intervention against with intervention",
  },
  listsUsed: { nl: "Gebruikte prijslijsten", en: "Price lists used" },
  synthetic: {
    nl: "Synthetische gegevens: verzonnen casussen, geen echte personen.",
    en: "Synthetic data: invented cases, no real people.",
  },
  precision: {
    nl: "Bedragen zijn exacte sommen van op centen afgeronde regels; verhoudingen op 4 decimalen, gemiddelden en medianen op 2 decimalen (half naar boven).",
    en: "Amounts are exact sums of lines rounded to cents; ratios to 4 decimals, means and medians to 2 decimals (half up).",
  },
  payerNote: {
    nl: "Bij groeperen per financier telt een casus mee bij elke financier die erin voorkomt; de bedragen tellen op, de aantallen niet.",
    en: "Grouped by payer, a case counts with every payer in it; amounts add up, counts do not.",
  },
} as const;

/** @internal */
export type LabelKey = keyof typeof LABELS;

/** @internal A word list in both languages, and its lookup: one shape for every report's words. */
export function dictionary<K extends string>(
  words: Readonly<Record<K, { readonly nl: string; readonly en: string }>>,
): (key: K, lang: Lang) => string {
  return (key, lang) => words[key][lang];
}

/** @internal The shared report words. */
export const t = dictionary(LABELS);
