import { type Warning, warning } from "../errors/warning.js";
import type { ResolvedPriceList } from "./types.js";

/** A warning about data the case reaches beyond (`beyond_index_year` or `beyond_list_year`): a case result's warning. */
export type CoverageWarning = Warning;

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
  if (c.indexSeries !== undefined && c.newestIndexYear !== undefined && year > c.newestIndexYear)
    out.push(
      warning("beyond_index_year", path, {
        year,
        series: c.indexSeries,
        indexYear: c.newestIndexYear,
        priceYear: list.priceYear,
      }),
    );
  if (year > c.newestListPriceYear)
    out.push(
      warning("beyond_list_year", path, {
        year,
        list: list.id,
        listYear: c.newestListPriceYear,
        ref: `${list.id}@${list.version}`,
        priceYear: list.priceYear,
      }),
    );
  return out;
}

/**
 * The warning a listing of `list` needs when some of its amounts are priced
 * after the newest level of their index (`carried_forward`): they are carried
 * at that level, not projected. `undefined` when every amount is properly
 * indexed.
 *
 * @example
 * ```ts
 * carriedForwardWarning(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2026" }));
 * // { code: "carried_forward", path: [], params: { ref: "sociaal-domein@2026", priceYear: 2026, … }, message: "price year 2026 …" }
 * ```
 */
export function carriedForwardWarning(list: ResolvedPriceList): Warning | undefined {
  const carried = list.items.filter((i) => i.indexation?.carriedFrom !== undefined);
  const first = carried[0]?.indexation;
  if (first?.carriedFrom === undefined) return undefined;
  return warning("carried_forward", [], {
    ref: `${list.id}@${list.version}`,
    priceYear: list.priceYear,
    series: first.series,
    level: first.carriedFrom,
    count: carried.length,
  });
}

/**
 * The English text of {@link carriedForwardWarning}: the note a listing of
 * `list` needs when its amounts are carried at the newest level of their index.
 *
 * @example
 * ```ts
 * carriedForwardNote(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2026" }));
 * // "price year 2026 lies after the newest level of index cbs-cpi@2026 (2025): …"
 * ```
 */
export function carriedForwardNote(list: ResolvedPriceList): string | undefined {
  return carriedForwardWarning(list)?.message;
}
