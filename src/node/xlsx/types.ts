/**
 * The shapes the Excel reader and writer exchange with the rest of rendement.
 * A sheet to write has the shape of a report table (columns and rows of typed
 * cells), so any table a report builds can be written as a sheet.
 * @packageDocumentation
 */

/** A cell to write: plain text, or a typed value the writer stores as a number or date. */
export type XlsxCell =
  | string
  | { readonly kind: "none" }
  | { readonly kind: "text" | "code"; readonly text: string }
  /** Euros as an exact decimal string (`-1234.5`), stored as a number with a euro format. */
  | { readonly kind: "amount"; readonly value: string }
  /** A decimal (`11.1111`), stored as a number; with the suffix `%` it is a percentage. */
  | { readonly kind: "decimal"; readonly value: string; readonly suffix?: string | undefined }
  /** A count, stored as a whole number. */
  | { readonly kind: "integer"; readonly value: number | bigint }
  /** An ISO date (`2024-03-01`), stored as a real date; a period (`2024-Q1`) stays text. */
  | { readonly kind: "date"; readonly iso: string };

/** One sheet of a workbook: a table with a header row. */
export interface XlsxSheet {
  /** The sheet's name (tab); shortened to Excel's 31 characters and made unique when written. */
  readonly name: string;
  /** The columns; their titles make the (frozen) header row. */
  readonly columns: readonly { readonly title: string }[];
  /** The rows below the header, one cell per column (a run of cells is written as their text). */
  readonly rows: readonly { readonly cells: readonly (XlsxCell | readonly XlsxCell[])[] }[];
}

/** One row read from a sheet, numbered as the spreadsheet numbers it. */
export interface XlsxRow {
  /** 1-based row number as shown in the spreadsheet. */
  readonly line: number;
  /** The cells as text, left to right (numbers with a decimal point, dates as `YYYY-MM-DD`). */
  readonly cells: readonly string[];
}
