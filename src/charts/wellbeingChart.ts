import { t } from "../report/labels.js";
import { rowName } from "../report/rollupCells.js";
import type { RollupTable } from "../rollup/types.js";
import { type ChartOptions, VEGA_LITE_V5, type VegaLiteSpec } from "./types.js";

/**
 * A Vega-Lite v5 chart of wellbeing before and after: per group and
 * instrument, the mean score before and after (cases measured both times),
 * one panel per instrument since their scales differ.
 *
 * @example
 * ```ts
 * const spec = wellbeingChart(rollupCases(results, ["wijk"]));
 * ```
 */
export function wellbeingChart(table: RollupTable, options: ChartOptions = {}): VegaLiteSpec {
  const lang = options.lang ?? "nl";
  const moments = [t("before", lang), t("after", lang)];
  const rows = table.groupBy.length > 0 ? table.rows : [table.total];
  const values = rows.flatMap((r) =>
    r.wellbeing.flatMap((w) =>
      w.meanBefore === undefined || w.meanAfter === undefined
        ? []
        : [
            {
              group: rowName(r, table.groupBy, lang),
              instrument: w.instrument,
              moment: moments[0],
              score: Number(w.meanBefore),
              text: w.meanBefore,
              measured: w.measured,
            },
            {
              group: rowName(r, table.groupBy, lang),
              instrument: w.instrument,
              moment: moments[1],
              score: Number(w.meanAfter),
              text: w.meanAfter,
              measured: w.measured,
            },
          ],
    ),
  );
  return {
    $schema: VEGA_LITE_V5,
    title:
      options.title ??
      `${t("wellbeing", lang)}: ${t("before", lang).toLowerCase()} / ${t("after", lang).toLowerCase()}`,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      column: { field: "instrument", type: "nominal", title: t("instrument", lang) },
      x: { field: "group", type: "nominal", title: null, sort: null },
      xOffset: { field: "moment", type: "nominal", sort: moments },
      y: { field: "score", type: "quantitative", title: t("wellbeing", lang) },
      color: { field: "moment", type: "nominal", title: null, sort: moments, scale: { range: ["#9e9e9e", "#2e7d32"] } },
      tooltip: [
        { field: "group" },
        { field: "instrument" },
        { field: "moment", title: " " },
        { field: "text", title: "score" },
        { field: "measured", title: t("measured", lang) },
      ],
    },
    resolve: { scale: { y: "independent" } },
  };
}
