import type { CaseResult } from "../cases/types.js";
import { counterfactualChart } from "../charts/counterfactualChart.js";
import { payerMatrixChart } from "../charts/payerMatrixChart.js";
import { wellbeingChart } from "../charts/wellbeingChart.js";
import { formatEuro } from "../money/formatEuro.js";
import { t } from "../report/labels.js";
import { markdownTable } from "../report/markdownTable.js";
import { decimal, rowName } from "../report/rollupCells.js";
import { rollupHtmlBody } from "../report/rollupHtml.js";
import { rollupCases } from "../rollup/rollupCases.js";
import type { GroupDimension, RollupTable } from "../rollup/types.js";
import { type ChartView, chartView } from "./chartView.js";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";

/** A roll-up table that a notebook displays, with its charts one call away. */
export interface RollupView extends Displayable {
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
      const rows = [...(table.groupBy.length > 0 ? table.rows : []), table.total].map((r) => [
        r === table.total ? t("total", lang) : rowName(r, table.groupBy, lang),
        String(r.cases),
        formatEuro(r.counterfactualCost, lang),
        formatEuro(r.actualCost, lang),
        formatEuro(r.netReturn, lang),
        decimal(r.ratio, lang),
      ]);
      const text = markdownTable(
        [
          "",
          t("cases", lang),
          t("counterfactualCost", lang),
          t("actualCost", lang),
          t("netReturn", lang),
          t("ratio", lang),
        ],
        rows,
        ["l", "r", "r", "r", "r", "r"],
      );
      return { "text/plain": text, "text/html": `<div class="rendement">${rollupHtmlBody(table, { lang })}</div>` };
    },
  };
}

function isTable(x: unknown): x is RollupTable {
  return typeof x === "object" && x !== null && "rows" in x && "total" in x && "groupBy" in x;
}
