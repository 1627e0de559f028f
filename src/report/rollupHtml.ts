import type { RollupTable } from "../rollup/types.js";
import { renderHtml, renderHtmlBody } from "./render/renderHtml.js";
import { type RollupReportOptions, rollupDocument } from "./rollupReport.js";

/** @internal The report's sections without the page around them (also shown in notebooks). */
export function rollupHtmlBody(table: RollupTable, options: RollupReportOptions = {}): string {
  return renderHtmlBody(rollupDocument(table, options));
}

/**
 * A self-contained HTML report of a roll-up, in Dutch by default, that a
 * board can read on a screen from 390 px wide and on A4: a plain-language
 * summary, key figures, totals per group, charts (without against with per
 * group, per payer, wellbeing before and after), the wrong-pocket matrix,
 * follow-up per group, the PM effects, the lists used and a glossary of every column. Inline CSS and SVG, no
 * scripts, no network, no fonts (a Content-Security-Policy forbids them);
 * all text from input escaped. The output depends only on the table.
 *
 * @example
 * ```ts
 * const html = rollupHtml(rollupCases(evaluation.cases, ["wijk"]));
 * ```
 */
export function rollupHtml(table: RollupTable, options: RollupReportOptions = {}): string {
  return renderHtml(rollupDocument(table, options));
}
