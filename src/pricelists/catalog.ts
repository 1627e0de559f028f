import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import type { SourceFile } from "../schemas/sourceFile.js";
import { check } from "../schemas/validate.js";
import type { IndexSeriesData, PriceListData } from "./listTypes.js";
import { indexSeriesFileSchema, priceListFileSchema } from "./schema.js";

export type { SourceFile } from "../schemas/sourceFile.js";
export type { IndexSeriesData, PriceListData } from "./listTypes.js";

/**
 * A validated collection of price lists and index series: the bundled ones,
 * a municipality's own, or both. Plain data; build it with
 * {@link createCatalog} and combine with {@link mergeCatalogs}.
 */
export interface PriceListCatalog {
  /** Every list version in the catalog, each once (`id@version` is unique). */
  readonly lists: readonly {
    /** The validated list file. */
    readonly list: PriceListData;
    /** The file it was read from, for messages; absent for data built in code. */
    readonly file?: string | undefined;
  }[];
  /** Every index series version in the catalog (for restating amounts between price years). */
  readonly indexSeries: readonly {
    /** The validated series file. */
    readonly series: IndexSeriesData;
    /** The file it was read from, for messages; absent for data built in code. */
    readonly file?: string | undefined;
  }[];
}

/**
 * Validates list and index-series files into a catalog. Every problem in
 * every file is reported at once, as an {@link InputError}; no catalog is
 * returned when any file is wrong.
 *
 * @example
 * ```ts
 * const catalog = createCatalog({
 *   lists: [{ data: JSON.parse(text), file: "lijsten/gemeente-oss-wmo/2025.json" }],
 * });
 * ```
 */
export function createCatalog(input: {
  lists?: readonly SourceFile[] | undefined;
  indexSeries?: readonly SourceFile[] | undefined;
}): PriceListCatalog {
  const issues: Issue[] = [];
  const lists: { list: PriceListData; file?: string | undefined }[] = [];
  const indexSeries: { series: IndexSeriesData; file?: string | undefined }[] = [];
  for (const f of input.lists ?? []) {
    const r = check(priceListFileSchema, f.data, f.file ? { file: f.file } : {});
    if (r.ok) lists.push(f.file ? { list: r.value, file: f.file } : { list: r.value });
    else issues.push(...r.issues);
  }
  for (const f of input.indexSeries ?? []) {
    const r = check(indexSeriesFileSchema, f.data, f.file ? { file: f.file } : {});
    if (r.ok) indexSeries.push(f.file ? { series: r.value, file: f.file } : { series: r.value });
    else issues.push(...r.issues);
  }
  const catalog = { lists, indexSeries };
  issues.push(...catalogIssues(catalog));
  // A catalog without any index series is a fragment (e.g. a folder of lists) meant to be merged with one that has them.
  if (indexSeries.length > 0) issues.push(...unknownSeriesIssues(catalog));
  if (issues.length > 0) throw new InputError(issues);
  return catalog;
}

/**
 * Combines catalogs, e.g. the bundled lists and a municipality's own folder.
 * The same `id@version` in two catalogs is refused, never silently shadowed.
 *
 * @example
 * ```ts
 * const all = mergeCatalogs(bundledCatalog(), ownCatalog);
 * ```
 */
export function mergeCatalogs(...catalogs: readonly PriceListCatalog[]): PriceListCatalog {
  const merged = {
    lists: catalogs.flatMap((c) => c.lists),
    indexSeries: catalogs.flatMap((c) => c.indexSeries),
  };
  const issues = catalogIssues(merged);
  if (merged.indexSeries.length > 0) issues.push(...unknownSeriesIssues(merged));
  if (issues.length > 0) throw new InputError(issues);
  return merged;
}

function catalogIssues(c: PriceListCatalog): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string | undefined>();
  const validFrom = new Map<string, string>();
  for (const { list, file } of c.lists) {
    const key = `${list.id}@${list.version}`;
    const f = file ? { file } : {};
    if (seen.has(key)) {
      issues.push({
        code: "duplicate_list",
        path: ["version"],
        message: `price list ${key} is defined twice (also in ${seen.get(key) ?? "another catalog"})`,
        expected: "one file per id@version",
        params: { list: key, ...(seen.get(key) !== undefined ? { other: seen.get(key) as string } : {}) },
        ...f,
      });
      continue;
    }
    seen.set(key, file);
    const vKey = `${list.id} ${list.validFrom}`;
    const other = validFrom.get(vKey);
    if (other !== undefined)
      issues.push({
        code: "ambiguous_valid_from",
        path: ["validFrom"],
        message: `${key} and ${list.id}@${other} are both valid from ${list.validFrom}`,
        expected: "a different validFrom per version",
        params: { list: key, other: `${list.id}@${other}`, date: list.validFrom },
        ...f,
      });
    else validFrom.set(vKey, list.version);
  }
  const seenSeries = new Set<string>();
  for (const { series, file } of c.indexSeries) {
    const key = `${series.id}@${series.version}`;
    if (seenSeries.has(key))
      issues.push({
        code: "duplicate_series",
        path: ["version"],
        message: `index series ${key} is defined twice`,
        params: { series: key },
        ...(file ? { file } : {}),
      });
    seenSeries.add(key);
  }
  return issues;
}

/** Items that follow an index series the catalog does not have: a typo or a missing series file. */
function unknownSeriesIssues(c: PriceListCatalog): Issue[] {
  const known = new Set(c.indexSeries.map(({ series }) => series.id));
  const issues: Issue[] = [];
  for (const { list, file } of c.lists)
    list.items.forEach((item, i) => {
      if (item.index !== undefined && !known.has(item.index))
        issues.push({
          code: "unknown_index_series",
          path: ["items", i, "index"],
          message: `item ${item.code} follows index series "${item.index}", which is not in the catalog`,
          expected: `one of ${[...known].sort().join(", ")}`,
          params: { item: item.code, series: item.index, known: [...known].sort().join(", ") },
          ...(file ? { file } : {}),
        });
    });
  return issues;
}
