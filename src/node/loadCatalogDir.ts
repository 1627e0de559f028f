import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../errors/InputError.js";
import { createCatalog, type PriceListCatalog, type SourceFile } from "../pricelists/catalog.js";
import { readJsonFile } from "./readJsonFile.js";

/**
 * Loads a folder of a municipality's own price lists (and index series) into
 * a catalog, validated exactly like the bundled ones. Every `.json` file below
 * the folder is read; a file with `baseYear` and `values` is an index series,
 * any other a price list. Combine with the bundled lists with
 * `mergeCatalogs(bundledCatalog(), loadCatalogDir(dir))`.
 *
 * @example
 * ```ts
 * import { bundledCatalog, mergeCatalogs } from "rendement";
 * import { loadCatalogDir } from "rendement/node";
 * const catalog = mergeCatalogs(bundledCatalog(), loadCatalogDir("./mijn-lijsten"));
 * ```
 */
export function loadCatalogDir(dir: string): PriceListCatalog {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError([{ code: "unreadable_folder", file: dir, path: [], message: "folder not found" }]);
  }
  if (!st.isDirectory())
    throw new InputError([{ code: "unreadable_folder", file: dir, path: [], message: "is not a folder" }]);
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".json") && !name.endsWith(".schema.json")) files.push(p);
    }
  };
  walk(dir);
  const lists: SourceFile[] = [];
  const indexSeries: SourceFile[] = [];
  const issues = [];
  for (const f of files) {
    try {
      const data = readJsonFile(f);
      const rel = relative(process.cwd(), f) || f;
      const isSeries = typeof data === "object" && data !== null && "baseYear" in data && "values" in data;
      (isSeries ? indexSeries : lists).push({ data, file: rel });
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return createCatalog({ lists, indexSeries });
}
