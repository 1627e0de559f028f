import { readCasesCsv, relocate } from "../cases/csv/readCasesCsv.js";
import { parseCaseFile } from "../cases/parseCaseFile.js";
import type { Case, CaseFile } from "../cases/schema.js";
import { brandCases } from "../cases/validCases.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { readCasesJsonLines } from "./readCasesJsonLines.js";
import { readJsonFile } from "./readJsonFile.js";
import { readTextFile } from "./readTextFile.js";
import { readCasesXlsx } from "./xlsx/readCasesXlsx.js";

/** The case file formats the tool reads and writes: JSON, JSON lines, CSV and Excel. */
export type CaseFileFormat = "json" | "jsonl" | "csv" | "xlsx";

/**
 * A case file's format by its name's extension: `.jsonl`/`.ndjson` JSON
 * lines, `.csv`, `.xlsx`, anything else JSON.
 *
 * @example
 * ```ts
 * caseFileFormat("casussen.XLSX"); // "xlsx"
 * caseFileFormat("cases.ndjson");  // "jsonl"
 * ```
 */
export function caseFileFormat(file: string): CaseFileFormat {
  if (/\.(jsonl|ndjson)$/i.test(file)) return "jsonl";
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.xlsx$/i.test(file)) return "xlsx";
  return "json";
}

/** A case file read from disk, with the way back from a case path to the place in the file. */
export interface CasesRead {
  /** The validated case file. */
  readonly file: CaseFile;
  /** The format it was read as. */
  readonly format: CaseFileFormat;
  /**
   * Names an issue about `cases[i]…` (from pricing, say) where the user can
   * find it: `row 7, column item` in a CSV file or sheet, `line[12]…` in JSON
   * lines; a JSON file keeps its path. The file is added where missing.
   */
  relocate(issue: Issue): Issue;
}

/** Options of {@link readCases}. */
export interface ReadCasesOptions {
  /** Excel: the sheet to read (default: the first). */
  readonly sheet?: string | undefined;
}

/**
 * Reads a case file of any format the tool reads, chosen by its extension
 * ({@link caseFileFormat}): every problem at once, with the file and where in
 * it (row and column for CSV and Excel, line for JSON lines). JSON lines are
 * read as a stream, without the limit of a document read whole; the cases
 * are then held in memory (a roll-up of millions of cases is
 * `rollupJsonLinesFile`, which holds none).
 *
 * @throws `InputError` listing every problem; no partial result.
 *
 * @example
 * ```ts
 * const read = await readCases("casussen.xlsx", { sheet: "Casussen" });
 * try {
 *   evaluateCases(read.file);
 * } catch (e) {
 *   if (isInputError(e)) console.error(formatIssues(e.issues.map(read.relocate)));
 * }
 * ```
 */
export async function readCases(file: string, options: ReadCasesOptions = {}): Promise<CasesRead> {
  const format = caseFileFormat(file);
  const at = { file };
  // An issue of this file: one without a file yet (from pricing), or one already naming it.
  const mine = (i: Issue): boolean => i.file === undefined || i.file === file;
  const own = (i: Issue): Issue => (i.file !== undefined ? i : { ...i, ...at });
  if (format === "csv" || format === "xlsx") {
    const rows =
      format === "xlsx" ? await readCasesXlsx(file, options) : readCasesCsv(readTextFile(file, { cases: true }), at);
    return { file: rows.file, format, relocate: (i) => (mine(i) ? relocate(i, rows.locate, at) : i) };
  }
  if (format === "json") return { file: parseCaseFile(readJsonFile(file, { cases: true }), at), format, relocate: own };
  const cases: Case[] = [];
  const lines: number[] = [];
  for await (const c of readCasesJsonLines(file, { onLine: (n) => lines.push(n) })) cases.push(c);
  // Each line was validated as it came; what only the whole file can break is a case id used twice.
  const duplicates = duplicateIds(cases, lines, file);
  if (duplicates.length > 0) throw new InputError(duplicates);
  return {
    file: brandCases({ cases }),
    format,
    relocate(i) {
      const [head, k, ...rest] = i.path;
      const line = head === "cases" && typeof k === "number" && mine(i) ? lines[k] : undefined;
      return own(line === undefined ? i : { ...i, path: ["line", line, ...rest] });
    },
  };
}

/** The second and later uses of a case id, named by line, as a case file names them by index. */
function duplicateIds(cases: readonly Case[], lines: readonly number[], file: string): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  cases.forEach((c, k) => {
    const line = lines[k] as number;
    const earlier = seen.get(c.id);
    if (earlier === undefined) seen.set(c.id, line);
    else
      issues.push({
        code: "invalid_value",
        path: ["line", line, "id"],
        message: `duplicate case id "${c.id}" (also line[${earlier}])`,
        expected: "unique case ids",
        params: { rule: "duplicate", what: "cases.id", value: c.id, earlier: `line[${earlier}]` },
        file,
      });
  });
  return issues;
}
