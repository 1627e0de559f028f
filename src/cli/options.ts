/**
 * Shared option handling of the commands.
 * @internal
 */
import { statSync } from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  bundledCatalog,
  type CaseFile,
  formatIssuesIn,
  InputError,
  type Issue,
  isInputError,
  issueText,
  mergeCatalogs,
  type PriceListCatalog,
  parsePriceListRef,
  suggest,
  type WellbyOptions,
  withWijkNames,
} from "../index.js";
import { type CasesRead, caseFileFormat, loadCatalogDir, readWijkFile } from "../node/index.js";
import { type CliIO, UsageError } from "./io.js";
import { type Lang, type Messages, messagesFor } from "./messages/index.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** @internal How {@link parse} treats positionals and output files. */
export interface ParseSettings {
  /** Whether positional arguments are allowed (default true). */
  readonly positionals?: boolean | undefined;
  /** Options that name an output file (default `out` and `bundle`); checked before anything is read. */
  readonly outputs?: readonly string[] | undefined;
  /** Options that name an input file besides the positionals (default `cases`, `wijken` and `scenario`). */
  readonly inputs?: readonly string[] | undefined;
}

/**
 * @internal parseArgs that turns its errors into usage errors with a
 * nearest-match hint, reads `--x -0.1` as `--x=-0.1` (range checks decide
 * later), and refuses outputs that would overwrite an input or each other.
 */
export function parse<T extends Options>(args: string[], options: T, settings: ParseSettings = {}) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals: settings.positionals ?? true,
      strict: true,
    });
  } catch (e) {
    throw usageFromParseArgs(e as Error & { code?: string }, options);
  }
  checkOutputs(parsed.values as Record<string, unknown>, parsed.positionals, settings);
  return parsed;
}

/** `--deadweight -0.1` would be "ambiguous" to parseArgs; a negative number is plainly a value. */
function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    const name = a.startsWith("--") ? a.slice(2) : undefined;
    if (
      name !== undefined &&
      Object.hasOwn(options, name) &&
      options[name]?.type === "string" &&
      next !== undefined &&
      /^-\.?\d/.test(next)
    ) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function usageFromParseArgs(e: Error & { code?: string }, options: Options): UsageError {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  const option = quoted.replace(/ <value>$/, "");
  const names = Object.keys(options).map((n) => `--${n}`);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = suggest(option.replace(/^-+/, "--"), names);
    return new UsageError((m) => `${m.unknownOption(option)}${near ? `; ${m.didYouMean(near)}` : ""}`);
  }
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return new UsageError((m) => m.unexpectedArgument(quoted));
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new UsageError((m) =>
      options[option.replace(/^-+/, "")]?.type === "boolean" ? m.takesNoValue(option) : m.needsValue(option),
    );
  return new UsageError(e.message);
}

/** The same file, if both exist (a hard link or a symlink counts as the same). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function checkOutputs(values: Record<string, unknown>, positionals: readonly string[], s: ParseSettings): void {
  const strings = (name: string): string[] => {
    const v = values[name];
    return typeof v === "string" ? [v] : Array.isArray(v) ? (v as string[]) : [];
  };
  const outputs = (s.outputs ?? ["out", "bundle"]).flatMap((name) => strings(name).map((file) => ({ name, file })));
  const inputs = [...positionals, ...(s.inputs ?? ["cases", "wijken", "scenario"]).flatMap(strings)];
  for (const [i, { name, file }] of outputs.entries()) {
    const option = `--${name}`;
    if (file.trim() === "") throw new UsageError((m) => m.emptyName(option));
    let folder = false;
    try {
      folder = statSync(file).isDirectory();
    } catch {
      // A file that does not exist yet is what an output usually is.
    }
    if (folder) throw new UsageError((m) => m.outputIsFolder(option, file));
    if (inputs.some((input) => sameFile(input, file))) throw new UsageError((m) => m.outputIsInput(option, file));
    for (const other of outputs.slice(0, i))
      if (other.file === file || sameFile(other.file, file))
        throw new UsageError((m) => m.sameOutput(`--${other.name}`, option, file));
  }
}

/**
 * @internal A case file with the names of `--wijken FILE` joined to its own
 * `wijken` (compute, audit, whatif, simulate): reports show `name (code)`.
 */
export async function withWijkFile(file: CaseFile, wijken: string | undefined): Promise<CaseFile> {
  return wijken === undefined ? file : withWijkNames(file, await readWijkFile(wijken), { file: wijken });
}

