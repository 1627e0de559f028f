import type { VegaLiteSpec } from "../charts/types.js";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";

/** A chart a notebook displays as Vega-Lite. */
export interface ChartView extends Displayable {
  /** The Vega-Lite spec shown, unchanged. */
  readonly spec: VegaLiteSpec;
}

/**
 * Wraps a Vega-Lite v5 spec so a notebook (Deno's Jupyter kernel, JupyterLab)
 * renders it: the display bundle holds `application/vnd.vegalite.v5+json` and
 * a plain-text fallback.
 *
 * @example
 * ```ts
 * chartView(counterfactualChart(table)); // last expression of a cell: shows the chart
 * ```
 */
export function chartView(spec: VegaLiteSpec): ChartView {
  return {
    spec,
    [JUPYTER_DISPLAY](): MimeBundle {
      return {
        "application/vnd.vegalite.v5+json": spec,
        "text/plain": `Vega-Lite chart: ${typeof spec.title === "string" ? spec.title : "(untitled)"}`,
      };
    },
  };
}
