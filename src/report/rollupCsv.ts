import { type CsvDialect, csvTable } from "../csv/csvTable.js";
import type { RollupRow, RollupTable } from "../rollup/types.js";
import { type Lang, t } from "./labels.js";
import { dimensionLabel, FIGURES } from "./rollupCells.js";

/** Options of {@link rollupCsv}. */
export interface RollupCsvOptions {
  /** `nl` (default: `;` and decimal comma) or `intl` (`,` and decimal point). */
  readonly dialect?: CsvDialect | undefined;
  /** Column titles in Dutch (default) or English. */
  readonly lang?: Lang | undefined;
  /**
   * `groups` (default): one row per group and a total row; `payers`: the
   * wrong-pocket matrix in long form, one row per group and payer;
   * `wellbeing`: one row per group and instrument.
   */
  readonly table?: "groups" | "payers" | "wellbeing" | undefined;
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
  const lang = options.lang ?? "nl";
  const dims = table.groupBy;
  const dimCells = (r: RollupRow, total: boolean) =>
    dims.map((d, i) => (total ? (i === 0 ? t("total", lang) : "") : (r.by[d] ?? "")));
  const rows =
    dims.length > 0
      ? [...table.rows.map((r) => [r, false] as const), [table.total, true] as const]
      : [[table.total, true] as const];
  const first = dims.length === 0 ? [""] : [];
  const n = dims.length + first.length;
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const which = options.table ?? "groups";
  if (which === "payers") {
    const head = [
      ...dims.map((d) => dimensionLabel(d, lang)),
      ...first,
      t("payer", lang),
      t("counterfactualCost", lang),
      t("actualCost", lang),
      t("invested", lang),
      t("gained", lang),
      t("net", lang),
    ];
    const body = rows.flatMap(([r, total]) =>
      r.payers.map((p) => [
        ...dimCells(r, total),
        ...(dims.length === 0 ? [t("total", lang)] : []),
        p.payer,
        p.counterfactualCost,
        p.actualCost,
        p.invested,
        p.gained,
        p.net,
      ]),
    );
    return csvTable(head, body, { dialect: options.dialect ?? "nl", numeric: range(n + 1, 5) });
  }
  if (which === "wellbeing") {
    const head = [
      ...dims.map((d) => dimensionLabel(d, lang)),
      ...first,
      t("instrument", lang),
      t("measured", lang),
      t("before", lang),
      t("after", lang),
      t("meanDelta", lang),
      t("medianDelta", lang),
      t("improved", lang),
      t("unchanged", lang),
      t("worse", lang),
      t("beforeOnly", lang),
    ];
    const body = rows.flatMap(([r, total]) =>
      r.wellbeing.map((w) => [
        ...dimCells(r, total),
        ...(dims.length === 0 ? [t("total", lang)] : []),
        w.instrument,
        String(w.measured),
        w.meanBefore ?? "",
        w.meanAfter ?? "",
        w.meanDelta ?? "",
        w.medianDelta ?? "",
        String(w.improved),
        String(w.unchanged),
        String(w.worse),
        String(w.beforeOnly),
      ]),
    );
    return csvTable(head, body, { dialect: options.dialect ?? "nl", numeric: range(n + 1, 9) });
  }
  const head = [
    ...dims.map((d) => dimensionLabel(d, lang)),
    ...first,
    t("cases", lang),
    ...FIGURES.map((f) => t(f, lang)),
    t("ratio", lang),
    ...FIGURES.map((f) => `${t(f, lang)} (${t("societal", lang)})`),
    t("societalRatio", lang),
    t("unexplainedCases", lang),
  ];
  const body = rows.map(([r, total]) => [
    ...dimCells(r, total),
    ...(dims.length === 0 ? [t("total", lang)] : []),
    String(r.cases),
    ...FIGURES.map((f) => r[f]),
    r.ratio ?? "",
    ...FIGURES.map((f) => r.societal[f]),
    r.societal.ratio ?? "",
    String(r.unexplainedCases),
  ]);
  return csvTable(head, body, { dialect: options.dialect ?? "nl", numeric: range(n, 14) });
}