/** @internal The bundled catalog plus every `--lists DIR`. */
export function catalogFrom(lists: string[] | string | undefined): PriceListCatalog {
  return catalogAndLocal(lists).catalog;
}

/** @internal The lists each `--lists DIR` brought, as `id@version`. */
export type LocalLists = readonly { readonly dir: string; readonly lists: readonly string[] }[];

/** @internal The bundled catalog plus every `--lists DIR`, and which lists came from which folder. */
export function catalogAndLocal(lists: string[] | string | undefined): {
  catalog: PriceListCatalog;
  local: LocalLists;
} {
  const dirs = lists === undefined ? [] : Array.isArray(lists) ? lists : [lists];
  const base = bundledCatalog();
  if (dirs.length === 0) return { catalog: base, local: [] };
  const loaded = dirs.map((dir) => ({ dir, catalog: loadCatalogDir(dir) }));
  return {
    catalog: mergeCatalogs(base, ...loaded.map((l) => l.catalog)),
    local: loaded.map((l) => ({ dir: l.dir, lists: l.catalog.lists.map((e) => `${e.list.id}@${e.list.version}`) })),
  };
}

/**
 * @internal A note on stderr for each `--lists DIR` none of whose lists
 * priced a case: giving a folder alone changes nothing while the case file
 * names a bundled list, and the user should not have to guess that.
 */
export function noteUnusedLists(io: CliIO, local: LocalLists, used: Iterable<string>): void {
  const usedSet = new Set(used);
  const m = messagesFor(io.lang ?? "en");
  for (const { dir, lists } of local)
    if (lists.length > 0 && !lists.some((l) => usedSet.has(l))) io.stderr(`${m.unusedLists(dir, lists)}\n`);
}

/** @internal One of a fixed set of values, with a hint for a near miss. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const near = suggest(value, allowed);
    throw new UsageError((m) => `${m.oneOf(`--${name}`, allowed, value)}${near ? `; ${m.didYouMean(near)}` : ""}`);
  }
  return value as T;
}

/**
 * @internal A grouping option parsed by the library's parser (`parseGroupBy`,
 * `checkGroupFields`), its problems turned into one usage error that lists
 * the accepted values.
 */
export function groupByOption<T>(value: string, parseValue: (parts: string[]) => T, allowed: readonly string[]): T {
  try {
    return parseValue(value.split(",").map((s) => s.trim()));
  } catch (e) {
    if (!isInputError(e)) throw e;
    const issues = e.issues;
    throw new UsageError((m) =>
      m.groupBy(
        "--group-by",
        issues.map((i) => issueText(i, m.lang).message),
        allowed,
      ),
    );
  }
}

/**
 * @internal Problems the library found in values that came from options
 * (issues without a file) as one usage error, each named by its option.
 */
export function optionProblems(issues: readonly Issue[], optionOf: (path: Issue["path"]) => string): UsageError {
  // Each issue is named by its option, where a file's issue names the file: the formatter's line, in the user's language.
  const lines = (lang: Lang) =>
    issues.map((i) => `  ${formatIssuesIn([{ ...i, file: optionOf(i.path), path: [] }], lang)}`);
  return new UsageError((m) => `${m.invalidOptions(issues.length)}\n${lines(m.lang).join("\n")}`);
}

/** @internal The WELLBY options of `whatif` and `simulate`, for {@link parse}. */
export const WELLBY_OPTIONS = {
  wellby: { type: "string" },
  "wellby-instrument": { type: "string" },
  "include-wellbeing": { type: "boolean" },
} as const;

/**
 * @internal `--wellby`, `--wellby-instrument` and `--include-wellbeing` over a scenario file's WELLBY
 * settings; the last two without any WELLBY value are wrong usage. The value itself is checked by the
 * library (a bad one is invalid input, with its path).
 *
 * @example
 * ```ts
 * wellbyOptions({ wellby: "15000", "include-wellbeing": true }); // { wellby: "15000", includeWellbeing: true }
 * ```
 */
