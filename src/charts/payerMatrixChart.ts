import { formatCents } from "../money/formatEuro.js";
import { t } from "../report/labels.js";
import type { RollupTable } from "../rollup/types.js";
import { type ChartOptions, drawable, VEGA_LITE_V5, type VegaLiteSpec } from "./types.js";

/**
 * A Vega-Lite v5 chart of the wrong-pocket matrix of the total: per payer
 * what it invested, what it gained (avoided cost) and its net, side by side,
 * so the payer who invests and the one who gains can be told apart.
 *
 * @example
 * ```ts
 * const spec = payerMatrixChart(rollupCases(results, ["wijk"]), { lang: "en" });
 * ```
 */
export function payerMatrixChart(table: RollupTable, options: ChartOptions = {}): VegaLiteSpec {
  const lang = options.lang ?? "nl";
  const series = [t("invested", lang), t("gained", lang), t("net", lang)];
  const values = table.total.payers.flatMap((p) =>
    ([p.invested, p.gained, p.net] as const).map((v, i) => ({
      payer: p.payer,
      series: series[i],
      amount: drawable(v),
      text: formatCents(v, lang),
    })),
  );
  return {
    $schema: VEGA_LITE_V5,
    title: options.title ?? t("payerMatrix", lang),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "payer", type: "nominal", title: t("payer", lang), sort: null },
      yOffset: { field: "series", type: "nominal", sort: series },
      x: { field: "amount", type: "quantitative", title: "EUR" },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: series,
        scale: { range: ["#e07b00", "#1f4e79", "#2e7d32"] },
      },
      tooltip: [
        { field: "payer", title: t("payer", lang) },
        { field: "series", title: " " },
        { field: "text", title: "EUR" },
      ],
    },
  };
}
