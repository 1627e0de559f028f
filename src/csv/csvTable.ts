/**
 * CSV that is safe to open in a spreadsheet.
 *
 * Dialects: `nl` (default; `;` between fields, decimal comma — what Dutch
 * Excel expects) and `intl` (`,` and decimal point). Text cells that start
 * with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'`
 * so a spreadsheet never runs them as a formula; amount columns stay numbers,
 * so a negative amount is still a negative number. The Dutch dialect starts
 * with a UTF-8 byte-order mark: without it Excel reads the file in the
 * system's code page and shows `Súdwest-Fryslân` as `SÃºdwest-FryslÃ¢n`.
 */
export type CsvDialect = "nl" | "intl";

/** Options of `csvTable` (the CSV writer of every report). */
export interface CsvOptions {
  /** `nl` (`;` and decimal comma, for Dutch Excel) or `intl` (`,` and decimal point); default `nl`. */
  readonly dialect?: CsvDialect | undefined;
  /** Indexes of columns holding decimal numbers (written with the dialect's decimal mark, never neutralised). */
  readonly numeric?: readonly number[] | undefined;
  /** Start with a UTF-8 byte-order mark (default: in the Dutch dialect, which is for Excel). */
  readonly bom?: boolean | undefined;
}

// Apostrophes already in front of a formula character get one more, so a
// reader that drops one neutralising `'` gets the text back exactly.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** @internal Neutralises a text cell against formula injection. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Renders a table as CSV in a dialect, with formula injection neutralised in
 * text cells.
 *
 * @example
 * ```ts
 * csvTable(["wijk", "netto"], [["=HYPERLINK()", "-12.50"]], { numeric: [1] });
 * // "\ufeffwijk;netto\r\n'=HYPERLINK();-12,50\r\n"
 * ```
 */
export function csvTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  const dialect = options.dialect ?? "nl";
  const sep = dialect === "nl" ? ";" : ",";
  const numeric = new Set(options.numeric ?? []);
  const quote = (s: string): string => (/[";,\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  const cell = (s: string, i: number): string => {
    if (numeric.has(i) && /^-?\d+(\.\d+)?$/.test(s)) return dialect === "nl" ? s.replace(".", ",") : s;
    return quote(neutralise(s));
  };
  const lines = [head.map((h) => quote(neutralise(h))).join(sep), ...rows.map((r) => r.map(cell).join(sep))];
  const bom = (options.bom ?? dialect === "nl") ? "\ufeff" : "";
  return `${bom}${lines.join("\r\n")}\r\n`;
}
