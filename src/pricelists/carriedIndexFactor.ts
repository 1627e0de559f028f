import type { Ratio } from "../money/ratio.js";
import type { IndexSeriesData } from "./catalog.js";
import { indexFactor, seriesYears } from "./indexSeries.js";
import type { Indexation } from "./types.js";

/**
 * @internal The factor level(to)/level(from) of a series, where a year after
 * the series' newest level takes that newest level (carried forward, not
 * projected) and the record says so in `carriedFrom`. A year before the
 * series starts is refused by {@link indexFactor}.
 *
 * @example
 * ```ts
 * carriedIndexFactor(cpi, 2022, 2026, ["priceYear"]).record.carriedFrom; // 2025 when CPI ends in 2025
 * ```
 */
export function carriedIndexFactor(
  series: IndexSeriesData,
  fromYear: number,
  toYear: number,
  where: readonly (string | number)[],
): { factor: Ratio; record: Indexation } {
  const { last } = seriesYears(series);
  if (fromYear <= last && toYear <= last) return indexFactor(series, fromYear, toYear, where);
  const fx = indexFactor(series, Math.min(fromYear, last), Math.min(toYear, last), where);
  return { factor: fx.factor, record: { ...fx.record, fromYear, toYear, carriedFrom: last } };
}
