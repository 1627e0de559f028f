/**
 * @internal SheetJS (`@e965/xlsx`) is loaded on first use: it is a large
 * module, and only commands that read or write Excel need it.
 */
type SheetJS = typeof import("@e965/xlsx");

let loaded: Promise<SheetJS> | undefined;

/**
 * @internal The SheetJS module, imported once.
 * @example
 * ```ts
 * const XLSX = await sheetJS();
 * ```
 */
export function sheetJS(): Promise<SheetJS> {
  loaded ??= import("@e965/xlsx");
  return loaded;
}
