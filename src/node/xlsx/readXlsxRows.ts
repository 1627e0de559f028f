import type { WorkBook } from "@e965/xlsx";
import { InputError } from "../../errors/InputError.js";
import type { Issue, IssueParams } from "../../errors/issue.js";
import { suggest } from "../../errors/suggest.js";
import { readFileBytes } from "../readFileBytes.js";
import { sheetJS } from "./sheetJS.js";
import type { XlsxRow } from "./types.js";
import { xlsxCellText } from "./xlsxCellText.js";

/** Options of {@link readXlsxRows}. */
export interface ReadXlsxOptions {
  /** The sheet to read (its tab name); default the first sheet. */
  readonly sheet?: string | undefined;
}

/** What {@link readXlsxRows} read. */
export interface XlsxRows {
  /** The name of the sheet the rows come from. */
  readonly sheet: string;
  /** The non-empty rows, header first, each numbered as the spreadsheet numbers it. */
  readonly rows: readonly XlsxRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** Refuses the workbook; `params` are the data of the message, to say it in any language. */
function refuse(file: string, said: Omit<Issue, "path" | "file"> & { readonly params: IssueParams }): never {
  throw new InputError([{ ...said, file, path: [] }]);
}

async function workbook(file: string, bytes: Uint8Array): Promise<WorkBook> {
  if (starts(bytes, OLE))
    refuse(file, {
      code: "unsupported_workbook",
      message: "is an Excel 97-2003 (.xls) or encrypted workbook",
      expected: "an .xlsx workbook (in Excel: Save As, Excel Workbook)",
      params: {},
    });
  if (!starts(bytes, ZIP))
    refuse(file, {
      code: "invalid_workbook",
      message: "is not an Excel workbook",
      expected: "an .xlsx workbook",
      params: {},
    });
  const XLSX = await sheetJS();
  try {
    // No formulas, styles or HTML: only the values the cells show are read.
    return XLSX.read(bytes, {
      type: "buffer",
      dense: true,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (e) {
    const error = (e as Error).message;
    return refuse(file, {
      code: "invalid_workbook",
      message: `cannot read the workbook (${error})`,
      expected: "an .xlsx workbook",
      params: { rule: "unreadable", error },
    });
  }
}

function pickSheet(file: string, wb: WorkBook, wanted: string | undefined): string {
  const names = wb.SheetNames;
  if (wanted === undefined) {
    const first = names[0];
    return first ?? refuse(file, { code: "empty_workbook", message: "the workbook has no sheet", params: {} });
  }
  const hit = names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  if (hit !== undefined) return hit;
  const near = suggest(wanted, names);
  return refuse(file, {
    code: "unknown_sheet",
    message: `the workbook has no sheet "${wanted}"${near === undefined ? "" : `; did you mean "${near}"?`}`,
    expected: `one of: ${names.join(", ")}`,
    params: { sheet: wanted, known: names.join(", "), ...(near !== undefined ? { near } : {}) },
  });
}

/**
 * Reads one sheet of an Excel workbook (`.xlsx`) as rows of text cells, the
 * same rows a CSV file of the sheet would give: numbers with a decimal point,
 * date cells as `YYYY-MM-DD`, the values formulas last computed; rows whose
 * cells are all empty are left out; every row is padded to the header's
 * width, so only a value beyond the header makes a row longer. Rows keep the
 * spreadsheet's numbering, so messages name the row Excel shows.
 *
 * @throws `InputError` naming the file when it cannot be read, is not
 * an `.xlsx` workbook, or lacks the sheet.
 *
 * @example
 * ```ts
 * const { sheet, rows } = await readXlsxRows("casussen.xlsx", { sheet: "Casussen" });
 * rows[0]; // { line: 1, cells: ["id", "wijk", "start", "side", ...] }
 * ```
 */
export async function readXlsxRows(file: string, options: ReadXlsxOptions = {}): Promise<XlsxRows> {
  const wb = await workbook(file, readFileBytes(file));
  const sheet = pickSheet(file, wb, options.sheet);
  const XLSX = await sheetJS();
  const isDate = (z: string): boolean => XLSX.SSF.is_date(z);
  const data = wb.Sheets[sheet]?.["!data"] ?? [];
  const rows: XlsxRow[] = [];
  let width = 0;
  data.forEach((row, r) => {
    const cells = Array.from({ length: row?.length ?? 0 }, (_, c) => xlsxCellText(row?.[c], isDate));
    while (cells.length > 0 && (cells[cells.length - 1] as string).trim() === "") cells.pop();
    if (cells.length === 0) return;
    if (rows.length === 0) width = cells.length;
    while (cells.length < width) cells.push("");
    rows.push({ line: r + 1, cells });
  });
  return { sheet, rows };
}
