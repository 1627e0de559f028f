import type { ResolvedPriceList } from "./types.js";

/** A warning about data the case reaches beyond; shaped like a case result's warnings. */
export interface CoverageWarning {
  /** `beyond_index_year` or `beyond_list_year`. */
  readonly code: string;
  /** Where in the case: the date that reaches beyond. */
  readonly path: readonly (string | number)[];
  /** What was done instead, in English. */
  readonly message: string;
}

/**
 * Warnings for a case whose dates lie beyond what the data covers: after the
 * newest year of the index series the list was resolved with (amounts are
 * not indexed past it; the last level is carried forward), or after the
 * newest price year of any version of the list (figures of that year are
 * used for later years). Never silent: each says which year was used.
 *
 * @param latest - the case's latest date (ISO), e.g. its end, else its start
 * @param path - where that date sits in the case, e.g. `["end"]`
 *
 * @example
 * ```ts
 * coverageWarnings(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2026" }), "2026-06-30", ["end"]);
 * // [{ code: "beyond_index_year", path: ["end"], message: "the case runs into 2026; index cbs-cpi@2026 …" }]
 * ```
 */
export function coverageWarnings(
  list: ResolvedPriceList,
  latest: string,
  path: readonly (string | number)[],
): CoverageWarning[] {
  const c = list.coverage;
  if (!c) return [];
  const year = Number(latest.slice(0, 4));
  const out: CoverageWarning[] = [];
  if (c.newestIndexYear !== undefined && year > c.newestIndexYear)
    out.push({
      code: "beyond_index_year",
      path,
      message:
        list.priceYear > c.newestIndexYear
          ? `the case runs into ${year}, after the newest level of index ${c.indexSeries} (${c.newestIndexYear}): amounts are not indexed past ${c.newestIndexYear} (its level is carried forward)`
          : `the case runs into ${year}, after the newest level of index ${c.indexSeries} (${c.newestIndexYear}): amounts stay in ${list.priceYear} euros, not restated for ${year}`,
    });
  if (year > c.newestListPriceYear)
    out.push({
      code: "beyond_list_year",
      path,
      message: `the case runs into ${year}, after the newest price year of list ${list.id} (${c.newestListPriceYear}): it is priced with ${list.id}@${list.version} in ${list.priceYear} euros`,
    });
  return out;
}

/**
 * The note a listing of `list` needs when its price year lies after the
 * newest level of its index: amounts are carried at that level, not
 * projected. `undefined` when every amount is properly indexed.
 *
 * @example
 * ```ts
 * carriedForwardNote(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2026" }));
 * // "price year 2026 lies after the newest level of index cbs-cpi@2026 (2025): …"
 * ```
 */
export function carriedForwardNote(list: ResolvedPriceList): string | undefined {
  const carried = list.items.filter((i) => i.indexation?.carriedFrom !== undefined);
  const first = carried[0]?.indexation;
  if (!first) return undefined;
  const series = first.series;
  const last = first.carriedFrom;
  return list.priceYear > (last ?? list.priceYear)
    ? `price year ${list.priceYear} of ${list.id}@${list.version} lies after the newest level of index ${series} (${last}): ${carried.length} amounts are carried at the ${last} level, not projected (see each item's indexation.carriedFrom)`
    : `${carried.length} amounts of ${list.id}@${list.version} are priced in a year after the newest level of their index (${last}): they are restated from the ${last} level, not from their own year (see each item's indexation.carriedFrom)`;
}
