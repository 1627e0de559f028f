import { InputError } from "../errors/InputError.js";
import type { PriceListCatalog } from "./catalog.js";
import { compareVersions } from "./indexSeries.js";
import type { PriceListRef } from "./types.js";
import { unknownListIssue } from "./unknownListIssue.js";

/**
 * The version of list `id` valid on `date`: the newest whose `validFrom` is
 * on or before it.
 *
 * @throws {@link InputError} when the list is unknown or no version was valid yet.
 *
 * @example
 * ```ts
 * selectVersion(bundledCatalog(), "sociaal-domein", "2024-06-01"); // { id: "sociaal-domein", version: "2024" }
 * ```
 */
export function selectVersion(catalog: PriceListCatalog, id: string, date: string): PriceListRef {
  let best: { version: string; validFrom: string } | undefined;
  let any = false;
  for (const { list } of catalog.lists) {
    if (list.id !== id) continue;
    any = true;
    // ISO dates compare correctly as strings.
    if (list.validFrom <= date && (!best || list.validFrom > best.validFrom)) best = list;
  }
  if (!best) {
    const first = catalog.lists
      .filter((e) => e.list.id === id)
      .map((e) => e.list.validFrom)
      .sort()[0];
    throw new InputError([
      any
        ? {
            code: "no_valid_version",
            path: [],
            message: `no version of price list "${id}" is valid on ${date}`,
            expected: `a date on or after ${first}`,
            params: { id, date, first: String(first) },
          }
        : unknownListIssue(catalog, id),
    ]);
  }
  return { id, version: best.version };
}

/**
 * The newest version of list `id` in the catalog, by version label compared
 * numerically where it is a number ("2024.10" after "2024.9"), whatever its
 * `validFrom`: what `rendement pricelist show ID` shows.
 *
 * @throws {@link InputError} when the catalog has no list `id`.
 *
 * @example
 * ```ts
 * latestVersion(bundledCatalog(), "sociaal-domein"); // { id: "sociaal-domein", version: "2024" }
 * ```
 */
export function latestVersion(catalog: PriceListCatalog, id: string): PriceListRef {
  const versions = catalog.lists
    .filter((e) => e.list.id === id)
    .map((e) => e.list.version)
    .sort(compareVersions);
  const version = versions[versions.length - 1];
  if (version === undefined) throw new InputError([unknownListIssue(catalog, id)]);
  return { id, version };
}
