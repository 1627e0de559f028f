/**
 * @internal Small helpers shared by the report builders.
 */
import { centsToString } from "../money/cents.js";
import { amountToCents } from "../money/parseDecimal.js";
import { type Lang, t } from "./labels.js";
import type { ChartBar, ChartBlock, Inline } from "./model.js";
import type { WordKey } from "./words/en.js";

/**
 * @internal A sentence of the dictionary with `{name}` placeholders replaced
 * by inlines (figures stay typed, so the renderer formats them).
 */
export function sentence(key: WordKey, lang: Lang, values: Readonly<Record<string, Inline>>): Inline[] {
  const out: Inline[] = [];
  const parts = t(key, lang).split(/\{(\w+)\}/);
  parts.forEach((p, i) => {
    if (i % 2 === 0) {
      if (p !== "") out.push(p);
    } else out.push(values[p] ?? `{${p}}`);
  });
  return out;
}

/** @internal At most this many bars in a chart; the rest become one "other" bar. */
export const CHART_TOP = 20;

/**
 * @internal A chart of amount bars, readable at any number of groups: beyond
 * {@link CHART_TOP} bars, the largest by their first value are kept in their
 * order and the others summed (exactly, in cents) into one "other" bar.
 */
export function amountChart(
  title: string,
  series: readonly string[],
  bars: readonly ChartBar[],
  lang: Lang,
): { chart: ChartBlock; truncated: boolean } {
  const chart = (b: readonly ChartBar[]): ChartBlock => ({ kind: "chart", title, series, bars: b, unit: "amount" });
  if (bars.length <= CHART_TOP) return { chart: chart(bars), truncated: false };
  const size = (b: ChartBar) => Math.abs(amountToCents(b.values[0] ?? "0"));
  const keep = new Set(
    bars
      .map((b, i) => ({ i, s: size(b) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, CHART_TOP - 1)
      .map((x) => x.i),
  );
  const rest = bars.filter((_, i) => !keep.has(i));
  const sums = series.map((_, k) => rest.reduce((s, b) => s + BigInt(amountToCents(b.values[k] ?? "0")), 0n));
  const other: ChartBar = { label: `${t("otherGroups", lang)} (${rest.length})`, values: sums.map(centsToString) };
  return { chart: chart([...bars.filter((_, i) => keep.has(i)), other]), truncated: true };
}
