import { type CsvDialect, csvTable } from "../../csv/csvTable.js";
import { type Cell, type Inline, type Inlines, splitRanges, type TableBlock } from "../model.js";

const NUMERIC = /* @__PURE__ */ new Set(["amount", "decimal", "integer"]);

function raw(x: Inline): string {
  if (typeof x === "string") return x;
  switch (x.kind) {
    case "none":
      return "";
    case "text":
    case "code":
      return x.text;
    case "amount":
    case "decimal":
      return x.value;
    case "integer":
      return x.value.toString();
    case "date":
      return x.iso;
  }
}

/** @internal A cell's plain text as CSV holds it: figures as plain decimals, dates in ISO, no formatting. */
export const cellText = (c: Cell): string => (Array.isArray(c) ? (c as Inlines).map(raw).join("") : raw(c as Inline));
const isNumber = (c: Cell): boolean =>
  !Array.isArray(c) && typeof c !== "string" && NUMERIC.has((c as Exclude<Inline, string>).kind);

/**
 * @internal The one CSV renderer: one table, figures as plain numbers in the
 * dialect's notation (so a spreadsheet computes with them), dates in ISO,
 * text neutralised against formula injection by {@link csvTable}.
 */
export function renderCsv(table: TableBlock, dialect: CsvDialect = "nl"): string {
  // A range (P5–P95) is two numbers a spreadsheet computes with, each in the dialect's notation.
  const b = splitRanges(table);
  const numeric = b.columns
    .map((_, i) => i)
    .filter((i) => b.rows.some((r) => r.cells[i] !== undefined && isNumber(r.cells[i] as Cell)));
  return csvTable(
    b.columns.map((c) => c.title),
    b.rows.map((r) => r.cells.map(cellText)),
    { dialect, numeric },
  );
}
