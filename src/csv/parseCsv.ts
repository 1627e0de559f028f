import { InputError } from "../errors/InputError.js";
import type { TableRow } from "./tableRow.js";

/** One record of a CSV file with the line it starts on. */
export type CsvRecord = TableRow;

/**
 * Splits CSV text into records, the counterpart of {@link csvTable}: quoted
 * cells may hold the separator, quotes (`""`) and line breaks; `\r\n`, `\n`
 * and `\r` end a record; a byte-order mark and empty lines are skipped. The
 * separator is `;` when the first non-blank line contains one (the Dutch dialect),
 * else `,`, unless given. Cells are returned as written: decimal commas and
 * the `'` that neutralises formulas are for the reader of each format to
 * interpret. A quoted cell that is never closed would swallow every row after
 * it, so it is an error naming the file, row and column where it opens.
 *
 * @throws {@link InputError} for a quoted cell that is never closed.
 *
 * @example
 * ```ts
 * parseCsv('wijk;netto\r\n"A;B";-12,50\r\n');
 * // [{ line: 1, cells: ["wijk", "netto"] }, { line: 2, cells: ["A;B", "-12,50"] }]
 * ```
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): CsvRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = options.separator ?? detectSeparator(body);
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let touched = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell !== "") out.push({ line: start, cells });
    cells = [];
    cell = "";
    touched = false;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && body[i + 1] !== "\n")) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
      touched = true;
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
      touched = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (quoted) throw unclosedQuote(out[0], { line: start, column: cells.length, cell }, options.file);
  if (touched || cell !== "" || cells.length > 0) endRecord();
  return out;
}

/** Options of {@link parseCsv}. */
export interface CsvReadOptions {
  /** The separator; by default taken from the first non-blank line. */
  readonly separator?: ";" | "," | undefined;
  /** The file the text came from, named in problems. */
  readonly file?: string | undefined;
}

function unclosedQuote(
  head: CsvRecord | undefined,
  at: { line: number; column: number; cell: string },
  file: string | undefined,
): InputError {
  const column = head?.cells[at.column]?.trim() || `#${at.column + 1}`;
  const start = at.cell.split(/\r\n|\r|\n/, 1)[0] ?? "";
  return new InputError([
    {
      code: "unclosed_quote",
      path: ["row", at.line, column],
      message: `row ${at.line}, column ${column}: the quoted cell "${start.length > 30 ? `${start.slice(0, 30)}…` : start} is never closed, so every row after it would be read into this cell`,
      expected: 'a closing " at the end of the cell (a quote inside a cell is written "")',
      params: { row: at.line, column, start: start.length > 30 ? `${start.slice(0, 30)}…` : start },
      ...(file ? { file } : {}),
    },
  ]);
}

/** @internal The separator of CSV text: `;` when its first non-blank line (the header) holds one, else `,`. */
export function detectSeparator(text: string): ";" | "," {
  // Blank lines before the header are skipped by the reader, so they must not decide the dialect.
  const first = /[^\r\n]*[^\s][^\r\n]*/.exec(text)?.[0] ?? "";
  return first.includes(";") ? ";" : ",";
}

/**
 * @internal CSV text as table rows with the dialect its header shows: `;` means the Dutch dialect
 * (decimal comma), `,` the international one. A byte-order mark is ignored.
 *
 * @example
 * ```ts
 * csvTableRows("wijk;amount\nRuwaard;1,50\n").dialect; // "nl"
 * ```
 */
export function csvTableRows(
  text: string,
  options: { readonly file?: string | undefined } = {},
): { rows: CsvRecord[]; dialect: "nl" | "intl" } {
  const sep = detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return { rows: parseCsv(text, { separator: sep, file: options.file }), dialect: sep === ";" ? "nl" : "intl" };
}
