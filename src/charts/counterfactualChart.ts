import { formatCents } from "../money/formatEuro.js";
import { t } from "../report/labels.js";
import { dimensionLabel, rowName } from "../report/rollupCells.js";
import type { RollupTable } from "../rollup/types.js";
import { type ChartOptions, drawable, VEGA_LITE_V5, type VegaLiteSpec } from "./types.js";

/**
 * A Vega-Lite v5 bar chart of the counterfactual (without intervention)
 * against the actual cost (with it) per group, e.g. per wijk. Bar lengths are
 * numbers for drawing; the exact amounts are in the `text` field and the
 * tooltip.
 *
 * @example
 * ```ts
 * const spec = counterfactualChart(rollupCases(results, ["wijk"]));
 * // vegaEmbed("#chart", spec) in a dashboard, or display it in a notebook
 * ```
 */
export function counterfactualChart(table: RollupTable, options: ChartOptions = {}): VegaLiteSpec {
  const lang = options.lang ?? "nl";
  const rows = table.groupBy.length > 0 ? table.rows : [table.total];
  const values = rows.flatMap((r) =>
    (["counterfactualCost", "actualCost"] as const).map((f) => ({
      group: rowName(r, table.groupBy, lang),
      series: t(f, lang),
      amount: drawable(r[f]),
      text: formatCents(r[f], lang),
    })),
  );
  return {
    $schema: VEGA_LITE_V5,
    title: options.title ?? t("chartTitle", lang),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "group", type: "nominal", title: table.groupBy.length > 0 ? null : "", sort: null },
      yOffset: { field: "series", type: "nominal", sort: [t("counterfactualCost", lang), t("actualCost", lang)] },
      x: { field: "amount", type: "quantitative", title: "EUR" },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: [t("counterfactualCost", lang), t("actualCost", lang)],
        scale: { range: ["#1f4e79", "#e07b00"] },
      },
      // The group is named by its own dimensions (a quarter is not a wijk).
      tooltip: [
        {
          field: "group",
          title:
            table.groupBy.length > 0 ? table.groupBy.map((d) => dimensionLabel(d, lang)).join(" · ") : t("total", lang),
        },
        { field: "series", title: " " },
        { field: "text", title: "EUR" },
      ],
    },
  };
}
