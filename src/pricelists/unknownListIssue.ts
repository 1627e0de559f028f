import type { Issue } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";
import type { PriceListCatalog } from "./catalog.js";

/**
 * @internal The issue for a list id the catalog does not have (with the nearest id), or, given a
 * version, for a version the list does not have: one builder for resolving, selecting by date and
 * the command line's `pricelist show`.
 *
 * @example
 * ```ts
 * unknownListIssue(bundledCatalog(), "sociaal-domijn").message;
 * // 'no price list with id "sociaal-domijn"; did you mean "sociaal-domein"?'
 * ```
 */
export function unknownListIssue(catalog: PriceListCatalog, id: string, version?: string): Issue {
  const versions = catalog.lists.filter((e) => e.list.id === id).map((e) => e.list.version);
  if (version !== undefined && versions.length > 0) {
    const known = versions.join(", ");
    return {
      code: "unknown_pricelist",
      path: [],
      message: `price list "${id}" has no version "${version}"`,
      expected: `one of ${known}`,
      params: { rule: "version", id, version, known },
    };
  }
  const ids = [...new Set(catalog.lists.map((e) => e.list.id))].sort();
  const near = suggest(id, ids);
  return {
    code: "unknown_pricelist",
    path: [],
    message: `no price list with id "${id}"${near === undefined ? "" : `; did you mean "${near}"?`}`,
    expected: `one of ${ids.join(", ")}`,
    params: { id, known: ids.join(", "), ...(near !== undefined ? { near } : {}) },
  };
}
