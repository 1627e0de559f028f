import type { WorkSheet } from "@e965/xlsx";
import { cellText } from "../../report/render/renderCsv.js";
import { freezeHeaderRows } from "./freezeHeaderRows.js";
import { sheetJS } from "./sheetJS.js";
import type { XlsxSheet } from "./types.js";
import { xlsxCellObject } from "./xlsxCellObject.js";

const MAX_NAME = 31;

/** @internal Sheet names Excel accepts: no `[]:*?/\`, at most 31 characters, unique (case-insensitively). */
function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    const base =
      n
        .replace(/[[\]:*?/\\]/g, " ")
        .slice(0, MAX_NAME)
        .trim() || "Blad";
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, MAX_NAME - `${i}`.length - 3)} (${i})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function worksheet(XLSX: typeof import("@e965/xlsx"), sheet: XlsxSheet): WorkSheet {
  const ws: WorkSheet = {};
  const width = sheet.columns.length;
  const widths = sheet.columns.map((c) => c.title.length);
  sheet.columns.forEach((c, col) => {
    ws[XLSX.utils.encode_cell({ r: 0, c: col })] = { t: "s", v: c.title };
  });
  sheet.rows.forEach((row, i) => {
    for (let col = 0; col < width; col++) {
      const cell = row.cells[col];
      if (cell === undefined) continue;
      const obj = xlsxCellObject(cell);
      if (obj === undefined) continue;
      ws[XLSX.utils.encode_cell({ r: i + 1, c: col })] = obj;
      widths[col] = Math.max(widths[col] ?? 0, cellText(cell).length + (obj.t === "n" ? 4 : 0));
    }
  });
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: sheet.rows.length, c: Math.max(width - 1, 0) } });
  ws["!ref"] = ref;
  if (width > 0) ws["!autofilter"] = { ref };
  ws["!cols"] = widths.map((w) => ({ wch: Math.min(Math.max(w + 2, 8), 60) }));
  return ws;
}

/**
 * Writes tables as an Excel workbook (`.xlsx`), one sheet per table: the
 * header row frozen and filterable, amounts as numbers with a euro format,
 * counts and decimals as numbers, ISO dates as real dates, text neutralised
 * against formula injection like CSV. The bytes are the same for the same
 * tables (no clock in the file).
 *
 * @example
 * ```ts
 * const bytes = await xlsxWorkbook([
 *   { name: "Totalen", columns: [{ title: "Wijk" }, { title: "Netto" }], rows: [{ cells: ["WK079601", { kind: "amount", value: "45500.00" }] }] },
 * ]);
 * writeFileSync("rapport.xlsx", bytes);
 * ```
 */
export async function xlsxWorkbook(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const XLSX = await sheetJS();
  const wb = XLSX.utils.book_new();
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((s, i) => {
    XLSX.utils.book_append_sheet(wb, worksheet(XLSX, s), names[i]);
  });
  const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: true, compression: true }) as Uint8Array;
  return freezeHeaderRows(XLSX, bytes, sheets.length);
}
