/** A Vega-Lite v5 specification as plain JSON (render it with vega-embed, a notebook, or a dashboard). */
export interface VegaLiteSpec {
  /** The Vega-Lite v5 schema: what a renderer reads the spec as. */
  readonly $schema: "https://vega.github.io/schema/vega-lite/v5.json";
  /** The rest of the spec (data, mark, encoding, …) as Vega-Lite defines it. */
  readonly [key: string]: unknown;
}

/** Options of the chart functions. */
export interface ChartOptions {
  /** Labels in Dutch (default) or English. */
  readonly lang?: "nl" | "en" | undefined;
  /** Chart title instead of the default. */
  readonly title?: string | undefined;
}

/** @internal */
export const VEGA_LITE_V5 = "https://vega.github.io/schema/vega-lite/v5.json" as const;

/**
 * @internal Cents as euros for drawing only: chart axes need numbers, the
 * exact figure travels beside it as text.
 */
export function drawable(cents: number): number {
  return cents / 100;
}
