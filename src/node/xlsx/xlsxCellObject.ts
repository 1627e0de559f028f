import type { CellObject } from "@e965/xlsx";
import { neutralise } from "../../csv/csvTable.js";
import type { Inline } from "../../report/model.js";
import { cellText } from "../../report/render/renderCsv.js";
import { exactNumber } from "./exactNumber.js";
import { isoDateSerial } from "./isoDateSerial.js";
import type { XlsxCell } from "./types.js";

/** @internal Number formats: Excel's codes are locale-free; a Dutch Excel shows `€ 1.234,56`. */
export const FORMATS = {
  amount: '"€" #,##0.00;"€" -#,##0.00',
  integer: "#,##0",
  percent: "0.00%",
  date: "yyyy-mm-dd",
  year: "0",
} as const;

const text = (s: string): CellObject => ({ t: "s", v: neutralise(s) });

/**
 * @internal The SheetJS cell for a typed cell: amounts, decimals and counts
 * as numbers (never changing a figure: one a double cannot hold exactly stays
 * text), ISO dates as dates, text neutralised against formula injection as in
 * CSV (a sheet saved as CSV later must not run it); undefined for no value.
 * @example
 * ```ts
 * xlsxCellObject({ kind: "amount", value: "-12.50" }); // { t: "n", v: -12.5, z: FORMATS.amount }
 * ```
 */
export function xlsxCellObject(c: XlsxCell): CellObject | undefined {
  if (typeof c === "string") return c === "" ? undefined : text(c);
  if (Array.isArray(c)) return xlsxCellObject(cellText(c));
  const x = c as Exclude<Inline, string>;
  const num = (s: string, z?: string): CellObject => {
    const v = exactNumber(s);
    if (v === undefined) return text(s);
    return z === undefined ? { t: "n", v } : { t: "n", v, z };
  };
  switch (x.kind) {
    case "none":
      return undefined;
    case "text":
    case "code":
      return x.text === "" ? undefined : text(x.text);
    case "amount":
      return num(x.value, FORMATS.amount);
    case "decimal":
      if (x.suffix === "%") {
        // "105.35e-2" parses to the double nearest 1.0535, as the decimal itself would.
        return exactNumber(x.value) === undefined
          ? text(`${x.value}%`)
          : { t: "n", v: Number(`${x.value.trim()}e-2`), z: FORMATS.percent };
      }
      return x.suffix ? text(`${x.value}${x.suffix}`) : num(x.value);
    case "integer":
      return num(x.value.toString(), FORMATS.integer);
    case "date": {
      // A year is a number a spreadsheet can sort and compute with, shown without a thousands separator.
      if (/^\d{1,4}$/.test(x.iso)) return { t: "n", v: Number(x.iso), z: FORMATS.year };
      const v = isoDateSerial(x.iso);
      return v === undefined ? text(x.iso) : { t: "n", v, z: FORMATS.date };
    }
  }
}
