/**
 * Where the audit and the bundle recomputation get their resolved lists:
 * from a catalog (a live run) or from the lists embedded in a bundle (verify),
 * so `verify` never depends on the lists bundled with a later version.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { resolvePriceList } from "../pricelists/resolvePriceList.js";
import type { PriceListRef, ResolvedPriceList } from "../pricelists/types.js";

/** @internal One version of a list and the date it is valid from. */
export interface ListVersion {
  readonly id: string;
  readonly version: string;
  readonly validFrom: string;
}

/** @internal */
export interface ListSource {
  /** Every known version of list `id`. */
  versions(id: string): readonly ListVersion[];
  /** The resolved list; throws {@link InputError} when it cannot be had. */
  resolve(ref: PriceListRef): ResolvedPriceList;
  /** The lists resolved so far, by `id@version`. */
  readonly used: ReadonlyMap<string, ResolvedPriceList>;
}

/** @internal The version of `id` valid on `date` (newest validFrom on or before it), or undefined. */
export function versionOn(source: ListSource, id: string, date: string): ListVersion | undefined {
  return latestOn(source.versions(id), date);
}

/** @internal Of `versions` (one list's), the newest valid on `date`, or undefined. */
export function latestOn(versions: readonly ListVersion[], date: string): ListVersion | undefined {
  let best: ListVersion | undefined;
  for (const v of versions) if (v.validFrom <= date && (!best || v.validFrom > best.validFrom)) best = v;
  return best;
}

/** @internal A source backed by a catalog, resolving each version once. */
export function catalogSource(catalog: PriceListCatalog, priceYear?: number): ListSource {
  const used = new Map<string, ResolvedPriceList>();
  return {
    versions: (id) =>
      catalog.lists
        .filter((e) => e.list.id === id)
        .map((e) => ({ id, version: e.list.version, validFrom: e.list.validFrom })),
    resolve(ref) {
      const key = `${ref.id}@${ref.version}`;
      let l = used.get(key);
      if (!l) {
        l = resolvePriceList(catalog, ref, priceYear !== undefined ? { priceYear } : {});
        used.set(key, l);
      }
      return l;
    },
    used,
  };
}

/** @internal A source backed by resolved lists (as embedded in a bundle) and the version index recorded with them. */
export function fixedSource(lists: readonly ResolvedPriceList[], versions: readonly ListVersion[]): ListSource {
  const byKey = new Map(lists.map((l) => [`${l.id}@${l.version}`, l]));
  const used = new Map<string, ResolvedPriceList>();
  return {
    versions: (id) => versions.filter((v) => v.id === id),
    resolve(ref) {
      const key = `${ref.id}@${ref.version}`;
      const l = byKey.get(key);
      if (!l)
        throw new InputError([
          {
            code: "unknown_pricelist",
            path: [],
            message: `price list ${key} is not in the bundle`,
            expected: `one of ${[...byKey.keys()].join(", ")}`,
            params: { rule: "bundle", list: key, known: [...byKey.keys()].join(", ") },
          },
        ]);
      used.set(key, l);
      return l;
    },
    used,
  };
}
