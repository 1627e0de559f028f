/**
 * @internal SheetJS (`@e965/xlsx`) is loaded on first use: it is a large
 * module (about 8 MB installed), only Excel needs it, and it is an optional
 * peer dependency, so a tool that imports rendement without Excel never
 * installs it.
 */
type SheetJS = typeof import("@e965/xlsx");

/** The optional package that reads and writes Excel workbooks. */
const PACKAGE = "@e965/xlsx";

/**
 * Excel was asked for, but the optional package that reads and writes it
 * (`@e965/xlsx`, SheetJS) is not installed. JSON, JSON lines and CSV work
 * without it; `npm install @e965/xlsx` adds Excel.
 *
 * @example
 * ```ts
 * import { MissingPackageError, readCasesXlsx } from "rendement/node";
 * try {
 *   await readCasesXlsx("casussen.xlsx");
 * } catch (e) {
 *   if (e instanceof MissingPackageError) console.error(`npm install ${e.packageName}`);
 *   else throw e;
 * }
 * ```
 */
export class MissingPackageError extends Error {
  /** The package to install, e.g. `@e965/xlsx`. */
  readonly packageName: string;

  /**
   * @param packageName - the package to install
   * @example
   * ```ts
   * new MissingPackageError("@e965/xlsx").message; // "Excel needs the optional package @e965/xlsx, …"
   * ```
   */
  constructor(packageName: string) {
    super(
      `Excel needs the optional package ${packageName}, which is not installed: run "npm install ${packageName}" (JSON, JSON lines and CSV work without it)`,
    );
    this.name = "MissingPackageError";
    this.packageName = packageName;
  }
}

let loaded: Promise<SheetJS> | undefined;

/**
 * @internal Whether an import failed because the package itself is not
 * installed (not because of an error inside it).
 */
export function isMissingPackage(e: unknown, name: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String((e as Error).message).includes(name)
  );
}

/**
 * @internal The SheetJS module, imported once; a {@link MissingPackageError}
 * when it is not installed (asked again on the next call, so installing it
 * while a program runs is seen).
 * @example
 * ```ts
 * const XLSX = await sheetJS();
 * ```
 */
export function sheetJS(): Promise<SheetJS> {
  loaded ??= import("@e965/xlsx").catch((e: unknown) => {
    loaded = undefined;
    throw isMissingPackage(e, PACKAGE) ? new MissingPackageError(PACKAGE) : e;
  });
  return loaded;
}

/**
 * Whether Excel can be read and written here: the optional `@e965/xlsx` package is installed.
 * @example
 * ```ts
 * if (!(await canUseExcel())) console.log("skipping the .xlsx starter file");
 * ```
 */
export async function canUseExcel(): Promise<boolean> {
  try {
    await sheetJS();
    return true;
  } catch (e) {
    if (e instanceof MissingPackageError) return false;
    throw e;
  }
}
