import type { WarningTexts } from "../../errors/warning.js";

/** A decimal as a Dutch reader writes it (`0,3`), from the warning's data (`"0.3"`). */
const comma = (v: string | number): string => String(v).replace(".", ",");

/** @internal Every warning the library can emit, in Dutch: one text per code, made from the warning's data. */
export const WARNINGS_NL: WarningTexts = {
  actual_after_end: (p) => `actuele regel loopt tot ${p.through}, na het einde van de casus op ${p.end}`,
  period_outside_case: (p) => `regel begint op ${p.from}, vóór de start van de casus op ${p.start}`,
  counterfactual_without_reason: () => "contrafactische regel zonder onderbouwing: waarom zou dit zijn gebeurd?",
  no_counterfactual: () => "de casus heeft geen contrafactische regels: er wordt niets vermeden",
  counterfactual_cut_at_relapse: (p) =>
    `de casus is op ${p.relapseDate} teruggevallen: deze regel telt van ${p.from} t/m ${p.through}, niet t/m ${p.written}`,
  counterfactual_dropped_at_relapse: (p) =>
    `de casus is op ${p.relapseDate} teruggevallen: deze regel valt op of na de terugval en telt niet als vermeden`,
  beyond_index_year: (p) =>
    `de casus loopt tot in ${p.year}, na het nieuwste jaar van index ${p.series} (${p.indexYear}): ` +
    (p.priceYear > p.indexYear
      ? `bedragen worden na ${p.indexYear} niet verder geïndexeerd (dat niveau blijft gelden)`
      : `bedragen blijven in euro's van ${p.priceYear}, niet herrekend naar ${p.year}`),
  before_list_valid_from: (p) =>
    `de casus begint op ${p.start}, vóór ${p.ref} geldt (vanaf ${p.validFrom}): ` +
    "geprijsd met die lijst zoals genoemd, met de bedragen van haar eigen datum",
  beyond_list_year: (p) =>
    `de casus loopt tot in ${p.year}, na het nieuwste prijspeil van lijst ${p.list} (${p.listYear}): ` +
    `geprijsd met ${p.ref} in euro's van ${p.priceYear}`,
  carried_forward: (p) =>
    p.priceYear > p.level
      ? `prijspeil ${p.priceYear} van ${p.ref} ligt na het nieuwste niveau van index ${p.series} (${p.level}): ` +
        `${p.count} bedragen blijven op het niveau van ${p.level}, niet geprojecteerd (zie indexation.carriedFrom bij elke regel)`
      : `${p.count} bedragen van ${p.ref} zijn geprijsd in een jaar na het nieuwste niveau van hun index (${p.level}): ` +
        `ze zijn herrekend vanaf het niveau van ${p.level}, niet vanaf hun eigen jaar (zie indexation.carriedFrom bij elke regel)`,
  nothing_varied: () =>
    "niets varieerde: geen prijs had een bandbreedte, geen percentage was een verdeling en geen casus had alternatieven; elke trekking is het exacte bedrag, dus P(netto > 0) zegt niets over onzekerheid",
  mostly_fixed_rough: (p) =>
    `${comma(p.share)} van de kosten zonder inzet rust op ${p.count} ruwe bedrag(en) die vast bleven`,
  rough_range_assumed: (p) =>
    `${p.count} ruwe prijs/prijzen zonder bandbreedte in de lijst zijn getrokken binnen ±${comma(p.relative)} van het lijstbedrag (de standaardbandbreedte van de simulatie)`,
};
