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
} as const;

/** @internal */
export type LabelKey = keyof typeof LABELS;

/** @internal */
export function t(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}
