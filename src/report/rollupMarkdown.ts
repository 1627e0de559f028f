import type { RollupTable } from "../rollup/types.js";
import { renderMarkdown } from "./render/renderMarkdown.js";
import { type RollupReportOptions, rollupDocument } from "./rollupReport.js";

export type { PmOfCase, PmSources, RollupReportOptions } from "./rollupReport.js";

/**
 * A Markdown report of a roll-up, in Dutch by default: a plain-language
 * summary, totals per group with the societal lens and the cases with
 * unexplained counterfactual lines, the wrong-pocket matrix (per payer:
 * invested, gained, net), wellbeing before and after per instrument,
 * follow-up per group (cases followed up at 6, 12 and 24 months and the share
 * that held), the PM effects (never as euros), the price lists used with their fingerprints, and a glossary. Every text from
 * input is shown as typed (no link, emphasis or HTML from a wijk name).
 *
 * @example
 * ```ts
 * const md = rollupMarkdown(rollupCases(evaluation.cases, ["wijk"]), { lang: "nl" });
 * ```
 */
export function rollupMarkdown(table: RollupTable, options: RollupReportOptions = {}): string {
  return renderMarkdown(rollupDocument(table, options));
}
