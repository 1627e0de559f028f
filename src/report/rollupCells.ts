/**
 * @internal The cells every roll-up report shares, so Markdown, HTML, CSV and
 * the charts show the same figures under the same names.
 */
import { ratio, ratioToFixed } from "../money/ratio.js";
import type { GroupDimension, RollupRow, RollupTable, WellbeingSummary } from "../rollup/types.js";
import { type LabelKey, type Lang, t } from "./labels.js";
import { formatDate } from "./render/formatInline.js";

/** @internal */
export const FIGURES = ["counterfactualCost", "actualCost", "interventionCost", "avoidedCost", "netReturn"] as const;

/** @internal Wijk names by code, e.g. from CBS's wijk- en buurtindeling. */
export type WijkNames = ReadonlyMap<string, string>;

/** @internal The column title of a dimension. */
export function dimensionLabel(d: GroupDimension, lang: Lang): string {
  return t(d as LabelKey, lang);
}

/** @internal A wijk for people: `name (code)` when the name is known, else the code. */
export function wijkName(code: string, names?: WijkNames | undefined): string {
  const name = names?.get(code);
  return name === undefined || name === code ? code : `${name} (${code})`;
}

/** @internal A row's value of a dimension, for people (wijk names, period names, no programme). */
export function dimensionValue(row: RollupRow, d: GroupDimension, lang: Lang, names?: WijkNames | undefined): string {
  const v = row.by[d] ?? "";
  if (d === "programme" && v === "") return t("noProgramme", lang);
  if (d === "wijk") return wijkName(v, names);
  if (d === "month" || d === "quarter") return formatDate(v, lang);
  return v;
}

/** @internal A row's name: its values joined, or "Totaal". */
export function rowName(
  row: RollupRow,
  groupBy: readonly GroupDimension[],
  lang: Lang,
  names?: WijkNames | undefined,
): string {
  return groupBy.length === 0 ? t("total", lang) : groupBy.map((d) => dimensionValue(row, d, lang, names)).join(" · ");
}

/** @internal A decimal string with the language's decimal mark. */
export function decimal(s: string | undefined, lang: Lang): string {
  if (s === undefined) return "–";
  return lang === "nl" ? s.replace(".", ",") : s;
}

/** @internal n / of as a percentage with one decimal as a plain decimal string ("95.2"), or undefined. */
export function percentValue(n: number, of: number): string | undefined {
  return of === 0 ? undefined : ratioToFixed(ratio(n * 100, of), 1);
}

/** @internal n / of as a percentage with one decimal, e.g. "95,2%". */
export function percent(n: number, of: number, lang: Lang): string {
  const v = percentValue(n, of);
  return v === undefined ? "–" : `${decimal(v, lang)}%`;
}

/** @internal Every payer that occurs in the table, sorted. */
export function payersOf(table: RollupTable): string[] {
  return table.total.payers.map((p) => p.payer);
}

/** @internal Instruments in the total, sorted. */
export function instrumentsOf(table: RollupTable): WellbeingSummary[] {
  return [...table.total.wellbeing];
}
