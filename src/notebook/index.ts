/**
 * rendement in notebooks (Deno's Jupyter kernel, or any runtime that honours
 * `Symbol.for("Jupyter.display")`): result and table objects that display as
 * HTML and plain text, charts as Vega-Lite v5. Platform-neutral, like the
 * core. See docs/notebook.md.
 *
 * @packageDocumentation
 */

export { counterfactualChart } from "../charts/counterfactualChart.js";
export { payerMatrixChart } from "../charts/payerMatrixChart.js";
export type { ChartOptions, VegaLiteSpec } from "../charts/types.js";
export { wellbeingChart } from "../charts/wellbeingChart.js";
export { type CasesView, casesView } from "./casesView.js";
export { type ChartView, chartView } from "./chartView.js";
export { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";
export { type RollupView, rollupView } from "./rollupView.js";
