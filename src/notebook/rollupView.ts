import type { CaseResult } from "../cases/types.js";
import { counterfactualChart } from "../charts/counterfactualChart.js";
import { payerMatrixChart } from "../charts/payerMatrixChart.js";
import { wellbeingChart } from "../charts/wellbeingChart.js";
import { amount } from "../report/figures.js";
import { t } from "../report/labels.js";
import { decimal, integer, text } from "../report/model.js";
import { renderText } from "../report/render/renderText.js";
import { rowName } from "../report/rollupCells.js";
import { rollupHtmlBody } from "../report/rollupHtml.js";
import { rollupCases } from "../rollup/rollupCases.js";
import type { GroupDimension, RollupTable } from "../rollup/types.js";
import { type ChartView, chartView } from "./chartView.js";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";

/** A roll-up table that a notebook displays, with its charts one call away. */
export interface RollupView extends Displayable {
  /** The finished roll-up shown. */
  readonly table: RollupTable;
  /** Counterfactual against actual per group. */
  chart(): ChartView;
  /** The wrong-pocket matrix. */
  payerChart(): ChartView;
  /** Wellbeing before and after. */
  wellbeingChart(): ChartView;
}

/**
 * Rolls case results up (or wraps a finished table) for a notebook: the
 * object displays as an HTML report section (totals, payer matrix,
 * wellbeing, lists, an inline SVG chart) with a plain-text table as fallback;
 * `.chart()`, `.payerChart()` and `.wellbeingChart()` display as Vega-Lite.
 *
 * @example
 * ```ts
 * const view = rollupView(evaluation.cases, ["wijk"]);
 * view;          // the table
 * view.chart();  // the chart
 * ```
 */
export function rollupView(
  input: RollupTable | Iterable<CaseResult>,
  groupBy: readonly GroupDimension[] = ["wijk"],
  options: { lang?: "nl" | "en" | undefined } = {},
): RollupView {
  const lang = options.lang ?? "nl";
  const table: RollupTable = isTable(input) ? input : rollupCases(input, groupBy);
  return {
    table,
    chart: () => chartView(counterfactualChart(table, { lang })),
    payerChart: () => chartView(payerMatrixChart(table, { lang })),
    wellbeingChart: () => chartView(wellbeingChart(table, { lang })),
    [JUPYTER_DISPLAY](): MimeBundle {
      const rows = [...(table.groupBy.length > 0 ? table.rows : []), table.total].map((r) => ({
        total: r === table.total,
        cells: [
          text(r === table.total ? t("total", lang) : rowName(r, table.groupBy, lang)),
          integer(r.cases),
          amount(r.counterfactualCost),
          amount(r.actualCost),
          amount(r.netReturn),
          decimal(r.ratio),
        ],
      }));
      const plain = renderText({
        title: "",
        lang,
        blocks: [
          {
            kind: "table",
            name: "groups",
            columns: [
              { title: "" },
              ...(["cases", "counterfactualCost", "actualCost", "netReturn", "ratio"] as const).map((k) => ({
                title: t(k, lang),
                align: "r" as const,
              })),
            ],
            rows,
          },
        ],
      }).trimEnd();
      return { "text/plain": plain, "text/html": `<div class="rendement">${rollupHtmlBody(table, { lang })}</div>` };
    },
  };
}

function isTable(x: unknown): x is RollupTable {
  return typeof x === "object" && x !== null && "rows" in x && "total" in x && "groupBy" in x;
}
