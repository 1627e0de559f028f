import { BUNDLED_INDEX_FILES, BUNDLED_LIST_FILES } from "../data/bundled.js";
import { createCatalog, type PriceListCatalog } from "./catalog.js";

/**
 * The price lists and index series that ship with rendement, validated: the
 * Zorginstituut reference prices, the social-domain list in its versions, the
 * Thuis in Zuidoost example list and the CBS consumer price index.
 *
 * @example
 * ```ts
 * const catalog = bundledCatalog();
 * catalog.lists.map((l) => `${l.list.id}@${l.list.version}`);
 * ```
 */
export function bundledCatalog(): PriceListCatalog {
  return createCatalog({ lists: BUNDLED_LIST_FILES, indexSeries: BUNDLED_INDEX_FILES });
}
