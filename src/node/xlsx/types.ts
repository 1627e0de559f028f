import type { Cell, Column, Row } from "../../report/model.js";

/**
 * The shapes the Excel reader and writer exchange with the rest of rendement.
 * A sheet to write has the shape of a report table (columns and rows of typed
 * cells), so any table a report builds can be written as a sheet.
 * @packageDocumentation
 */

/** A cell to write: a report table's cell (text, or a typed amount, decimal, count or date). */
export type XlsxCell = Cell;

/** One sheet of a workbook: a table with a header row. */
export interface XlsxSheet {
  /** The sheet's name (tab); shortened to Excel's 31 characters and made unique when written. */
  readonly name: string;
  /** The columns; their titles make the (frozen) header row. */
  readonly columns: readonly Pick<Column, "title">[];
  /** The rows below the header, one cell per column (a run of inlines is written as its text). */
  readonly rows: readonly Pick<Row, "cells">[];
}

/** One row read from a sheet, numbered as the spreadsheet numbers it. */
export interface XlsxRow {
  /** 1-based row number as shown in the spreadsheet. */
  readonly line: number;
  /** The cells as text, left to right (numbers with a decimal point, dates as `YYYY-MM-DD`). */
  readonly cells: readonly string[];
}
