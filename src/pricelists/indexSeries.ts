import { InputError } from "../errors/InputError.js";
import { parseDecimal } from "../money/parseDecimal.js";
import { type Ratio, ratio, ratioToFixed } from "../money/ratio.js";
import type { IndexSeriesData, PriceListCatalog } from "./catalog.js";
import type { Indexation } from "./types.js";

/**
 * The default series prices follow: CBS consumer price index.
 *
 * @example
 * ```ts
 * resolvePriceList(catalog, ref).items[0].index; // "cbs-cpi" unless the item names another
 * ```
 */
export const DEFAULT_INDEX = "cbs-cpi";

/** @internal Compares version labels numerically where they are numbers ("2024.10" > "2024.9"). */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * @internal The newest version of an index series in the catalog; with
 * `asOf` (a list's validFrom), the newest version already valid on that
 * date, so that a published edition keeps the levels it was published with.
 */
export function findIndexSeries(catalog: PriceListCatalog, id: string, asOf?: string): IndexSeriesData | undefined {
  let best: IndexSeriesData | undefined;
  for (const { series } of catalog.indexSeries) {
    if (series.id !== id) continue;
    if (asOf !== undefined && series.validFrom !== undefined && series.validFrom > asOf) continue;
    if (!best || compareVersions(series.version, best.version) > 0) best = series;
  }
  return best;
}

/** @internal The first and last year with a level in a series. */
export function seriesYears(series: IndexSeriesData): { first: number; last: number } {
  const years = Object.keys(series.values).map(Number);
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** @internal The exact factor level(to)/level(from) of a series, with its record. */
export function indexFactor(
  series: IndexSeriesData,
  fromYear: number,
  toYear: number,
  where: readonly (string | number)[],
): { factor: Ratio; record: Indexation } {
  const from = series.values[String(fromYear)];
  const to = series.values[String(toYear)];
  const missing = [from === undefined ? fromYear : undefined, to === undefined ? toYear : undefined].filter(
    (y) => y !== undefined,
  );
  if (from === undefined || to === undefined) {
    const years = Object.keys(series.values).sort();
    throw new InputError([
      {
        code: "index_year_missing",
        path: where,
        message: `index series ${series.id}@${series.version} has no level for ${missing.join(" and ")}`,
        expected: `a year from ${years[0]} through ${years[years.length - 1]}`,
        params: {
          series: `${series.id}@${series.version}`,
          missing: missing.join(" "),
          first: String(years[0]),
          last: String(years[years.length - 1]),
        },
      },
    ]);
  }
  const f = decimalRatio(to);
  const t = decimalRatio(from);
  const factor = ratio(f.n * t.d, f.d * t.n);
  return {
    factor,
    record: {
      series: `${series.id}@${series.version}`,
      fromYear,
      toYear,
      fromLevel: from,
      toLevel: to,
      factor: ratioToFixed(factor, 8),
    },
  };
}

function decimalRatio(s: string): Ratio {
  const p = parseDecimal(s);
  if (!p) throw new RangeError(`invalid index level ${s}`);
  return ratio(p.units, 10n ** BigInt(p.scale));
}
