/**
 * Shared option handling of the commands.
 * @internal
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { InputError } from "../errors/InputError.js";
import { loadCatalogDir } from "../node/loadCatalogDir.js";
import { bundledCatalog } from "../pricelists/bundledCatalog.js";
import { mergeCatalogs, type PriceListCatalog } from "../pricelists/catalog.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import { type CliIO, UsageError } from "./io.js";

/** @internal parseArgs that turns its errors into usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

/** @internal The bundled catalog plus every `--lists DIR`. */
export function catalogFrom(lists: string[] | string | undefined): PriceListCatalog {
  const dirs = lists === undefined ? [] : Array.isArray(lists) ? lists : [lists];
  const base = bundledCatalog();
  return dirs.length === 0 ? base : mergeCatalogs(base, ...dirs.map(loadCatalogDir));
}

/** @internal */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as T;
}

/** @internal A year option such as `--price-year 2024`. */
export function yearOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--${name} must be a year such as 2024 (got "${value}")`);
  return Number(value);
}

/** @internal Writes output to `--out FILE` or stdout; a workbook (bytes) only to a file. */
export function emit(io: CliIO, text: string | Uint8Array, out: string | undefined): void {
  if (typeof text !== "string") {
    if (out === undefined) throw new UsageError("--format xlsx writes a workbook: give --out FILE.xlsx");
    io.writeFile(out, text);
    io.stderr(`written: ${out}\n`);
  } else if (out === undefined) io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  else {
    io.writeFile(out, text.endsWith("\n") ? text : `${text}\n`);
    io.stderr(`written: ${out}\n`);
  }
}

/**
 * @internal A `--pricelist` the catalog lacks is the command line's problem:
 * say so naming the option, before any file is blamed for it.
 */
export function checkPricelistOption(catalog: PriceListCatalog, value: string | undefined): void {
  if (value === undefined) return;
  const ref = parsePriceListRef(value);
  if (!ref) throw new UsageError(`--pricelist must be a list id or id@version (got "${value}")`);
  const known = catalog.lists.filter((e) => e.list.id === ref.id);
  if (known.length === 0 || (ref.version !== undefined && !known.some((e) => e.list.version === ref.version)))
    throw new InputError([
      {
        code: "unknown_pricelist",
        file: "--pricelist",
        path: [],
        message:
          known.length === 0
            ? `no price list with id "${ref.id}"`
            : `price list "${ref.id}" has no version "${ref.version}"`,
        expected:
          known.length === 0
            ? `one of ${[...new Set(catalog.lists.map((e) => e.list.id))].sort().join(", ")}`
            : `one of ${known.map((e) => e.list.version).join(", ")}`,
      },
    ]);
}