export function wellbyOptions(
  values: {
    wellby?: string | undefined;
    "wellby-instrument"?: string | undefined;
    "include-wellbeing"?: boolean | undefined;
  },
  base: WellbyOptions = {},
): WellbyOptions {
  const wellby = values.wellby ?? base.wellby;
  const instrument = values["wellby-instrument"] ?? base.wellbyInstrument;
  const include = values["include-wellbeing"] === true || base.includeWellbeing === true;
  if (wellby === undefined) {
    if (values["include-wellbeing"] === true) throw new UsageError((m) => m.needsWellby("--include-wellbeing"));
    if (values["wellby-instrument"] !== undefined) throw new UsageError((m) => m.needsWellby("--wellby-instrument"));
    return {};
  }
  return {
    wellby,
    ...(instrument !== undefined ? { wellbyInstrument: instrument } : {}),
    ...(include ? { includeWellbeing: true } : {}),
  };
}

/** @internal A year option such as `--price-year 2024`. */
export function yearOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError((m) => m.year(`--${name}`, value));
  return Number(value);
}

/**
 * @internal Writes output to `--out FILE` (atomically) or stdout. Text may
 * come in pieces, so an output larger than one string can hold is written
 * without ever being joined; a workbook (bytes) goes only to a file.
 */
export function emit(io: CliIO, text: string | Iterable<string> | Uint8Array, out: string | undefined): void {
  if (text instanceof Uint8Array) {
    if (out === undefined) throw new UsageError((m) => m.xlsxNeedsOut);
    io.writeFile(out, text);
    io.stderr(`${messagesFor(io.lang ?? "en").written(out)}\n`);
    return;
  }
  const chunks = typeof text === "string" ? [text.endsWith("\n") ? text : `${text}\n`] : text;
  if (out === undefined) for (const c of chunks) io.stdout(c);
  else {
    if (io.writeChunks) io.writeChunks(out, chunks);
    else io.writeFile(out, [...chunks].join(""));
    io.stderr(`${messagesFor(io.lang ?? "en").written(out)}\n`);
  }
}

/**
 * @internal A `--pricelist` the catalog lacks is a wrong option value (exit
 * 2): say so naming the option, with the nearest list id, before any file is
 * read or blamed for it.
 */
export function checkPricelistOption(
  catalog: PriceListCatalog,
  value: string | undefined,
  named: string | ((m: Messages) => string) = "--pricelist",
): void {
  if (value === undefined) return;
  // A positional argument is named in the user's language (ID[@VERSIE]); an option by its own name.
  const name = (m: Messages): string => (typeof named === "string" ? named : named(m));
  const ref = parsePriceListRef(value);
  if (!ref) throw new UsageError((m) => m.listRef(name(m), value));
  const ids = [...new Set(catalog.lists.map((e) => e.list.id))].sort();
  const versions = catalog.lists.filter((e) => e.list.id === ref.id).map((e) => e.list.version);
  if (versions.length === 0) {
    const near = suggest(ref.id, ids);
    throw new UsageError(
      (m) =>
        `${name(m)}: ${m.noList(ref.id)}; ${near ? m.didYouMean(ref.version ? `${near}@${ref.version}` : near) : m.knownLists(ids)}`,
    );
  }
  if (ref.version !== undefined && !versions.includes(ref.version)) {
    const version = ref.version;
    const near = suggest(version, versions);
    throw new UsageError(
      (m) =>
        `${name(m)}: ${m.noVersion(ref.id, version, versions)}${near ? `; ${m.didYouMean(`${ref.id}@${near}`)}` : ""}`,
    );
  }
}

/** @internal `--workers N|auto`: threads for the work that can be split (default auto). */
export function workersOption(value: string | undefined): number | "auto" {
  const v = value ?? "auto";
  if (v !== "auto" && !/^[1-9]\d{0,2}$/.test(v)) throw new UsageError((m) => m.workers(v));
  return v === "auto" ? "auto" : Number(v);
}

/** `--sheet`: only for an Excel file (wrong usage otherwise). */
export function sheetOption(file: string, sheet: string | undefined): string | undefined {
  if (sheet !== undefined && caseFileFormat(file) !== "xlsx") throw new UsageError((m) => m.sheetNotExcel("--sheet"));
  return sheet;
}

/**
 * A problem of the cases named where the user finds it (the row and column of a CSV or sheet, the line of JSON
 * lines); anything else as it was.
 */
export function located(read: CasesRead, e: unknown): unknown {
  return isInputError(e) ? new InputError(e.issues.map(read.relocate)) : e;
}

/** Runs `work` on cases read from a file; its problems with the cases are {@link located}. */
export async function locating<T>(read: CasesRead, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw located(read, e);
  }
}
