/**
 * The WELLBY valuation of a what-if or a simulation as report blocks: its own section beside the euros of
 * cost, labelled as a WELLBY valuation with its value per point and person-years, with the cases valued and
 * those without a 0–10 life-satisfaction change, and a ratio including wellbeing only when chosen.
 * @internal
 */
import type { SimulatedWellby } from "../../scenarios/summariseDraws.js";
import type { WellbyValuation } from "../../scenarios/wellby.js";
import type { WhatIfWellby } from "../../scenarios/whatIf.js";
import { amount } from "../figures.js";
import { type Lang, t } from "../labels.js";
import { type Block, type Cell, code, decimal, heading, type Inline, integer, note, type Row } from "../model.js";
import { sentence } from "../sentence.js";
import type { WordKey } from "../words/en.js";

/** The WELLBY of either scenario: a what-if's or a simulation's. */
type AnyWellby = WhatIfWellby | SimulatedWellby;

/**
 * @internal The labelled main line, with the value per point and the person-years.
 *
 * @example
 * ```ts
 * wellbyLabel(result.wellby, "en"); // WELLBY valuation at €15,000.00 per point per person-year (person-years: 2)
 * ```
 */
export function wellbyLabel(w: WellbyValuation, lang: Lang): Inline[] {
  return sentence("wellbyLine", lang, { value: amount(w.pointValue), years: decimal(w.personYears) });
}

/** The rows of the figures: value, spread, what it rests on, and the ratio including it when chosen. */
function rows(w: AnyWellby, lang: Lang): Row[] {
  // The value column does not wrap (figures): words that qualify a figure go with its label.
  const row = (label: WordKey | Inline[], value: Cell): Row => ({
    cells: [typeof label === "string" ? t(label, lang) : label, value],
  });
  const drawn = w.distribution === "fixed" ? [] : [` (${t(`dist.${w.distribution}`, lang)})`];
  const sim = "simulated" in w ? w : undefined;
  const exactRatio = sim ? sim.exactRatioIncludingWellbeing : (w as WhatIfWellby).ratioIncludingWellbeing;
  const simRatio = sim?.ratioIncludingWellbeing;
  return [
    row(wellbyLabel(w, lang), amount(w.value, true)),
    ...(w.low !== undefined && w.high !== undefined && !sim
      ? [row("wellbyLowHigh", [amount(w.low), " – ", amount(w.high)])]
      : []),
    ...(sim
      ? [
          row("wellbyP5P95", [amount(sim.simulated.p5), " – ", amount(sim.simulated.p95)]),
          row("wellbyP50", amount(sim.simulated.p50)),
        ]
      : []),
    row(
      [t("wellbyPerPoint", lang), ...drawn],
      w.distribution === "fixed" ? amount(w.pointValue) : code(w.valuePerPoint),
    ),
    row("instrument", code(w.instrument)),
    row("wellbyPersonYears", decimal(w.personYears)),
    row("wellbyPoints", decimal(w.points)),
    row("wellbyCasesValued", integer(w.casesValued)),
    row(
      [
        `${t("wellbyCasesWithout", lang)} (`,
        ...sentence("wellbyWithoutParts", lang, {
          before: integer(w.beforeOnly),
          other: integer(w.otherScalesOnly),
          none: integer(w.notMeasured),
        }),
        ")",
      ],
      integer(w.casesWithoutChange),
    ),
    ...(exactRatio !== undefined ? [row("wellbyRatio", decimal(exactRatio))] : []),
    ...(simRatio ? [row("wellbyRatioP5P95", [decimal(simRatio.p5), " – ", decimal(simRatio.p95)])] : []),
  ];
}

/**
 * @internal The WELLBY section of a scenario report; nothing when the scenario gave no WELLBY value.
 *
 * @example
 * ```ts
 * wellbyBlocks(whatIfResult.wellby, "nl"); // [heading, table, notes] or []
 * ```
 */
export function wellbyBlocks(w: AnyWellby | undefined, lang: Lang): Block[] {
  if (!w) return [];
  return [
    heading(2, t("wellbyTitle", lang)),
    {
      kind: "table",
      name: "wellby",
      headless: true,
      columns: [
        { title: "", align: "l" },
        { title: "", align: "r" },
      ],
      rows: rows(w, lang),
    },
    note("note", t("wellbyRule", lang)),
    note("note", `${t("wellbyApart", lang)} ${t(w.includedInRatio ? "wellbyIncluded" : "wellbyNotIncluded", lang)}`),
    ...("measuredYearsOnly" in w && w.measuredYearsOnly ? [note("note", t("wellbyOverYears", lang))] : []),
  ];
}
