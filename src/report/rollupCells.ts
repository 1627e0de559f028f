/**
 * @internal The cells every roll-up report shares, so Markdown, HTML and CSV
 * show the same figures under the same names.
 */
import { ratio, ratioToFixed } from "../money/ratio.js";
import type { GroupDimension, RollupRow, RollupTable, WellbeingSummary } from "../rollup/types.js";
import { type LabelKey, type Lang, t } from "./labels.js";

/** @internal */
export const FIGURES = ["counterfactualCost", "actualCost", "interventionCost", "avoidedCost", "netReturn"] as const;

/** @internal The column title of a dimension. */
export function dimensionLabel(d: GroupDimension, lang: Lang): string {
  return t(d as LabelKey, lang);
}

/** @internal A row's value of a dimension, for people. */
export function dimensionValue(row: RollupRow, d: GroupDimension, lang: Lang): string {
  const v = row.by[d] ?? "";
  return d === "programme" && v === "" ? t("noProgramme", lang) : v;
}

/** @internal A row's name: its values joined, or "Totaal". */
export function rowName(row: RollupRow, groupBy: readonly GroupDimension[], lang: Lang): string {
  return groupBy.length === 0 ? t("total", lang) : groupBy.map((d) => dimensionValue(row, d, lang)).join(" · ");
}

/** @internal A decimal string with the language's decimal mark. */
export function decimal(s: string | undefined, lang: Lang): string {
  if (s === undefined) return "–";
  return lang === "nl" ? s.replace(".", ",") : s;
}

/** @internal n / of as a percentage with one decimal, e.g. "95,2%". */
export function percent(n: number, of: number, lang: Lang): string {
  return of === 0 ? "–" : `${decimal(ratioToFixed(ratio(n * 100, of), 1), lang)}%`;
}

/** @internal Every payer that occurs in the table, sorted. */
export function payersOf(table: RollupTable): string[] {
  return table.total.payers.map((p) => p.payer);
}

/** @internal Instruments in the total, sorted. */
export function instrumentsOf(table: RollupTable): WellbeingSummary[] {
  return [...table.total.wellbeing];
}
