import type { CsvDialect } from "../csv/csvTable.js";
import type { GroupDimension, RollupRow, RollupTable } from "../rollup/types.js";
import { amount } from "./figures.js";
import { type Lang, t } from "./labels.js";
import { type Cell, type Column, decimal, integer, type TableBlock, text, year } from "./model.js";
import { renderCsv } from "./render/renderCsv.js";
import { dimensionLabel, FIGURES } from "./rollupCells.js";
import { followUpCells, followUpColumns } from "./rollupFollowUp.js";
import type { WordKey } from "./words/en.js";

/** Options of {@link rollupCsv}. */
export interface RollupCsvOptions {
  /** `nl` (default: `;` and decimal comma) or `intl` (`,` and decimal point). */
  readonly dialect?: CsvDialect | undefined;
  /** Column titles in Dutch (default) or English. */
  readonly lang?: Lang | undefined;
  /**
   * `groups` (default): one row per group and a total row (with follow-up at 6, 12 and 24
   * months and the number of PM effects); `payers`: the
   * wrong-pocket matrix in long form, one row per group and payer;
   * `wellbeing`: one row per group and instrument.
   */
  readonly table?: "groups" | "payers" | "wellbeing" | undefined;
}

/** @internal The roll-up's CSV table as a document table. */
export function rollupCsvTable(table: RollupTable, options: RollupCsvOptions = {}): TableBlock {
  const lang = options.lang ?? "nl";
  const dims = table.groupBy;
  // Group values raw ("" for no programme), so the file reads back unchanged; "Totaal" names the total row.
  // A year group is a year (a number in a spreadsheet); other values are text.
  const groupValue = (r: RollupRow, d: GroupDimension): Cell => {
    const v = r.by[d] ?? "";
    return d === "year" && /^\d{4}$/.test(v) ? year(Number(v)) : text(v);
  };
  const lead = (r: RollupRow, total: boolean): Cell[] =>
    dims.length === 0
      ? [t("total", lang)]
      : dims.map((d, i) => (total ? (i === 0 ? t("total", lang) : "") : groupValue(r, d)));
  const rows: [RollupRow, boolean][] =
    dims.length > 0
      ? [...table.rows.map((r) => [r, false] as [RollupRow, boolean]), [table.total, true]]
      : [[table.total, true]];
  const heads = (keys: readonly WordKey[]): Column[] => [
    ...(dims.length === 0 ? [{ title: "" }] : dims.map((d) => ({ title: dimensionLabel(d, lang) }))),
    ...keys.map((k) => ({ title: t(k, lang) })),
  ];
  const which = options.table ?? "groups";
  if (which === "payers")
    return {
      kind: "table",
      name: "payers",
      columns: heads(["payer", "counterfactualCost", "actualCost", "invested", "gained", "net"]),
      rows: rows.flatMap(([r, total]) =>
        r.payers.map((p) => ({
          cells: [
            ...lead(r, total),
            text(p.payer),
            ...[p.counterfactualCost, p.actualCost, p.invested, p.gained, p.net].map((a) => amount(a)),
          ],
        })),
      ),
    };
  if (which === "wellbeing")
    return {
      kind: "table",
      name: "wellbeing",
      columns: heads([
        "instrument",
        "measured",
        "before",
        "after",
        "meanDelta",
        "medianDelta",
        "improved",
        "unchanged",
        "worse",
        "beforeOnly",
      ]),
      rows: rows.flatMap(([r, total]) =>
        r.wellbeing.map((w) => ({
          cells: [
            ...lead(r, total),
            text(w.instrument),
            integer(w.measured),
            decimal(w.meanBefore),
            decimal(w.meanAfter),
            decimal(w.meanDelta),
            decimal(w.medianDelta),
            integer(w.improved),
            integer(w.unchanged),
            integer(w.worse),
            integer(w.beforeOnly),
          ],
        })),
      ),
    };
  return {
    kind: "table",
    name: "groups",
    columns: [
      ...heads(["cases", ...FIGURES, "ratio"]),
      ...FIGURES.map((f) => ({ title: `${t(f, lang)} (${t("societal", lang)})` })),
      { title: t("societalRatio", lang) },
      { title: t("unexplainedCases", lang) },
      ...followUpColumns(lang, true).map((c) => ({ title: c.title })),
      { title: t("pmCount", lang) },
    ],
    rows: rows.map(([r, total]) => ({
      cells: [
        ...lead(r, total),
        integer(r.cases),
        ...FIGURES.map((f) => amount(r[f])),
        decimal(r.ratio),
        ...FIGURES.map((f) => amount(r.societal[f])),
        decimal(r.societal.ratio),
        integer(r.unexplainedCases),
        ...followUpCells(r, true),
        integer(r.pm),
      ],
    })),
  };
}

/**
 * A roll-up as CSV for spreadsheets: amounts as plain decimals (the dialect's
 * decimal mark, so a negative amount stays a number), text cells that start
 * with `=`, `+`, `-`, `@`, tab or carriage return neutralised with a `'`.
 * Group values are raw (`""` for a case without a programme) so the file
 * reads back unchanged; the total row has `Totaal` in the first column.
 *
 * @example
 * ```ts
 * const csv = rollupCsv(table, { dialect: "intl", lang: "en" });
 * ```
 */
export function rollupCsv(table: RollupTable, options: RollupCsvOptions = {}): string {
  return renderCsv(rollupCsvTable(table, options), options.dialect ?? "nl");
}
