import type { CellObject } from "@e965/xlsx";
import { serialIsoDate } from "./isoDateSerial.js";

/**
 * @internal A read cell as the text a CSV file would hold: numbers with a
 * decimal point and at most 15 significant digits (what a spreadsheet shows,
 * so `0.1 + 0.2` typed as a formula reads `0.3`), cells formatted as dates as
 * `YYYY-MM-DD`, booleans `true`/`false`, text as typed, errors as shown.
 * `isDate` tells whether a number format is a date format.
 * @example
 * ```ts
 * xlsxCellText({ t: "n", v: 45352, z: "d-m-yyyy" }, XLSX.SSF.is_date); // "2024-03-01"
 * ```
 */
export function xlsxCellText(cell: CellObject | undefined, isDate: (format: string) => boolean): string {
  if (cell === undefined) return "";
  switch (cell.t) {
    case "s":
      return String(cell.v ?? "");
    case "b":
      return cell.v ? "true" : "false";
    case "n": {
      const v = Number(cell.v);
      if (typeof cell.z === "string" && isDate(cell.z)) return serialIsoDate(v);
      return String(Number(v.toPrecision(15)));
    }
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? "");
    case "e":
      return cell.w ?? "#ERROR";
    default:
      return "";
  }
}
