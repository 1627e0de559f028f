/**
 * One row of a table as text cells, with the row number people see: the line
 * of a CSV file where the record starts, or the row of a spreadsheet. Readers
 * of tabular formats (CSV, a spreadsheet) produce these; the case and claim
 * readers turn them into data, so every format names the same row and column
 * in its messages.
 */
export interface TableRow {
  /** 1-based row number as the user sees it (CSV line where the record starts, or spreadsheet row). */
  readonly line: number;
  /** The cells as written, left to right; text, untrimmed. */
  readonly cells: readonly string[];
}
